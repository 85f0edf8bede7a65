package eu.coact.examples.serve;

import eu.coact.anonymise.IdentityVault;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one channel the engine sends through when a study runs on several: each message goes to
 * the channel its participant joined on, which the identity vault knows (the channel name of
 * their identity). Someone the vault no longer knows, or knows on a channel this process does not
 * host, is {@link Delivery#blocked()}. Every delivery is counted per channel, by outcome.
 */
final class ChannelRouter implements Channel {

    private static final Duration NOT_HOSTED_WAIT = Duration.ofHours(1);

    private final IdentityVault vault;
    private final Map<String, Channel> channels;
    private final ServeMetrics metrics;
    private final Clock clock;
    private final Consumer<String> notices;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    /**
     * A router over the hosted channels.
     *
     * @param vault    says which channel each participant is on
     * @param channels the hosted channels by the vault's channel name
     * @param metrics  counts deliveries per channel
     * @param clock    times the wait for a channel that is not hosted
     * @param notices  told once per channel that is needed but not hosted
     */
    ChannelRouter(
            IdentityVault vault,
            Map<String, Channel> channels,
            ServeMetrics metrics,
            Clock clock,
            Consumer<String> notices) {
        this.vault = Objects.requireNonNull(vault, "vault");
        this.channels = Map.copyOf(channels);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        Optional<String> name = vault.identityOf(envelope.to()).map(i -> i.channel());
        if (name.isEmpty()) {
            return Delivery.blocked();
        }
        Channel channel = channels.get(name.get());
        Delivery delivery;
        if (channel == null) {
            if (missing.add(name.get())) {
                notices.accept("Participants on " + name.get() + " wait: this server does not host that channel now.");
            }
            delivery = Delivery.deferred(clock.instant().plus(NOT_HOSTED_WAIT));
        } else {
            delivery = channel.deliver(envelope);
        }
        metrics.delivered(name.get(), delivery);
        return delivery;
    }

    /** Names the channels hosted. */
    @Override
    public String toString() {
        return "ChannelRouter" + channels.keySet();
    }
}
