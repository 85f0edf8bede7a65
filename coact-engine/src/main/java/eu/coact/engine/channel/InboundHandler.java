package eu.coact.engine.channel;

/** Receives participants' replies from a channel; the conversation engine is one. */
@FunctionalInterface
public interface InboundHandler {

    /**
     * Handles one reply.
     *
     * @param inbound the reply
     */
    void receive(Inbound inbound);
}
