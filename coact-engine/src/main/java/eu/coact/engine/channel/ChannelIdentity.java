package eu.coact.engine.channel;

import java.util.Objects;

/**
 * How a platform addresses a person (a chat id, a phone number, an e-mail address). It exists
 * only at the channel boundary, where {@link ChannelPseudonyms} turns it into a pseudonym; its
 * {@link #toString()} never shows the address.
 *
 * @param channel the platform, e.g. {@code telegram}
 * @param address the address on that platform
 */
public record ChannelIdentity(String channel, String address) {

    /** Checks presence. */
    public ChannelIdentity {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        if (channel.isBlank() || address.isBlank()) {
            throw new IllegalArgumentException("a channel identity needs a channel and an address");
        }
    }

    /** Names the channel only. */
    @Override
    public String toString() {
        return "ChannelIdentity[" + channel + ", address hidden]";
    }
}
