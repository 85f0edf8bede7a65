package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import eu.coact.engine.channel.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramChannelTest {

    private static final Origin STUDY = new Origin(ContentKind.STUDY, "block test message m1");

    @TempDir
    Path directory;

    private static Delivery send(StudyOnTelegram run, Pseudonym to, Outgoing message) {
        return run.channel.deliver(new Envelope(to, message, STUDY));
    }

    @Test
    void buttonValuesTooLongForCallbackDataComeBackWhole() {
        String longValue = "I would rather talk about this with someone I trust, not here — gràcies ".repeat(2);
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            send(
                    run,
                    marta,
                    new Outgoing.Text(
                            "Which one?", List.of(new Button(longValue, "Talk later"), new Button("Sí", "Yes"))));
            List<String> data =
                    run.api.requests("sendMessage").get(0).callbackData().get(0);
            assertThat(data.get(0).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            assertThat(data.get(1)).isEqualTo("Sí");

            List<Inbound> replies = new ArrayList<>();
            TelegramInbox inbox = TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    replies::add,
                    run.clock,
                    run.notices::add);
            run.api.play("getUpdates-press-recorded-data.json", Map.of("data", data.get(0)));
            run.api.play("getUpdates-press-confirm.json");
            inbox.pollOnce(0);
            inbox.pollOnce(0);

            assertThat(replies).extracting(Inbound::from).containsOnly(marta);
            assertThat(replies)
                    .extracting(Inbound::reply)
                    .containsExactly(new Reply.ButtonPress(longValue, ""), new Reply.ButtonPress("Sí", "3"));
            assertThat(run.api.requests("answerCallbackQuery")).hasSize(2);
        }
    }

    @Test
    void formattingIsSentAsHtmlWithEverythingElseEscaped() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            Delivery delivery = send(run, marta, new Outgoing.Text("**Important**: 3 < 4 & _really_ <b>", List.of()));

            assertThat(delivery).isEqualTo(Delivery.delivered());
            RecordedBotApi.Request request = run.api.requests("sendMessage").get(0);
            assertThat(request.field("text")).isEqualTo("<b>Important</b>: 3 &lt; 4 &amp; <i>really</i> &lt;b&gt;");
            assertThat(request.field("parse_mode")).isEqualTo("HTML");
        }
    }

    @Test
    void textTelegramCannotParseIsSentAgainWithoutFormatting() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            run.api.play("sendMessage-400-parse.json");
            Delivery delivery =
                    send(run, marta, new Outgoing.Text("A **bold** claim", List.of(new Button("ok", "OK"))));

            assertThat(delivery).isEqualTo(Delivery.delivered());
            List<RecordedBotApi.Request> tries = run.api.requests("sendMessage");
            assertThat(tries).hasSize(2);
            assertThat(tries.get(1).field("text")).isEqualTo("A bold claim");
            assertThat(tries.get(1).fields()).doesNotContainKey("parse_mode");
            assertThat(tries.get(1).callbackData()).containsExactly(List.of("ok"));
        }
    }

    @Test
    void anImageIsUploadedOnceAndThenSentByTheIdTelegramGaveIt() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            Outgoing.Picture bench = new Outgoing.Picture("bench.png", "A bench", "An empty bench", List.of());
            send(run, marta, bench);
            send(run, marta, bench);

            List<RecordedBotApi.Request> photos = run.api.requests("sendPhoto");
            assertThat(photos.get(0).files()).containsEntry("photo", "bench.png");
            assertThat(photos.get(1).files()).isEmpty();
            assertThat(photos.get(1).field("photo")).isEqualTo("AgACAgQAAxkDAAIBB2Xl-bench-large");
        }
    }

    @Test
    void aCaptionTooLongForTelegramFollowsTheImageWithTheButtons() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            String story = "A long story. ".repeat(100);
            Delivery delivery = send(
                    run,
                    marta,
                    new Outgoing.Picture("bench.png", story, "An empty bench", List.of(new Button("A", "Yes"))));

            assertThat(delivery).isEqualTo(Delivery.delivered());
            assertThat(run.api.sent())
                    .extracting(RecordedBotApi.Request::method)
                    .containsExactly("sendPhoto", "sendMessage");
            assertThat(run.api.requests("sendPhoto").get(0).fields()).doesNotContainKeys("caption", "reply_markup");
            assertThat(run.api.requests("sendMessage").get(0).field("text")).isEqualTo(story);
            assertThat(run.api.requests("sendMessage").get(0).callbackData()).containsExactly(List.of("A"));
        }
    }

    @Test
    void aTextTooLongForOneMessageGoesOutInPiecesWithTheButtonsUnderTheLast() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            String paragraph = "**A line of a long story.** ".repeat(60).strip();
            String story = String.join("\n", paragraph, paragraph, paragraph, paragraph);
            send(run, marta, new Outgoing.Text(story, List.of(new Button("A", "Yes"))));

            List<RecordedBotApi.Request> pieces = run.api.requests("sendMessage");
            assertThat(pieces).hasSizeGreaterThan(1);
            assertThat(pieces)
                    .allSatisfy(p -> assertThat(p.field("text").replaceAll("</?b>", ""))
                            .hasSizeLessThanOrEqualTo(TelegramChannel.MESSAGE_LIMIT));
            assertThat(pieces.get(0).callbackData()).isEmpty();
            assertThat(pieces.get(pieces.size() - 1).callbackData()).containsExactly(List.of("A"));
            assertThat(pieces).allSatisfy(p -> assertThat(p.field("text")).startsWith("<b>"));
        }
    }

    @Test
    void aFileNamedOutsideTheMediaFolderIsNeverSent() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            Delivery delivery = send(run, marta, new Outgoing.Document("../study.yaml", "The study"));

            assertThat(delivery).isInstanceOf(Delivery.Failed.class);
            assertThat(run.api.sent()).isEmpty();
        }
    }

    @Test
    void serverErrorsAndAnUnreachableApiAreTransientFailures() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            run.api.play("sendMessage-502-bad-gateway.json");
            assertThat(send(run, marta, new Outgoing.Text("Hello", List.of()))).isInstanceOf(Delivery.Failed.class);

            run.api.close();
            Delivery unreachable = send(run, marta, new Outgoing.Text("Hello", List.of()));
            assertThat(unreachable).isInstanceOf(Delivery.Failed.class);
            assertThat(((Delivery.Failed) unreachable).reason())
                    .doesNotContain(RecordedBotApi.TOKEN)
                    .doesNotContain("127.0.0.1");
        }
    }

    @Test
    void someoneTheVaultDoesNotKnowCannotBeReached() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Delivery delivery = send(run, Pseudonym.of("nobody-the-vault-knows"), new Outgoing.Text("Hi", List.of()));

            assertThat(delivery).isEqualTo(Delivery.blocked());
            assertThat(run.api.sent()).isEmpty();
        }
    }

    @Test
    void onceTheFarewellIsDeliveredTheChatIsForgotten() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            run.channel.deliver(new Envelope(
                    marta,
                    new Outgoing.Text("Goodbye, and thank you.", List.of()),
                    new Origin(ContentKind.FAREWELL, "system farewell")));

            assertThat(run.api.requests("sendMessage")).hasSize(1);
            assertThat(run.participants.find(StudyOnTelegram.CHAT)).isEmpty();
            assertThat(run.vault.size()).isZero();
        }
    }

    @Test
    void noDescriptionShowsTheTokenOrTheChat() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            run.participants.admit(StudyOnTelegram.CHAT);
            for (Object o : List.of(run.channel, run.inbox, run.participants, run.callbacks)) {
                assertThat(o.toString())
                        .doesNotContain(RecordedBotApi.TOKEN)
                        .doesNotContain("7012345678")
                        .doesNotContain(Long.toString(StudyOnTelegram.CHAT));
            }
        }
    }
}
