package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

/**
 * Where an identifier was found: {@code [start, end)} in the text, and its kind.
 *
 * @param start first character
 * @param end   one past the last character
 * @param kind  what it is
 */
public record Span(int start, int end, IdentifierKind kind) {

    /** Requires a non-empty range. */
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span covers at least one character");
        }
    }

    /**
     * How many characters it covers.
     *
     * @return the length
     */
    public int length() {
        return end - start;
    }
}
