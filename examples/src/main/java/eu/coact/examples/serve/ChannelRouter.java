package eu.coact.examples.serve;

import eu.coact.anonymise.IdentityVault;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one channel the engine sends through when a study runs on several: each message goes to
 * the channel its participant joined on, which the identity vault knows (the channel name of
 * their identity). Someone the vault no longer knows, or knows on a channel this process does not
 * host, is {@link Delivery#blocked()}. Every delivery is counted per channel, by outcome.
 */
final class ChannelRouter implements Channel {

    private final IdentityVault vault;
    private final Map<String, Channel> channels;
    private final ServeMetrics metrics;

    /**
     * A router over the hosted channels.
     *
     * @param vault    says which channel each participant is on
     * @param channels the hosted channels by the vault's channel name
     * @param metrics  counts deliveries per channel
     */
    ChannelRouter(IdentityVault vault, Map<String, Channel> channels, ServeMetrics metrics) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.channels = Map.copyOf(channels);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        Optional<String> name = vault.identityOf(envelope.to()).map(i -> i.channel());
        Optional<Channel> channel = name.map(channels::get);
        if (channel.isEmpty()) {
            return Delivery.blocked();
        }
        Delivery delivery = channel.get().deliver(envelope);
        metrics.delivered(name.get(), delivery);
        return delivery;
    }

    /** Names the channels hosted. */
    @Override
    public String toString() {
        return "ChannelRouter" + channels.keySet();
    }
}
