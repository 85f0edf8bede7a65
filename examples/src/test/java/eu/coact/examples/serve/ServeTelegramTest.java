package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.examples.telegram.RecordedBotApi;
import eu.coact.examples.telegram.TelegramInbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coact serve} hosting the web chat and the study's bot in one process: a Telegram
 * participant (through the real client library, against a Bot API on loopback that keeps updates
 * until an offset confirms them, as Telegram does) and a web participant on the same engine,
 * journal, vault and consent ledger; a stop confirms the updates handled, and a restart hands
 * none of them over again and loses none that arrived meanwhile.
 */
class ServeTelegramTest {

    private static final long MARTA = 5827361904L;

    @TempDir
    Path directory;

    private long update = 730200000L;

    private ServedStudy serve(Path study, Instant now, RecordedBotApi api) {
        return new ServedStudy(
                directory, study, now, settings -> settings.telegram(RecordedBotApi.TOKEN, Optional.of(api.apiUrl())));
    }

    private static TelegramInbox inbox(ServedStudy served) {
        return served.server.telegram().orElseThrow().inbox();
    }

    private static void poll(ServedStudy served) {
        TelegramInbox.Polled polled = inbox(served).pollOnce(0);
        assertThat(polled.problem()).isEmpty();
    }

    /** Waits (in the study's time) until the bot offers this value, then presses it on Telegram. */
    private void press(ServedStudy served, RecordedBotApi api, String value) {
        for (int step = 0; step < 30; step++) {
            Optional<String> data = api.sent().stream()
                    .flatMap(r -> r.callbackData().stream())
                    .flatMap(List::stream)
                    .filter(d -> d.equals(value) || d.endsWith(":" + value))
                    .reduce((first, second) -> second);
            if (data.isPresent()) {
                api.offer(
                        "getUpdates-press-numbered.json",
                        Map.of("update", Long.toString(++update), "chat", Long.toString(MARTA), "data", data.get()));
                poll(served);
                return;
            }
            served.advance(Duration.ofMinutes(1));
        }
        throw new AssertionError("the bot never offered " + value);
    }

    private String metrics(ServedStudy served) {
        int port = served.server.metricsPort().orElseThrow();
        return served.browser()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")))
                .body();
    }

    @Test
    void aTelegramAndAWebParticipantTakePartInOneServerAndARestartHandlesNoUpdateTwice() {
        try (RecordedBotApi api = new RecordedBotApi()) {
            Path study = ServedStudy.copyStudy(directory);
            Instant stopped;
            long answersBeforeStop;
            try (ServedStudy served = serve(study, ServedStudy.START, api)) {
                ServedStudy.Browser coordinator = served.browser();
                ServedStudy.Browser web = ServeHttpTest.joinAndConsent(
                        served, ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single"));

                api.offer(
                        "getUpdates-start-from.json",
                        Map.of("update", Long.toString(++update), "chat", Long.toString(MARTA)));
                poll(served);
                served.advance(Duration.ofMinutes(2));
                press(served, api, "agree");
                press(served, api, "publish");
                served.advance(Duration.ofMinutes(5));

                // Both take part in the one engine; each hears only on their own channel.
                assertThat(served.server.engine().participants()).isEqualTo(2);
                assertThat(web.messages().get("standing").asText()).isEqualTo("active");
                assertThat(api.sent())
                        .filteredOn(r -> !r.method().equals("answerCallbackQuery"))
                        .isNotEmpty()
                        .allSatisfy(r -> assertThat(r.field("chat_id")).isEqualTo(Long.toString(MARTA)));
                String metrics = metrics(served);
                assertThat(metrics)
                        .contains(
                                "coact_participants{state=\"active\"} 2",
                                "coact_messages_in_total{channel=\"telegram\"}",
                                "coact_messages_out_total{channel=\"telegram\"}",
                                "coact_messages_in_total{channel=\"web\"}",
                                "coact_messages_out_total{channel=\"web\"}")
                        .doesNotContain(Long.toString(MARTA));

                // The dashboard counts participants per channel, each count below the small-cell threshold hidden.
                String page = coordinator.get("/team").body();
                assertThat(ServeHttpTest.row(page, "channels", "web")).isEqualTo("hidden");
                assertThat(ServeHttpTest.row(page, "channels", "telegram")).isEqualTo("hidden");

                // An update arrives after the last poll, while the server stops.
                api.offer(
                        "getUpdates-typed-numbered.json",
                        Map.of("update", Long.toString(++update), "chat", Long.toString(MARTA), "text", "/pause"));
                answersBeforeStop = served.server.engine().counters().answers();
                stopped = served.clock.instant();
            }
            // Each consent transition names the channel its participant took part on.
            Map<String, Set<String>> channels = new TreeMap<>();
            try (FileJournal journal =
                            FileJournal.open(directory.resolve("home").resolve("journal"));
                    Stream<JournalEntry> entries = journal.readAll()) {
                entries.filter(e ->
                                e.type().startsWith("consent.") && e.subject().isPresent())
                        .forEach(e -> channels.computeIfAbsent(e.subject().get().value(), k -> new TreeSet<>())
                                .add(channel(e)));
            }
            assertThat(channels.values()).containsExactlyInAnyOrder(Set.of("web"), Set.of("telegram"));
            // The stop confirmed every update handled, and only those.
            List<RecordedBotApi.Request> polls = api.requests("getUpdates");
            assertThat(polls.get(polls.size() - 1).field("offset")).isEqualTo(Long.toString(update));
            assertThat(api.unconfirmed())
                    .as("only the update that came during the stop")
                    .isEqualTo(1);
            int sentBeforeRestart = api.sent().size();

            try (ServedStudy again = serve(study, stopped.plusSeconds(60), api)) {
                poll(again);
                again.advance(Duration.ofMinutes(2));
                // The pause typed during the stop is handled once; nothing handled before comes back.
                assertThat(api.unconfirmed()).isOne();
                poll(again);
                assertThat(api.unconfirmed()).isZero();
                // The engine counts from its start: no answer given before the stop is taken again.
                assertThat(answersBeforeStop).isPositive();
                assertThat(again.server.engine().counters().answers()).isZero();
                assertThat(metrics(again)).contains("coact_participants{state=\"paused\"} 1");
                assertThat(api.sent().subList(sentBeforeRestart, api.sent().size()))
                        .filteredOn(r -> r.method().equals("sendMessage"))
                        .as("one reply to the pause, nothing repeated")
                        .hasSize(1);
            }
        }
    }

    private static String channel(JournalEntry entry) {
        try {
            return new ObjectMapper()
                    .readTree(entry.payload().orElseThrow())
                    .path("channel")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void withoutATokenServeRunsTheWebChatOnly() {
        try (ServedStudy served = new ServedStudy(directory)) {
            assertThat(served.server.telegram()).isEmpty();
            assertThat(served.server.toString()).doesNotContain("Telegram");
        }
    }
}
