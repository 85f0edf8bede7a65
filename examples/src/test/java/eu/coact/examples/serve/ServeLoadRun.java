package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load run behind docs/PERFORMANCE.md, bounded in count and time, on loopback only: N web-chat
 * participants (default 1,000) join by a campaign link, then each sends a reply every 2 s for a
 * 20-second window after 5 s of warm-up, on the file journal with the real clock. Reply latency is
 * the time until the POST returns: by then the reply is in the journal and the engine's answer is
 * in the participant's mailbox. The same-run baseline is {@code GET /health} (the HTTP stack
 * alone) at 20 requests/s. Run it with
 * {@code mvn -q -o -pl examples -am test -Dtest=ServeLoadRun -Dsurefire.failIfNoSpecifiedTests=false -Dcoact.serve.load=1000};
 * without the property it is skipped.
 */
class ServeLoadRun {

    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    @Test
    void repliesOfManyConcurrentParticipants() throws Exception {
        int participants = Integer.getInteger("coact.serve.load", 0);
        Assumptions.assumeTrue(participants > 0, "a load run; set -Dcoact.serve.load=1000 to run it");
        Path study = ServedStudy.copyStudy(directory);
        try (StudyServer server = StudyServer.start(
                ServeSettings.builder(study, directory.resolve("home"))
                        .listen("127.0.0.1", 0)
                        .metrics("127.0.0.1", -1)
                        .secrets(ServedStudy.VAULT_PASSWORD, ServedStudy.SERVER_KEY)
                        .build(),
                new PrintWriter(new StringWriter()))) {
            String base = "http://127.0.0.1:" + server.port();
            ServedStudy.Browser coordinator = new ServedStudy.Browser(base, new java.net.CookieManager());
            String token = ServeHttpTest.invite(coordinator, coordinator.login("ana"), "campaign");
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> cookies = new ArrayList<>();
            long joinStart = System.nanoTime();
            for (int i = 0; i < participants; i++) {
                HttpResponse<Void> joined = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/join/" + token))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                cookies.add(
                        joined.headers().firstValue("set-cookie").orElseThrow().split(";")[0]);
            }
            double joinSeconds = (System.nanoTime() - joinStart) / 1e9;

            long entriesBefore = server.engine().counters().sent();
            ConcurrentLinkedQueue<Long> replies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> health = new ConcurrentLinkedQueue<>();
            AtomicInteger failed = new AtomicInteger();
            long measureFrom = System.nanoTime() + WARM_UP.toNanos();
            long measureTo = measureFrom + WINDOW.toNanos();
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
            for (String cookie : cookies) {
                long offset = ThreadLocalRandom.current().nextLong(2_000);
                clock.scheduleAtFixedRate(
                        () -> send(
                                http,
                                HttpRequest.newBuilder(URI.create(base + "/chat/say"))
                                        .header("Cookie", cookie)
                                        .header(ChatRoutes.HEADER, "1")
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString("text=help"))
                                        .build(),
                                replies,
                                failed,
                                measureFrom,
                                measureTo),
                        offset,
                        2_000,
                        TimeUnit.MILLISECONDS);
            }
            clock.scheduleAtFixedRate(
                    () -> send(
                            http,
                            HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                            health,
                            failed,
                            measureFrom,
                            measureTo),
                    0,
                    50,
                    TimeUnit.MILLISECONDS);
            Thread.sleep(WARM_UP.plus(WINDOW).plusSeconds(2).toMillis());
            clock.shutdownNow();
            clock.awaitTermination(10, TimeUnit.SECONDS);

            long sentDuring = server.engine().counters().sent() - entriesBefore;
            List<Long> r = sorted(replies);
            List<Long> h = sorted(health);
            assertThat(r).isNotEmpty();
            String line = String.format(
                    Locale.ROOT,
                    "participants %d, joins %.1f s (%.0f/s), replies in window %d "
                            + "(%.0f/s), failed %d, reply p50 %.1f ms p99 %.1f ms, health p50 %.1f ms p99 %.1f ms, "
                            + "p50 ratio %.2f, engine messages sent during the run %d, load %s",
                    participants,
                    joinSeconds,
                    participants / joinSeconds,
                    r.size(),
                    r.size() / (double) WINDOW.toSeconds(),
                    failed.get(),
                    ms(r, 0.50),
                    ms(r, 0.99),
                    ms(h, 0.50),
                    ms(h, 0.99),
                    ms(r, 0.50) / ms(h, 0.50),
                    sentDuring,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            System.out.println("SERVE-LOAD " + line);
            assertThat(Map.of("failed", failed.get())).containsEntry("failed", 0);
        }
    }

    private static void send(
            HttpClient http,
            HttpRequest request,
            ConcurrentLinkedQueue<Long> into,
            AtomicInteger failed,
            long from,
            long to) {
        long start = System.nanoTime();
        if (start > to) {
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            long took = System.nanoTime() - start;
            if (error != null || response.statusCode() >= 300) {
                failed.incrementAndGet();
            } else if (start >= from) {
                into.add(took);
            }
        });
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        List<Long> list = new ArrayList<>(values);
        Collections.sort(list);
        return list;
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
