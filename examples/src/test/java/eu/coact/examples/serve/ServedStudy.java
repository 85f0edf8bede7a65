package eu.coact.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.examples.SettableClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The example study served on loopback, in a time the test moves, with a team of three: a
 * coordinator, a co-researcher and a data-protection officer (passwords below, test only).
 */
final class ServedStudy implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final char[] VAULT_PASSWORD = "vault password for tests".toCharArray();
    static final byte[] SERVER_KEY = "a server key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    final SettableClock clock;
    final StringWriter log = new StringWriter();
    final Path study;
    final Path home;
    final StudyServer server;

    ServedStudy(Path directory) {
        this(directory, copyStudy(directory), START);
    }

    /** The study served again over the same folder, e.g. after a stop, from an instant on. */
    ServedStudy(Path directory, Path study, Instant now) {
        this(directory, study, now, settings -> {});
    }

    /** The study served with more settings (Telegram, a database), from an instant on. */
    ServedStudy(Path directory, Path study, Instant now, Consumer<ServeSettings.Builder> more) {
        this.clock = new SettableClock(now);
        this.study = study;
        this.home = directory.resolve("home");
        ServeSettings.Builder settings = ServeSettings.builder(study, home)
                .listen("127.0.0.1", 0)
                .metrics("127.0.0.1", 0)
                .secrets(VAULT_PASSWORD, SERVER_KEY)
                .clock(clock, false);
        more.accept(settings);
        server = StudyServer.start(settings.build(), new PrintWriter(log, true));
    }

    /** Copies the example study and writes a team file beside it. */
    static Path copyStudy(Path directory) {
        Path source = Path.of("studies", "coact-mental-health");
        Path target = directory.resolve("study");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            String hash = PasswordHash.of(PASSWORD.toCharArray()).phc();
            Files.writeString(
                    target.resolve("team.txt"),
                    "# test team\nana coordinator " + hash + "\njoan co-researcher " + hash
                            + "\nmarta data-protection-officer " + hash + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Moves time forward, running everything that falls due on the way. */
    void advance(Duration duration) {
        Instant until = clock.instant().plus(duration);
        while (true) {
            Optional<Instant> next = server.engine().nextWakeUp();
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.set(next.get());
            }
            server.advance();
        }
        clock.set(until);
        server.advance();
    }

    @Override
    public void close() {
        server.close();
    }

    /** A new browser, with no cookie yet. */
    Browser browser() {
        return new Browser(base(), new CookieManager());
    }

    /** A browser with the cookies of another, e.g. after the server restarted. */
    Browser browser(CookieManager cookies) {
        return new Browser(base(), cookies);
    }

    /** A browser: its own cookies, requests only to one server. */
    static final class Browser {
        final String base;
        final CookieManager cookies;
        final HttpClient http;
        final java.util.List<JsonNode> received = new java.util.ArrayList<>();
        long seen;

        Browser(String base, CookieManager cookies) {
            this.base = base;
            this.cookies = cookies;
            http = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean chatHeader) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (chatHeader) {
                request.header(ChatRoutes.HEADER, "1");
            }
            return send(request);
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Logs in as a team member; returns the dashboard's CSRF token. */
        String login(String name) {
            HttpResponse<String> login = post("/team/login", Map.of("name", name, "password", PASSWORD), false);
            if (login.statusCode() != 303) {
                throw new IllegalStateException("login refused: " + login.statusCode());
            }
            return csrf(get("/team").body());
        }

        /** Presses the button of this value on the latest message offering it, as the page does. */
        HttpResponse<String> press(String value) {
            JsonNode offering = null;
            for (JsonNode m : received) {
                if (m.get("buttons").findValuesAsText("value").contains(value)) {
                    offering = m;
                }
            }
            String question = offering == null ? "" : offering.get("question").asText();
            return post("/chat/press", Map.of("value", value, "question", question), true);
        }

        /** The new messages since the last call, as the page's polling gets them. */
        JsonNode messages() {
            HttpResponse<String> response = get("/chat/messages?after=" + seen);
            try {
                JsonNode body = new ObjectMapper().readTree(response.body());
                for (JsonNode m : body.path("messages")) {
                    received.add(m);
                    seen = Math.max(seen, m.get("seq").asLong());
                }
                return body;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
