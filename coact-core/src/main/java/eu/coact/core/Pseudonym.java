package eu.coact.core;

import java.util.Objects;

/**
 * The stable identifier of a participant that does not reveal who they are. Pseudonyms are
 * made by {@code coact-anonymise} from a channel identity with a secret key; this type only
 * carries them. They are URL-safe (letters, digits, {@code -} and {@code _}), 16 to 128
 * characters long — long enough that a raw phone number or chat id is not mistaken for one.
 *
 * @param value the pseudonym text
 */
public record Pseudonym(String value) implements Comparable<Pseudonym> {

    private static final int MIN_LENGTH = 16;
    private static final int MAX_LENGTH = 128;

    /** Validates the shape, without quoting the value (it might be an identity by mistake). */
    public Pseudonym {
        Objects.requireNonNull(value, "pseudonym");
        if (!hasShape(value)) {
            throw new IllegalArgumentException(
                    "a pseudonym has 16 to 128 URL-safe characters (letters, digits, '-', '_')");
        }
    }

    // A loop rather than a regular expression: pseudonyms are made a million times a second,
    // and a regex match costs more than the HMAC that makes the pseudonym.
    private static boolean hasShape(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Wraps a pseudonym made elsewhere. */
    public static Pseudonym of(String value) {
        return new Pseudonym(value);
    }

    @Override
    public int compareTo(Pseudonym other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
