package eu.coact.consent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of channel through which a transition happened, e.g. {@code telegram}, {@code web},
 * {@code console} or {@code paper}. It names a kind of channel, never a person's address on it:
 * channel identities stay in the identity vault.
 *
 * @param name lower-case letters, digits and dashes, at most 40 characters
 */
public record Channel(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates the name. */
    public Channel {
        Objects.requireNonNull(name, "name");
        if (name.length() > 40 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a channel name is lower-case words joined by '-', at most 40 characters, e.g. 'telegram'");
        }
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
