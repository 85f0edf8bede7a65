package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Pseudonym;
import eu.coact.engine.SchedulerListener;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delivery latency and failures per channel, and the scheduler's lag, as Prometheus scrapes them. */
class MeteredChannelTest {

    private static final Pseudonym SOMEONE =
            Pseudonym.of("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");

    private static Envelope envelope() {
        return new Envelope(
                SOMEONE,
                new Outgoing.Text("hello", List.of()),
                new Origin(ContentKind.STUDY, "block s1 message m1"),
                "");
    }

    @Test
    void eachOutcomeIsCountedForItsChannelAndEveryAttemptIsTimed() throws Exception {
        ServeMetrics metrics = new ServeMetrics();
        Deque<Delivery> outcomes = new ArrayDeque<>(List.of(
                Delivery.delivered(),
                Delivery.failed("timeout"),
                Delivery.deferred(Instant.parse("2026-03-02T08:00:00Z")),
                Delivery.blocked(),
                Delivery.delivered()));
        MeteredChannel telegram = new MeteredChannel("telegram", envelope -> outcomes.poll(), metrics);
        MeteredChannel web = new MeteredChannel("web", envelope -> Delivery.delivered(), metrics);
        for (int i = 0; i < 5; i++) {
            telegram.deliver(envelope());
        }
        web.deliver(envelope());
        metrics.ran(SchedulerListener.Due.BLOCK, Duration.ofSeconds(3));
        metrics.ran(SchedulerListener.Due.RETRY, Duration.ZERO);
        try (HTTPServer server = metrics.serve("127.0.0.1", 0)) {
            Scrape scrape = Scrape.of(server.getPort());
            assertThat(scrape.value("coact_delivery_seconds_count", Map.of("channel", "telegram")))
                    .isEqualTo(5);
            assertThat(scrape.value("coact_delivery_seconds_count", Map.of("channel", "web")))
                    .isEqualTo(1);
            assertThat(scrape.value("coact_messages_out_total", Map.of("channel", "telegram")))
                    .isEqualTo(2);
            for (String reason : List.of("failed", "deferred", "blocked")) {
                assertThat(scrape.value(
                                "coact_delivery_failures_total", Map.of("channel", "telegram", "reason", reason)))
                        .as(reason)
                        .isEqualTo(1);
            }
            assertThat(scrape.value("coact_delivery_failures_total", Map.of("channel", "web")))
                    .isZero();
            assertThat(scrape.value("coact_scheduler_lag_seconds_count", Map.of("due", "block")))
                    .isEqualTo(1);
            assertThat(scrape.value("coact_scheduler_lag_seconds_sum", Map.of("due", "block")))
                    .isEqualTo(3.0);
            assertThat(scrape.value("coact_scheduler_lag_seconds_bucket", Map.of("due", "block", "le", "2.0")))
                    .isZero();
            assertThat(scrape.value("coact_scheduler_lag_seconds_bucket", Map.of("due", "block", "le", "5.0")))
                    .isEqualTo(1);
            // Whom a message was for never becomes a label.
            assertThat(scrape.samples())
                    .allSatisfy(s -> assertThat(s.labels().values()).noneMatch(v -> v.contains(SOMEONE.value())));
        }
    }

    @Test
    void aChannelNameThatCouldCarrySomethingElseIsRefused() {
        ServeMetrics metrics = new ServeMetrics();
        for (String name : List.of("", "Web", "web chat", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "web\"}")) {
            assertThatThrownBy(() -> new MeteredChannel(name, envelope -> Delivery.delivered(), metrics))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
