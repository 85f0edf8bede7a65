package eu.coact.examples.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.core.Pseudonym;
import eu.coact.engine.Standing;
import eu.coact.testkit.journal.StoredBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole conversation: the real engine and client library against recorded Bot API exchanges. */
class TelegramConversationTest {

    @TempDir
    Path directory;

    /** Start, consent, then the first microstory with its image and its two questions. */
    private static void consentAndStory(StudyOnTelegram run) {
        run.receive("getUpdates-start.json");
        run.advance(Duration.ofMinutes(2));
        run.receive("getUpdates-press-consent.json");
        run.advance(Duration.ofDays(2));
        run.receive("getUpdates-press-story.json");
        run.advance(Duration.ofMinutes(2));
        run.receive("getUpdates-press-confirm.json");
        run.advance(Duration.ofMinutes(2));
    }

    @Test
    void consentAndAMicrostoryGoThroughTheClientLibraryAsTheBotApiExpectsThem() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            consentAndStory(run);

            List<RecordedBotApi.Request> sent = run.api.sent();
            assertThat(sent)
                    .extracting(RecordedBotApi.Request::method)
                    .containsExactly(
                            "sendMessage",
                            "sendDocument",
                            "sendMessage",
                            "sendMessage",
                            "answerCallbackQuery",
                            "sendMessage",
                            "sendMessage",
                            "sendPhoto",
                            "sendMessage",
                            "answerCallbackQuery",
                            "sendMessage",
                            "answerCallbackQuery",
                            "sendMessage");
            assertThat(run.api.requests()).allMatch(RecordedBotApi.Request::tokenInPath);
            assertThat(sent)
                    .filteredOn(r -> !r.method().equals("answerCallbackQuery"))
                    .allSatisfy(r -> assertThat(r.field("chat_id")).isEqualTo(Long.toString(StudyOnTelegram.CHAT)));

            // The consent document comes first: its text, then its PDF, before the welcome and its question.
            assertThat(sent.get(0).field("text")).contains("Taking part in this test study");
            assertThat(sent.get(0).field("parse_mode")).isEqualTo("HTML");
            assertThat(sent.get(1).contentType()).startsWith("multipart/form-data");
            assertThat(sent.get(1).files()).containsEntry("document", "consent-en.pdf");
            byte[] pdf = sent.get(1).fileBytes("document");
            assertThat(pdf).isEqualTo(bytes(StudyOnTelegram.study().resolve("media/consent/consent-en.pdf")));
            assertThat(sent.get(2).field("text"))
                    .isEqualTo("Welcome! This chat asks short questions for a research study.");
            assertThat(sent.get(3).field("text")).isEqualTo("Do you agree to take part?");
            assertThat(sent.get(3).callbackData()).containsExactly(List.of("1:yes", "1:no"));
            assertThat(sent.get(4).field("callback_query_id")).isEqualTo("2503061749012837402");
            assertThat(sent.get(5).field("text")).isEqualTo("Thank you. We start tomorrow.");
            assertThat(sent.get(7).files()).containsEntry("photo", "bench.png");
            assertThat(sent.get(7).field("caption")).startsWith("For weeks I walked past the same bench.");
            assertThat(sent.get(8).callbackData()).containsExactly(List.of("2:A"), List.of("2:B"), List.of("2:C"));
            assertThat(sent.get(9).field("callback_query_id")).isEqualTo("2503061749012837519");
            assertThat(sent.get(10).field("text")).isEqualTo("You answered A. Do you confirm?");
            assertThat(sent.get(10).callbackData()).containsExactly(List.of("3:Sí", "3:No"));
            assertThat(sent.get(12).field("text")).isEqualTo("Thank you for sharing!");

