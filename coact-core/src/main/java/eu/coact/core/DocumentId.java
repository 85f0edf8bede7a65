package eu.coact.core;

import eu.coact.core.internal.IdRules;

/**
 * Names a document, such as a consent document, independently of its version.
 *
 * @param value the id as written; not blank, at most 200 characters, Unicode NFC, no control
 *              characters or surrounding spaces
 */
public record DocumentId(String value) implements Comparable<DocumentId> {

    /** Validates the id; throws {@link IllegalArgumentException} with a readable reason. */
    public DocumentId {
        IdRules.check("document id", value);
    }

    /** The document id written as {@code value}. */
    public static DocumentId of(String value) {
        return new DocumentId(value);
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
