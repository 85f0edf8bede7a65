package eu.coact.consent;

import eu.coact.core.ChannelName;

/**
 * The kind of channel through which a transition happened, e.g. {@code telegram}, {@code web},
 * {@code console} or {@code paper}. It names a kind of channel, never a person's address on it:
 * channel identities stay in the identity vault.
 *
 * @param name a channel name by the one rule of {@link ChannelName}
 */
public record Channel(String name) {

    /** Validates the name by the rule of {@link ChannelName}. */
    public Channel {
        name = ChannelName.of(name).value();
    }

    /** The channel kind called {@code name}. */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
