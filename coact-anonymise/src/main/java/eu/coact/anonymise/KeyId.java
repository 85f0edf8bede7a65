package eu.coact.anonymise;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a secret key, e.g. {@code 2026-11}, so that a key ring, a keystore and a rotation plan
 * can talk about a key without holding it. A key id is not secret.
 *
 * @param value 1 to 64 characters: lower-case letters, digits, {@code .}, {@code _} and
 *              {@code -}, starting with a letter or digit
 */
public record KeyId(String value) implements Comparable<KeyId> {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Validates the shape. */
    public KeyId {
        Objects.requireNonNull(value, "key id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a key id has 1 to 64 characters: lower-case letters,"
                    + " digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /**
     * The key id written as {@code value}.
     *
     * @param value the id
     * @return the key id
     */
    public static KeyId of(String value) {
        return new KeyId(value);
    }

    @Override
    public int compareTo(KeyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
