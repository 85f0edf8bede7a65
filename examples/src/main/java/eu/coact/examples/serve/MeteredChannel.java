package eu.coact.examples.serve;

import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A channel that measures, for the operators' metrics, how long each delivery attempt takes and
 * how it ends, labelled with the channel's name only; otherwise it does exactly what the channel
 * it wraps does. The name is checked to be a short lower-case word, so nothing that came from a
 * participant can become a label.
 */
final class MeteredChannel implements Channel {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,19}");

    private final String name;
    private final Channel channel;
    private final ServeMetrics metrics;

    /**
     * Meters a channel.
     *
     * @param name    the channel's name, e.g. {@code web} or {@code telegram}
     * @param channel the channel
     * @param metrics where the measurements go
     * @throws IllegalArgumentException if the name is not a short lower-case word
     */
    MeteredChannel(String name, Channel channel, ServeMetrics metrics) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a channel's metric name is a short lower-case word, not " + name);
        }
        this.name = name;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        long start = System.nanoTime();
        Delivery delivery = channel.deliver(envelope);
        metrics.delivered(name, delivery, System.nanoTime() - start);
        return delivery;
    }

    /** Names the channel only. */
    @Override
    public String toString() {
        return "MeteredChannel[" + name + ", " + channel + "]";
    }
}
