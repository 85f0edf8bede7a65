package eu.coact.core;

import eu.coact.core.internal.IdRules;

/**
 * Names one message inside a content block, e.g. {@code q1} or {@code 6-ca}.
 *
 * @param value the id as written; not blank, at most 200 characters, Unicode NFC, no control
 *              characters or surrounding spaces
 */
public record MessageId(String value) implements Comparable<MessageId> {

    /** Validates the id; throws {@link IllegalArgumentException} with a readable reason. */
    public MessageId {
        IdRules.check("message id", value);
    }

    /** The message id written as {@code value}. */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public int compareTo(MessageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
