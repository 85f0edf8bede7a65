package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.examples.telegram.RecordedBotApi;
import eu.coact.examples.telegram.TelegramCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coact serve} started as people start it, with the bot token in its environment: the
 * process serves the web chat and the study's bot, a participant's {@code /start} on Telegram is
 * answered, and SIGTERM confirms the handled update to the Bot API before the process ends.
 */
class ServeProcessTelegramTest {

    private static final long CHAT = 5827361904L;
    private static final long UPDATE = 730300001L;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    @Test
    void withATokenInItsEnvironmentServeAnswersOnTelegramAndConfirmsTheUpdateWhenStopped() throws Exception {
        try (RecordedBotApi api = new RecordedBotApi()) {
            Path study = ServedStudy.copyStudy(directory);
            Path home = directory.resolve("home");
            Process serve = ServeCrashTest.launch(
                    study,
                    home,
                    ServeCrashTest.freePort(),
                    Map.of(TelegramCommand.TOKEN_VARIABLE, RecordedBotApi.TOKEN),
                    "--telegram-api-url",
                    api.apiUrl());
            try {
                api.offer(
                        "getUpdates-start-from.json",
                        Map.of("update", Long.toString(UPDATE), "chat", Long.toString(CHAT)));
                awaitReply(serve, api);
            } finally {
                serve.destroy();
                assertThat(serve.waitFor(60, TimeUnit.SECONDS))
                        .as("SIGTERM stops the server")
                        .isTrue();
            }
            assertThat(serve.exitValue()).as("a graceful stop").isIn(0, 143);
            assertThat(Files.readString(home.resolve("server.out"))).contains("and on Telegram");
            assertThat(api.sent())
                    .filteredOn(r -> !r.method().equals("answerCallbackQuery"))
                    .allSatisfy(r -> assertThat(r.field("chat_id")).isEqualTo(Long.toString(CHAT)));
            List<RecordedBotApi.Request> polls = api.requests("getUpdates");
            assertThat(polls.get(polls.size() - 1).field("offset"))
                    .as("the stop confirms the update handled")
                    .isEqualTo(Long.toString(UPDATE + 1));
            assertThat(api.unconfirmed()).isZero();
            String log = Files.readString(home.resolve("server.err"));
            assertThat(log).doesNotContain("\tat ").doesNotContain(RecordedBotApi.TOKEN);
        }
    }

    /** Waits until the bot has written to the participant's chat. */
    private static void awaitReply(Process serve, RecordedBotApi api) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new AssertionError("coact serve ended with " + serve.exitValue());
            }
            if (api.sent().stream().anyMatch(r -> r.method().equals("sendMessage"))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the bot never answered /start");
    }
}
