package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored entry of a {@link Journal}: the event, its sequence number, and its place in the
 * hash chain. A redacted entry has no payload any more but keeps its payload digest, so the
 * chain still verifies and the fact that something was erased stays provable.
 */
public final class JournalEntry {

    private final long sequence;
    private final Instant at;
    private final Pseudonym subject;
    private final String type;
    private final byte[] payload;
    private final byte[] payloadDigest;
    private final byte[] previousHash;
    private final byte[] hash;

    /**
     * Assembles an entry as a journal stored it. Journal stores outside this module call this
     * (the SDK's own use an internal factory); users read entries and do not make them. An entry
     * whose payload was erased is assembled with an empty payload and then
     * {@link #withoutPayload()}.
     *
     * @param sequence      1-based position in the journal
     * @param event         the event as appended: when, about whom, its type and payload
     * @param payloadDigest the salted SHA-256 digest of the payload
     * @param previousHash  the hash of the entry before (all zero for the first)
     * @param hash          this entry's hash
     */
    public JournalEntry(long sequence, JournalEvent event, byte[] payloadDigest, byte[] previousHash, byte[] hash) {
        this(
                firstIsOne(sequence),
                event.at(),
                event.subject().orElse(null),
                event.type(),
                event.payload(),
                payloadDigest.clone(),
                previousHash.clone(),
                hash.clone());
    }

    private static long firstIsOne(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        return sequence;
    }

    static {
        eu.coact.core.journal.internal.EntryFactory.install(JournalEntry::new);
    }

    /** Takes ownership of the arrays: only for this module's journals (see EntryFactory). */
    private JournalEntry(
            long sequence,
            Instant at,
            Pseudonym subject,
            String type,
            byte[] payload,
            byte[] payloadDigest,
            byte[] previousHash,
            byte[] hash) {
        this.sequence = sequence;
        this.at = at;
        this.subject = subject;
        this.type = type;
        this.payload = payload;
        this.payloadDigest = payloadDigest;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    /** The 1-based position of this entry in the journal. */
    public long sequence() {
        return sequence;
    }

    /** When the event happened. */
    public Instant at() {
        return at;
    }

    /** Whom it is about, if anyone. */
    public Optional<Pseudonym> subject() {
        return Optional.ofNullable(subject);
    }

    /** The event type. */
    public String type() {
        return type;
    }

    /** A copy of the payload, or empty if the entry was redacted. */
    public Optional<byte[]> payload() {
        return payload == null ? Optional.empty() : Optional.of(payload.clone());
    }

    /**
     * The payload as a read-only view of the stored bytes, or empty if the entry was redacted.
     * Unlike {@link #payload()} it copies nothing, which matters to readers that replay millions
     * of entries.
     */
    public Optional<ByteBuffer> payloadBuffer() {
        return payload == null
                ? Optional.empty()
                : Optional.of(ByteBuffer.wrap(payload).asReadOnlyBuffer());
    }

    /**
     * This entry as redaction leaves it: the payload erased, its digest and the hashes kept, so
     * the chain still verifies.
     */
    public JournalEntry withoutPayload() {
        return new JournalEntry(sequence, at, subject, type, null, payloadDigest, previousHash, hash);
    }

    /** True when the payload was erased. */
    public boolean isRedacted() {
        return payload == null;
    }

    /** The salted digest of the payload (kept after redaction). */
    public byte[] payloadDigest() {
        return payloadDigest.clone();
    }

    /** The hash of the previous entry. */
    public byte[] previousHash() {
        return previousHash.clone();
    }

    /** This entry's hash, which the next entry links to. */
    public byte[] hash() {
        return hash.clone();
    }

    /** The event this entry holds, if it was not redacted. */
    public Optional<JournalEvent> event() {
        if (payload == null) {
            return Optional.empty();
        }
        return Optional.of(
                subject == null ? JournalEvent.of(at, type, payload) : JournalEvent.about(subject, at, type, payload));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry other
                && sequence == other.sequence
                && at.equals(other.at)
                && Objects.equals(subject, other.subject)
                && type.equals(other.type)
                && Arrays.equals(payload, other.payload)
                && Arrays.equals(payloadDigest, other.payloadDigest)
                && Arrays.equals(previousHash, other.previousHash)
                && Arrays.equals(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(hash);
    }

    /** Sequence, type and hash prefix only; never the payload. */
    @Override
    public String toString() {
        return "JournalEntry[#" + sequence + " " + type + (payload == null ? " (redacted)" : "") + " "
                + HexFormat.of().formatHex(hash, 0, 6) + "…]";
    }
}
