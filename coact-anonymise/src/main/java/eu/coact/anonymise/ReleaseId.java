package eu.coact.anonymise;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one open-data release of a study, e.g. {@code 2026-wave-1}.
 *
 * @param value 1 to 100 characters: letters, digits, {@code .}, {@code _} and {@code -}
 */
public record ReleaseId(String value) implements Comparable<ReleaseId> {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** Validates the shape. */
    public ReleaseId {
        Objects.requireNonNull(value, "release id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a release id has 1 to 100 letters, digits, '.', '_' or '-'," + " starting with a letter or digit");
        }
    }

    /**
     * The release id written as {@code value}.
     *
     * @param value the id
     * @return the release id
     */
    public static ReleaseId of(String value) {
        return new ReleaseId(value);
    }

    @Override
    public int compareTo(ReleaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
