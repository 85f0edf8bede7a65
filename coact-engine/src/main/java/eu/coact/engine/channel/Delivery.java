package eu.coact.engine.channel;

import java.time.Instant;
import java.util.Objects;

/** What happened to a message handed to a channel. */
public sealed interface Delivery permits Delivery.Delivered, Delivery.Blocked, Delivery.Failed, Delivery.Deferred {

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

    /**
     * Not sent yet because the platform asked to wait (a rate limit): the engine sends it again
     * once {@code notBefore} has passed, and the wait never counts as a failed attempt.
     *
     * @param notBefore when the platform accepts messages to this participant again
     * @return the deferral
     */
    static Delivery deferred(Instant notBefore) {
        return new Deferred(notBefore);
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

    /**
     * A wait the platform asked for.
     *
     * @param notBefore when to send again
     */
    record Deferred(Instant notBefore) implements Delivery {
        /** Checks presence. */
        public Deferred {
            Objects.requireNonNull(notBefore, "notBefore");
        }
    }
}
