package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact to append to a {@link Journal}: when it happened, whom it is about (a pseudonym, never
 * an identity), what kind of fact it is, and its payload (usually a small JSON document).
 * Immutable; the payload is copied in and out.
 */
public final class JournalEvent {

    /** Longest event type name. */
    public static final int MAX_TYPE_LENGTH = 100;
    /** Largest payload, in bytes: journal events are facts, not files. */
    public static final int MAX_PAYLOAD_BYTES = 1 << 20;

    private final Instant at;
    private final Pseudonym subject;
    private final String type;
    private final byte[] payload;

    private JournalEvent(Instant at, Pseudonym subject, String type, byte[] payload) {
        this.at = Objects.requireNonNull(at, "at");
        this.subject = subject;
        this.type = Objects.requireNonNull(type, "type");
        if (type.length() > MAX_TYPE_LENGTH || !isTypeName(type)) {
            throw new IllegalArgumentException(
                    "an event type is lower case words joined by '.', '-' or '_', at most 100 characters: " + type);
        }
        Objects.requireNonNull(payload, "payload");
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("an event payload has at most " + MAX_PAYLOAD_BYTES + " bytes");
        }
        this.payload = payload.clone();
    }

    /**
     * Lower-case words of letters and digits joined by single '.', '-' or '_', starting with a
     * letter: {@code [a-z][a-z0-9]*([._-][a-z0-9]+)*}, checked by hand because it runs for every
     * event and a regular expression costs more than the rest of the constructor.
     */
    static boolean isTypeName(String type) {
        if (type.isEmpty() || type.charAt(0) < 'a' || type.charAt(0) > 'z') {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (word) {
                afterSeparator = false;
            } else if ((c == '.' || c == '-' || c == '_') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    /**
     * A fact about the study as a whole (not about one participant).
     *
     * @param at      when it happened
     * @param type    its kind, e.g. {@code study.document-published}
     * @param payload its content
     * @return the event
     */
    public static JournalEvent of(Instant at, String type, byte[] payload) {
        return new JournalEvent(at, null, type, payload);
    }

    /**
     * A fact about one participant; erasing that participant redacts it.
     *
     * @param at      when it happened
     * @param subject the participant's pseudonym
     * @param type    its kind, e.g. {@code consent.granted}
     * @param payload its content
     * @return the event
     */
    public static JournalEvent about(Pseudonym subject, Instant at, String type, byte[] payload) {
        return new JournalEvent(at, Objects.requireNonNull(subject, "subject"), type, payload);
    }

    /** When it happened. */
    public Instant at() {
        return at;
    }

    /** Whom it is about, if it is about one participant. */
    public Optional<Pseudonym> subject() {
        return Optional.ofNullable(subject);
    }

    /** Its kind. */
    public String type() {
        return type;
    }

    /** A copy of its payload. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as stored, not copied: only this package's journals read it, and never change it. */
    byte[] payloadBytes() {
        return payload;
    }

    /** The subject, or null for an event about nobody; for this package's journals. */
    Pseudonym subjectOrNull() {
        return subject;
    }

    /** The payload's length, without copying it. */
    public int payloadLength() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEvent other
                && at.equals(other.at)
                && Objects.equals(subject, other.subject)
                && type.equals(other.type)
                && Arrays.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, subject, type, Arrays.hashCode(payload));
    }

    /** Names the type and size only: payloads may hold answers, which do not belong in logs. */
    @Override
    public String toString() {
        return "JournalEvent[" + type + " at " + at + ", " + payload.length + " bytes]";
    }
}
