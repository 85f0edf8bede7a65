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
 * their identity). Someone the vault no longer knows is {@link Delivery#blocked()}. Someone on a
 * channel this process does not host now (the server was started without the bot token) is
 * {@link Delivery#deferred deferred} by an hour, which costs them no attempt: they are not paused
 * as unreachable for the operator's omission, and hear again once the channel is back. The hosted
 * channels come metered; those waits are counted here, per channel.
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
     * @param channels the hosted channels by the vault's channel name, each metered
     * @param metrics  counts the waits of participants whose channel is not hosted
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
        if (channel != null) {
            return channel.deliver(envelope);
        }
        if (missing.add(name.get())) {
            notices.accept("Participants on " + name.get() + " wait: this server does not host that channel now.");
        }
        Delivery deferred = Delivery.deferred(clock.instant().plus(NOT_HOSTED_WAIT));
        // The hosted channels are metered themselves; this wait is counted here.
        metrics.delivered(name.get(), deferred, 0);
        return deferred;
    }

    /** Names the channels hosted. */
    @Override
    public String toString() {
        return "ChannelRouter" + channels.keySet();
    }
}
