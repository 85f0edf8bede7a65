package eu.coact.engine.channel;

import java.util.Objects;

/** What happened to a message handed to a channel. */
public sealed interface Delivery permits Delivery.Delivered, Delivery.Blocked, Delivery.Failed {

    /** The message reached the platform. */
    static Delivery delivered() {
        return Delivered.INSTANCE;
    }

    /** The participant blocked the bot or left the platform: the engine pauses them. */
    static Delivery blocked() {
        return Blocked.INSTANCE;
    }

    /**
     * A failure that may pass (network, rate limit): the engine retries with backoff.
     *
     * @param reason a short technical reason, without any address or message text
     * @return the failure
     */
    static Delivery failed(String reason) {
        return new Failed(reason);
    }

    /** Delivered. */
    enum Delivered implements Delivery {
        /** The only instance. */
        INSTANCE
    }

    /** Blocked by the participant. */
    enum Blocked implements Delivery {
        /** The only instance. */
        INSTANCE
    }

    /**
     * A transient failure.
     *
     * @param reason a short technical reason
     */
    record Failed(String reason) implements Delivery {
        /** Checks presence. */
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
