package eu.coact.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one rule for naming a kind of channel ({@code telegram}, {@code web}, {@code console},
 * {@code paper}), shared by the consent ledger's transitions and the identity vault's channel
 * identities, so that a name one accepts the other accepts too. Immutable; never null.
 *
 * @param value lower-case words of letters and digits joined by single dashes, starting with a
 *              letter, at most {@link #MAX_LENGTH} characters
 */
public record ChannelName(String value) {

    /** The longest channel name. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates the name; throws {@link IllegalArgumentException} saying the rule. */
    public ChannelName {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a channel name is lower-case words of letters and digits joined by "
                    + "'-', starting with a letter, at most " + MAX_LENGTH + " characters, e.g. 'telegram'");
        }
    }

    /**
     * The channel name written as {@code value}.
     *
     * @param value the name
     * @return the name
     */
    public static ChannelName of(String value) {
        return new ChannelName(value);
    }

    /**
     * Whether {@code value} follows the rule, for readers that report a problem instead of throwing.
     *
     * @param value the candidate
     * @return true when it is a valid channel name
     */
    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && NAME.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
