package eu.coact.engine.channel;

/**
 * Where the engine's messages go: a chat platform, a web page, a terminal or a simulation. A
 * channel knows how to reach a pseudonym (it keeps, or asks the identity vault for, the channel
 * address); the engine never sees that address.
 *
 * <p>Implementations must not block for long: a slow platform call belongs on the channel's own
 * threads, reporting {@link Delivery#failed(String)} when it cannot be made now.
 */
@FunctionalInterface
public interface Channel {

    /**
     * Sends one message.
     *
     * @param envelope the recipient, the message and where its text comes from
     * @return delivered, blocked by the participant, or a transient failure worth retrying
     */
    Delivery deliver(Envelope envelope);
}