            // The ledger holds, for the consent given, the digest of the text and of the very bytes uploaded.
            ConsentDocument english = run.consent.binding().documents().stream()
                    .filter(d -> d.language().tag().equals("en"))
                    .findFirst()
                    .orElseThrow();
            assertThat(run.consent
                            .ledger()
                            .state(run.participant())
                            .orElseThrow()
                            .document())
                    .hasValueSatisfying(shown -> assertThat(shown.digest())
                            .isEqualTo(
                                    ConsentDocument.digestOf(english.text(), Optional.of(ConsentFile.sha256Of(pdf)))));
            assertThat(run.view().standing()).isEqualTo(Standing.ACTIVE);
            assertThat(run.view().completed()).isEqualTo(1);
            assertThat(run.notices).isEmpty();
        }
    }

    @Test
    void withdrawingWithErasureEndsWithTheFarewellAndTheVaultForgetsTheChat() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            consentAndStory(run);
            Pseudonym before = run.participant();
            run.api.play("getUpdates-typed-text.json", Map.of("text", "withdraw"));
            run.inbox.pollOnce(0);
            // Each press carries the question id of the message it was on.
            run.api.play("getUpdates-press-recorded-data.json", Map.of("data", "4:yes"));
            run.inbox.pollOnce(0);
            // The study's own withdraw dialogue says goodbye in its words, then the engine asks about erasure.
            run.advance(Duration.ofMinutes(1));
            run.api.play("getUpdates-press-recorded-data.json", Map.of("data", "5:yes"));
            run.inbox.pollOnce(0);
            run.advance(Duration.ofMinutes(2));

            List<RecordedBotApi.Request> messages = run.api.requests("sendMessage");
            assertThat(messages.get(messages.size() - 4).field("text")).startsWith("Do you want to leave the study?");
            assertThat(messages.get(messages.size() - 3).field("text"))
                    .isEqualTo("You have left. Thank you for your time.");
            assertThat(messages.get(messages.size() - 2).field("text")).contains("erase your answers");
            assertThat(messages.get(messages.size() - 1).field("text")).startsWith("You have left the study");
            assertThat(run.engine.participant(before).orElseThrow().standing()).isEqualTo(Standing.WITHDRAWN);
            assertThat(run.participants.find(StudyOnTelegram.CHAT)).isEmpty();
            assertThat(run.vault.size()).isZero();

            // Writing again later starts afresh, under a pseudonym unrelated to the old one.
            run.receive("getUpdates-start.json");
            assertThat(run.participant()).isNotEqualTo(before);
            assertThat(run.view().standing()).isEqualTo(Standing.INVITED);
        }
    }

    @Test
    void theJournalNeverHoldsTheChatIdInAnyForm() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            consentAndStory(run);
        }
        byte[] decimal = Long.toString(StudyOnTelegram.CHAT).getBytes(StandardCharsets.UTF_8);
        byte[] bigEndian =
                ByteBuffer.allocate(Long.BYTES).putLong(StudyOnTelegram.CHAT).array();
        byte[] littleEndian = ByteBuffer.allocate(Long.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(StudyOnTelegram.CHAT)
                .array();
        byte[] journal = StoredBytes.under(directory.resolve("journal"));
        assertThat(journal).as("the journal was written").hasSizeGreaterThan(1000);
        assertThat(StoredBytes.indexOf(journal, decimal)).isNegative();
        assertThat(StoredBytes.indexOf(journal, bigEndian)).isNegative();
        assertThat(StoredBytes.indexOf(journal, littleEndian)).isNegative();
        // The vault holds the id, but only encrypted.
        assertThat(StoredBytes.indexOf(StoredBytes.under(directory.resolve("vault")), decimal))
                .isNegative();
    }

    @Test
    void aBotBlockedByTheParticipantPausesThemAndNothingMoreIsSent() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            run.receive("getUpdates-start.json");
            run.advance(Duration.ofMinutes(2));
            // The thanks for consenting goes out; the microstory that follows meets a blocked bot.
            run.api.play("sendMessage-ok.json").play("sendMessage-403-blocked.json");
            run.receive("getUpdates-press-consent.json");
            run.advance(Duration.ofMinutes(2));

            assertThat(run.api.requests("sendMessage"))
                    .extracting(RecordedBotApi.Request::status)
                    .endsWith(200, 403);
            assertThat(run.view().standing()).isEqualTo(Standing.PAUSED);
            assertThat(run.api.requests("sendPhoto")).isEmpty();
            int before = run.api.sent().size();
            run.advance(Duration.ofDays(3));
            assertThat(run.api.sent()).hasSize(before);
        }
    }

    @Test
    void aRateLimitIsRetriedOnlyOnceItsRetryAfterHasPassed() {
        try (StudyOnTelegram run = new StudyOnTelegram(directory)) {
            run.api.play("sendMessage-429-retry-after.json");
            run.receive("getUpdates-start.json");
            assertThat(run.api.requests("sendMessage")).hasSize(1);

            // The engine retries after 5 s and 15 s; Telegram asked for 30 s, so those never leave.
            run.advance(Duration.ofSeconds(29));
            assertThat(run.api.requests("sendMessage")).hasSize(1);

            run.advance(Duration.ofMinutes(2));
            List<RecordedBotApi.Request> welcome = run.api.requests("sendMessage");
            assertThat(welcome.get(1).field("text")).isEqualTo(welcome.get(0).field("text"));
            assertThat(run.api.requests("sendDocument")).hasSize(1);
            assertThat(run.view().standing()).isEqualTo(Standing.INVITED);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
