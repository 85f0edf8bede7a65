package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coact serve} as its own process, killed with SIGKILL in the middle of a conversation
 * and started again: every answer whose request returned is still there, and no message the
 * participant already received is delivered again.
 */
class ServeCrashTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    @Test
    void aSigkillMidConversationLosesNoAcknowledgedAnswerAndDeliversNothingTwice() throws Exception {
        Path study = ServedStudy.copyStudy(directory);
        Path home = directory.resolve("home");
        int port = freePort();
        Process first = launch(study, home, port);
        ServedStudy.Browser participant;
        Set<String> before = new HashSet<>();
        try {
            Remote remote = new Remote(port);
            remote.awaitHealth(first);
            ServedStudy.Browser coordinator = remote.browser();
            String token = ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single");
            participant = remote.browser();
            assertThat(participant.get("/join/" + token).statusCode()).isEqualTo(200);
            remote.pressWhenOffered(participant, "agree");
            // The answer to this question is acknowledged (204) just before the process is killed.
            remote.pressWhenOffered(participant, "publish");
            participant.received.forEach(m -> before.add(m.get("html").asText()));
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(first.exitValue()).as("killed, not stopped").isEqualTo(137);

        Process second = launch(study, home, port);
        try {
            Remote remote = new Remote(port);
            remote.awaitHealth(second);
            // The page that was open carries on from the last message it showed.
            ServedStudy.Browser again = remote.browser(participant);
            again.seen = participant.seen;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            JsonNode body = again.messages();
            while (System.nanoTime() < deadline) {
                Thread.sleep(500);
                body = again.messages();
            }
            assertThat(body.get("joined").asBoolean())
                    .as("the cookie leads to the same participant")
                    .isTrue();
            assertThat(body.get("standing").asText())
                    .as("the acknowledged consent answers were kept")
                    .isEqualTo("active");
            List<String> after =
                    again.received.stream().map(m -> m.get("html").asText()).toList();
            assertThat(after)
                    .as("nothing received before the kill is delivered again")
                    .noneMatch(before::contains);
            assertThat(after.stream().flatMap(m -> List.of(m).stream()).filter(m -> m.contains("agree to take part")))
                    .isEmpty();
            // A page opened anew shows the conversation from its start, each message once.
            ServedStudy.Browser reloaded = remote.browser(participant);
            List<JsonNode> whole = ServeHttpTest.list(reloaded.messages());
            assertThat(whole).extracting(m -> m.get("html").asText()).containsAll(before);
            assertThat(whole)
                    .extracting(m -> m.get("seq").asLong())
                    .doesNotHaveDuplicates()
                    .isSorted();
        } finally {
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS))
                    .as("SIGTERM stops the server")
                    .isTrue();
        }
        assertThat(second.exitValue()).as("a graceful stop").isIn(0, 143);
        assertThat(Files.readString(home.resolve("server.err")))
                .contains("Journal anchor")
                .doesNotContain("\tat ");
    }

    private static Process launch(Path study, Path home, int port) throws IOException {
        return launch(study, home, port, Map.of());
    }

    /**
     * Starts {@code coact serve} as a process of its own on the tests' class path, with the
     * vault password and server key in its environment, and the given variables and options.
     */
    static Process launch(Path study, Path home, int port, Map<String, String> environment, String... options)
            throws IOException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "eu.coact.examples.Coact",
                "serve",
                "--study",
                study.toString(),
                "--home",
                home.toString(),
                "--port",
                Integer.toString(port),
                "--metrics-port",
                "-1"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("COACT_VAULT_PASSWORD", new String(ServedStudy.VAULT_PASSWORD));
        builder.environment()
                .put(ServeCommand.KEY_VARIABLE, new String(ServedStudy.SERVER_KEY, StandardCharsets.UTF_8));
        builder.environment().putAll(environment);
        builder.redirectOutput(
                ProcessBuilder.Redirect.appendTo(home.resolve("server.out").toFile()));
        builder.redirectError(
                ProcessBuilder.Redirect.appendTo(home.resolve("server.err").toFile()));
        return builder.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Browsers talking to the child process. */
    static final class Remote {
        private final String base;

        Remote(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        ServedStudy.Browser browser() {
            return new ServedStudy.Browser(base, new java.net.CookieManager());
        }

        ServedStudy.Browser browser(ServedStudy.Browser same) {
            return new ServedStudy.Browser(base, same.cookies);
        }

        void awaitHealth(Process process) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("coact serve ended with " + process.exitValue());
                }
                try {
                    HttpResponse<String> health = browser().get("/health");
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // Not listening yet.
                }
                Thread.sleep(250);
            }
            throw new AssertionError("coact serve did not start");
        }

        void pressWhenOffered(ServedStudy.Browser participant, String value) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                participant.messages();
                boolean offered = participant.received.stream()
                        .anyMatch(
                                m -> m.get("buttons").findValuesAsText("value").contains(value));
                if (offered) {
                    assertThat(participant.press(value).statusCode()).isEqualTo(204);
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the button " + value + " was never offered");
        }
    }
}
