package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.RetryPolicy;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import eu.coact.examples.study.UnconsentedLinks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rate limits per chat, the update offset at stop, and forgetting those who did not consent. */
class TelegramHardeningTest {

    private static final long JOAN = 6100200300L;
    private static final Origin STUDY = new Origin(ContentKind.STUDY, "block test message m1");

    @TempDir
    java.nio.file.Path directory;

    private static Delivery send(StudyOnTelegram run, Pseudonym to, String text) {
        return run.channel.deliver(new Envelope(to, new Outgoing.Text(text, List.of()), STUDY));
    }

    private static long sentTo(StudyOnTelegram run, long chat) {
        return run.api.requests("sendMessage").stream()
                .filter(r -> r.field("chat_id").equals(Long.toString(chat)))
                .count();
    }

    @Test
    void aRateLimitForOneChatDefersThatChatOnlyAndNeverReachesTelegramEarly() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            Pseudonym joan = run.participants.admit(JOAN);
            run.api.play("sendMessage-429-retry-after.json");

            Delivery refused = send(run, marta, "One");
            assertThat(refused).isEqualTo(Delivery.deferred(run.clock.instant().plusSeconds(30)));
            assertThat(send(run, joan, "Two")).isEqualTo(Delivery.delivered());
            run.clock.set(run.clock.instant().plusSeconds(10));
            assertThat(send(run, marta, "Three")).isInstanceOf(Delivery.Deferred.class);
            assertThat(send(run, joan, "Four")).isEqualTo(Delivery.delivered());

            assertThat(sentTo(run, StudyOnTelegram.CHAT))
                    .as("only the refused request reached Telegram")
                    .isEqualTo(1);
            assertThat(sentTo(run, JOAN)).isEqualTo(2);
            run.clock.set(run.clock.instant().plusSeconds(20));
            assertThat(send(run, marta, "Five")).isEqualTo(Delivery.delivered());
        }
    }

    @Test
    void oneChatIsHeldToAboutAMessageASecondAfterAShortBurst() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            Pseudonym marta = run.participants.admit(StudyOnTelegram.CHAT);
            for (int i = 0; i < 3; i++) {
                assertThat(send(run, marta, "Burst " + i)).isEqualTo(Delivery.delivered());
            }
            Delivery fourth = send(run, marta, "Too soon");
            assertThat(fourth).isEqualTo(Delivery.deferred(run.clock.instant().plusSeconds(1)));
            run.clock.set(run.clock.instant().plusSeconds(1));
            assertThat(send(run, marta, "Now")).isEqualTo(Delivery.delivered());
            assertThat(run.api.requests("sendMessage")).hasSize(4);
        }
    }

    @Test
    void waitingForOneChatIsNoFailedAttemptAndOthersKeepReceiving() {
        // Two tries in all: under the old rules a single 429 and one early retry made Marta unreachable.
        EngineSettings settings =
                EngineSettings.defaults().withRetry(new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5), 2));
        try (StudyOnTelegram run = new StudyOnTelegram(directory, settings)) {
            run.api.play("sendMessage-429-retry-after.json");
            run.receive("getUpdates-start.json");
            run.api.play("getUpdates-start-from.json", Map.of("chat", Long.toString(JOAN), "update", "730104600"));
            run.inbox.pollOnce(0);
            run.advance(Duration.ofSeconds(20));

            assertThat(sentTo(run, StudyOnTelegram.CHAT))
                    .as("Marta waits for her retry_after")
                    .isEqualTo(1);
            assertThat(sentTo(run, JOAN)).as("Joan is welcomed meanwhile").isPositive();
            assertThat(run.api.requests("sendDocument")).isNotEmpty();

            run.advance(Duration.ofMinutes(2));
            assertThat(sentTo(run, StudyOnTelegram.CHAT)).isGreaterThan(1);
            assertThat(run.view().standing()).isEqualTo(Standing.INVITED);
            assertThat(run.engine
                            .participant(run.participants.find(JOAN).orElseThrow())
                            .orElseThrow()
                            .standing())
                    .isEqualTo(Standing.INVITED);
            assertThat(run.engine.counters().failures()).isZero();
        }
    }

    @Test
    void theOffsetOfTheLastUpdatesIsConfirmedWhenPollingStops() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            AtomicReference<TelegramInbox> inbox = new AtomicReference<>();
            inbox.set(TelegramInbox.of(
                    new TelegramLink(run.bot, run.participants, run.callbacks),
                    reply -> {
                        run.engine.receive(reply);
                        inbox.get().stop();
                    },
                    run.clock,
                    run.notices::add));
            run.api.play("getUpdates-start.json");

            assertThat(inbox.get().run(0)).isTrue();

            List<RecordedBotApi.Request> polls = run.api.requests("getUpdates");
            assertThat(polls).hasSize(2);
            assertThat(polls.get(0).field("offset")).isEqualTo("0");
            assertThat(polls.get(1).field("offset"))
                    .as("the update handled is confirmed")
                    .isEqualTo("730104513");
            assertThat(polls.get(1).field("timeout")).isEqualTo("0");
            assertThat(run.notices).isEmpty();
        }
    }

    @Test
    void theChatsOfThoseWhoDeclinedOrNeverConsentedAreForgottenAfterTheGracePeriod() {
        EngineSettings settings = EngineSettings.defaults();
        assertThat(settings.identityGrace()).isEqualTo(Duration.ofDays(7));
        try (StudyOnTelegram run = new StudyOnTelegram(directory, settings)) {
            UnconsentedLinks links =
                    UnconsentedLinks.of(run.journal, run.engine, run.participants::forget, settings.identityGrace());
            // Marta declines; Joan never answers.
            run.receive("getUpdates-start.json");
            run.api.play("getUpdates-start-from.json", Map.of("chat", Long.toString(JOAN), "update", "730104600"));
            run.inbox.pollOnce(0);
            run.advance(Duration.ofMinutes(2));
            run.api.play("getUpdates-press-recorded-data.json", Map.of("data", "no"));
            run.inbox.pollOnce(0);
            run.advance(Duration.ofMinutes(2));
            assertThat(links.sweep(run.clock.instant())).isZero();

            run.advance(Duration.ofDays(6));
            assertThat(links.sweep(run.clock.instant()))
                    .as("within the grace period")
                    .isZero();
            assertThat(run.participants.find(StudyOnTelegram.CHAT)).isPresent();

            run.advance(Duration.ofDays(1));
            assertThat(links.sweep(run.clock.instant())).isEqualTo(2);
            assertThat(run.participants.find(StudyOnTelegram.CHAT)).isEmpty();
            assertThat(run.participants.find(JOAN)).isEmpty();
        }
    }

    @Test
    void someoneWhoConsentedKeepsTheirChatAfterTheGracePeriod() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            UnconsentedLinks links =
                    UnconsentedLinks.of(run.journal, run.engine, run.participants::forget, Duration.ofDays(7));
            run.receive("getUpdates-start.json");
            run.advance(Duration.ofMinutes(2));
            run.receive("getUpdates-press-consent.json");
            run.advance(Duration.ofDays(8));

            assertThat(links.sweep(run.clock.instant())).isZero();
            assertThat(run.view().standing()).isEqualTo(Standing.ACTIVE);
            assertThat(run.participants.find(StudyOnTelegram.CHAT)).isPresent();
        }
    }
}
