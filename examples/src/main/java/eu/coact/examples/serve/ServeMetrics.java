package eu.coact.examples.serve;

import eu.coact.engine.SchedulerListener;
import eu.coact.engine.channel.Delivery;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The operators' metrics, exposed for Prometheus: messages in and out, delivery latency and
 * failures per channel, the scheduler's lag, journal append latency, participants per state.
 * Every label is one of {@link #LABEL_NAMES}, and its values come from closed sets the code names:
 * channel names, delivery outcomes, kinds of due work and consent stages — never anything about a
 * person.
 */
public final class ServeMetrics {

    /** The label names any series carries (besides the histograms' own {@code le}). */
    public static final Set<String> LABEL_NAMES = Set.of("channel", "reason", "due", "state");

    /** Outcomes of a delivery that count as failures, by their label value. */
    static final Set<String> FAILURE_REASONS = Set.of("failed", "deferred", "blocked");

    private static final double[] LAG_BUCKETS = {0.01, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600, 21_600};

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
            .help("Delivery attempts that did not deliver: failed (retried), deferred by the platform, or blocked")
            .labelNames("channel", "reason")
            .register(registry);
    private final Histogram delivery = Histogram.builder()
            .name("coact_delivery_seconds")
            .help("Time a channel took for one delivery attempt")
            .labelNames("channel")
            .register(registry);
    private final Histogram lag = Histogram.builder()
            .name("coact_scheduler_lag_seconds")
            .help("How long after its due instant scheduled work ran: block starts, paced messages, retries")
            .labelNames("due")
            .classicUpperBounds(LAG_BUCKETS)
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

    /** Counts a message delivered on a channel. */
    void sent(String channel) {
        out.labelValues(channel).inc();
    }

    /**
     * Records one delivery attempt on a channel: its duration, and its outcome when it did not
     * deliver; a delivered message counts as a message out.
     */
    void delivered(String channel, Delivery outcome, long nanos) {
        delivery.labelValues(channel).observe(nanos / 1e9);
        if (outcome instanceof Delivery.Delivered) {
            sent(channel);
        } else {
            failures.labelValues(channel, reason(outcome)).inc();
        }
    }

    private static String reason(Delivery outcome) {
        if (outcome instanceof Delivery.Deferred) {
            return "deferred";
        }
        return outcome instanceof Delivery.Blocked ? "blocked" : "failed";
    }

    /**
     * Records how late the engine ran something due (the engine's {@link SchedulerListener}).
     *
     * @param due  what it was
     * @param late how late
     */
    public void ran(SchedulerListener.Due due, Duration late) {
        lag.labelValues(due.name().toLowerCase(Locale.ROOT)).observe(late.toNanos() / 1e9);
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
