package eu.coact.examples.serve;

import eu.coact.engine.channel.Delivery;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operators' metrics, exposed for Prometheus: messages in and out and delivery failures per
 * channel, journal append latency, participants per state. Labels are channel and state names
 * only, never anything about a person.
 */
public final class ServeMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter in = Counter.builder()
            .name("coact_messages_in")
            .help("Replies received from participants")
            .labelNames("channel")
            .register(registry);
    private final Counter out = Counter.builder()
            .name("coact_messages_out")
            .help("Messages delivered to participants")
            .labelNames("channel")
            .register(registry);
    private final Counter failures = Counter.builder()
            .name("coact_delivery_failures")
            .help("Deliveries that failed and will be retried, per channel")
            .labelNames("channel")
            .register(registry);
    private final Counter blocked = Counter.builder()
            .name("coact_delivery_blocked")
            .help("Deliveries refused because the participant cannot be reached, per channel")
            .labelNames("channel")
            .register(registry);
    private final Counter deferred = Counter.builder()
            .name("coact_delivery_deferred")
            .help("Deliveries put off to keep within a platform's rate limits, per channel")
            .labelNames("channel")
            .register(registry);
    private final Histogram append = Histogram.builder()
            .name("coact_journal_append_seconds")
            .help("Time to append (durably) to the journal")
            .register(registry);

    /**
     * Adds a gauge of participants per state, read when scraped.
     *
     * @param states the current counts per state name
     */
    public void participants(Supplier<Map<String, Long>> states) {
        GaugeWithCallback.builder()
                .name("coact_participants")
                .help("Participants per state")
                .labelNames("state")
                .callback(callback -> states.get().forEach((state, count) -> callback.call(count, state)))
                .register(registry);
    }

    /**
     * Adds a gauge of delivery failures counted by the engine, read when scraped.
     *
     * @param failed the engine's failure count
     */
    public void engineFailures(Supplier<Long> failed) {
        GaugeWithCallback.builder()
                .name("coact_engine_delivery_failures")
                .help("Failed deliveries since start")
                .callback(callback -> callback.call(failed.get()))
                .register(registry);
    }

    /** Counts a reply received on a channel. */
    void received(String channel) {
        in.labelValues(channel).inc();
    }

    /** Counts one delivery on a channel by its outcome. */
    void delivered(String channel, Delivery delivery) {
        Counter counter;
        if (delivery instanceof Delivery.Failed) {
            counter = failures;
        } else if (delivery instanceof Delivery.Blocked) {
            counter = blocked;
        } else if (delivery instanceof Delivery.Deferred) {
            counter = deferred;
        } else {
            counter = out;
        }
        counter.labelValues(channel).inc();
    }

    /** Records one append's duration. */
    void appended(long nanos) {
        append.observe(nanos / 1e9);
    }

    /**
     * Serves the metrics on {@code /metrics}.
     *
     * @param host the address to bind (loopback by default)
     * @param port the port, 0 for any free one
     * @return the running server; close it to stop
     * @throws IOException if the port cannot be bound
     */
    public HTTPServer serve(String host, int port) throws IOException {
        return HTTPServer.builder().hostname(host).port(port).registry(registry).buildAndStart();
    }

    @Override
    public String toString() {
        return "ServeMetrics";
    }
}
