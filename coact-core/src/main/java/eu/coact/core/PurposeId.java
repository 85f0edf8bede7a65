package eu.coact.core;

import eu.coact.core.internal.IdRules;

/**
 * Names a purpose a participant can consent to, e.g. {@code publish-open-data}.
 *
 * @param value the id as written; not blank, at most 200 characters, Unicode NFC, no control
 *              characters or surrounding spaces
 */
public record PurposeId(String value) implements Comparable<PurposeId> {

    /** Validates the id; throws {@link IllegalArgumentException} with a readable reason. */
    public PurposeId {
        IdRules.check("purpose id", value);
    }

    /** The purpose id written as {@code value}. */
    public static PurposeId of(String value) {
        return new PurposeId(value);
    }

    @Override
    public int compareTo(PurposeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
