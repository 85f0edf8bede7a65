package eu.coact.core;

import eu.coact.core.internal.IdRules;

/**
 * Names a study, e.g. {@code coact-mental-health}.
 *
 * @param value the id as written; not blank, at most 200 characters, Unicode NFC, no control
 *              characters or surrounding spaces
 */
public record StudyId(String value) implements Comparable<StudyId> {

    /** Validates the id; throws {@link IllegalArgumentException} with a readable reason. */
    public StudyId {
        IdRules.check("study id", value);
    }

    /** The study id written as {@code value}. */
    public static StudyId of(String value) {
        return new StudyId(value);
    }

    @Override
    public int compareTo(StudyId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
