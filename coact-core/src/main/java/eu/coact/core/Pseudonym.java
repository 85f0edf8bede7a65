package eu.coact.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a participant that does not reveal who they are. Pseudonyms are
 * made by {@code coact-anonymise} from a channel identity with a secret key; this type only
 * carries them. They are URL-safe (letters, digits, {@code -} and {@code _}), 16 to 128
 * characters long — long enough that a raw phone number or chat id is not mistaken for one.
 *
 * @param value the pseudonym text
 */
public record Pseudonym(String value) implements Comparable<Pseudonym> {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    /** Validates the shape, without quoting the value (it might be an identity by mistake). */
    public Pseudonym {
        Objects.requireNonNull(value, "pseudonym");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a pseudonym has 16 to 128 URL-safe characters (letters, digits, '-', '_')");
        }
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
