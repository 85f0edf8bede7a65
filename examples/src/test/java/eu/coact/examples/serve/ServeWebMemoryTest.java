package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Pseudonym;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server remembers of web participants: the chat they saw survives a restart (kept
 * encrypted in the server's home, never in the browser), and the link of someone who declined or
 * never consented is forgotten once the study's grace period is over.
 */
class ServeWebMemoryTest {

    @TempDir
    Path directory;

    @Test
    void theChatAParticipantSawIsStillThereAfterARestartAndNumberingGoesOn() throws IOException {
        Path study;
        Instant stopped;
        ServedStudy.Browser participant;
        List<String> before;
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            participant = ServeHttpTest.joinAndConsent(
                    served, ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single"));
            participant.messages();
            before = participant.received.stream()
                    .map(m -> m.get("html").asText())
                    .toList();
            study = served.study;
            stopped = served.clock.instant();
        }
        assertThat(before).hasSizeGreaterThan(3);
        // On disk the history is private and unreadable without the server key.
        Path histories = directory.resolve("home").resolve("chat-history");
        try (Stream<Path> files = Files.list(histories)) {
            List<Path> all = files.toList();
            assertThat(all).singleElement().satisfies(file -> {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
                String stored = Files.readString(file, StandardCharsets.US_ASCII);
                assertThat(stored).doesNotContain("agree", "html", before.get(0));
            });
        }

        try (ServedStudy again = new ServedStudy(directory, study, stopped.plusSeconds(60))) {
            // A reloaded page (after=0) gets the whole conversation back, in order, once.
            ServedStudy.Browser reloaded = again.browser(participant.cookies);
            JsonNode body = reloaded.messages();
            assertThat(ServeHttpTest.list(body))
                    .extracting(m -> m.get("html").asText())
                    .containsExactlyElementsOf(before);
            long last = reloaded.seen;
            // A new message continues the numbering, so an open page that knows the old numbers gets it.
            assertThat(reloaded.post("/chat/say", java.util.Map.of("text", "/pause"), true)
                            .statusCode())
                    .isEqualTo(204);
            again.advance(Duration.ofMinutes(2));
            assertThat(ServeHttpTest.list(reloaded.messages()))
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.get("seq").asLong()).isGreaterThan(last));
        }
    }

    @Test
    void aTornOrForeignLineInAHistoryIsSkippedNotShown(@TempDir Path folder) throws IOException {
        byte[] key = ServedStudy.SERVER_KEY;
        Pseudonym marta = Pseudonym.of("marta-pseudonym-0001");
        Pseudonym joan = Pseudonym.of("joan-pseudonym-00002");
        ChatHistory history = ChatHistory.open(folder, key);
        WebMessage hello = new WebMessage(1, "Hello", "", "text", "", List.of(), "");
        history.append(marta, hello);
        Path file = folder.resolve(marta.value() + ".history");
        String line = Files.readString(file);
        // Marta's line copied into Joan's file does not decrypt there; a torn line is skipped.
        Files.writeString(folder.resolve(joan.value() + ".history"), line);
        Files.writeString(file, line + line.substring(0, 20) + "\n");

        assertThat(history.load(marta)).containsExactly(hello);
        assertThat(history.load(joan)).isEmpty();
        byte[] otherKey = "another server key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8);
        assertThat(ChatHistory.open(folder, otherKey).load(marta)).isEmpty();
    }

    @Test
    void aHistoryKeepsTheLastMessagesOnlyAndIsCompactedOnDisk(@TempDir Path folder) throws IOException {
        ChatHistory history = ChatHistory.open(folder, ServedStudy.SERVER_KEY);
        Pseudonym marta = Pseudonym.of("marta-pseudonym-0001");
        int written = WebMailbox.KEPT * 2 + 7;
        for (int i = 1; i <= written; i++) {
            history.append(marta, new WebMessage(i, "message " + i, "", "text", "", List.of(), ""));
        }
        List<WebMessage> kept = history.load(marta);
        assertThat(kept).hasSize(WebMailbox.KEPT);
        assertThat(kept.get(kept.size() - 1).sequence()).isEqualTo(written);
        try (Stream<String> lines = Files.lines(folder.resolve(marta.value() + ".history"))) {
            assertThat(lines.count()).isLessThanOrEqualTo(WebMailbox.KEPT * 2L);
        }
    }

    @Test
    void webParticipantsWhoDeclinedOrNeverConsentedAreForgottenAfterTheGracePeriod() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String csrf = coordinator.login("ana");
            ServedStudy.Browser consenting =
                    ServeHttpTest.joinAndConsent(served, ServeHttpTest.invite(coordinator, csrf, "single"));
            ServedStudy.Browser declining = served.browser();
            assertThat(declining
                            .get("/join/" + ServeHttpTest.invite(coordinator, csrf, "single"))
                            .statusCode())
                    .isEqualTo(200);
            ServeHttpTest.press(served, declining, "decline");
            ServedStudy.Browser silent = served.browser();
            assertThat(silent.get("/join/" + ServeHttpTest.invite(coordinator, csrf, "single"))
                            .statusCode())
                    .isEqualTo(200);
            served.advance(Duration.ofMinutes(5));
            assertThat(silent.messages().get("joined").asBoolean()).isTrue();
            Path histories = served.home.resolve("chat-history");
            assertThat(fileCount(histories)).isEqualTo(3);

            // Within the default seven days nobody is forgotten.
            served.advance(Duration.ofDays(6));
            assertThat(served.server.sweep()).isZero();
            assertThat(declining.messages().get("joined").asBoolean()).isTrue();

            served.advance(Duration.ofDays(1).plusHours(1));
            assertThat(served.server.sweep()).isEqualTo(2);
            // Their cookies lead nowhere now, and what their pages showed is gone from the disk.
            assertThat(declining.get("/chat/messages").statusCode()).isEqualTo(401);
            assertThat(silent.get("/chat/messages").statusCode()).isEqualTo(401);
            assertThat(fileCount(histories)).isEqualTo(1);
            assertThat(consenting.messages().get("joined").asBoolean()).isTrue();
            assertThat(served.log.toString()).contains("Forgot the links of 2 person(s)");
            assertThat(served.server.sweep()).isZero();
        }
    }

    @Test
    void theGracePeriodIsTheStudysOwn() throws IOException {
        Path study = ServedStudy.copyStudy(directory);
        Path yaml = study.resolve("study.yaml");
        Files.writeString(
                yaml,
                Files.readString(yaml).replace("conversation:\n", "conversation:\n  forget-unconsented-after: 2\n"));
        try (ServedStudy served = new ServedStudy(directory, study, ServedStudy.START)) {
            ServedStudy.Browser coordinator = served.browser();
            ServedStudy.Browser silent = served.browser();
            assertThat(silent.get("/join/" + ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single"))
                            .statusCode())
                    .isEqualTo(200);
            served.advance(Duration.ofDays(1));
            assertThat(served.server.sweep()).isZero();
            served.advance(Duration.ofDays(1).plusMinutes(1));
            assertThat(served.server.sweep()).isOne();
            assertThat(silent.get("/chat/messages").statusCode()).isEqualTo(401);
        }
    }

    private static long fileCount(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
