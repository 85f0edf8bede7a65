package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import java.time.Instant;

/**
 * An entry as a journal stores it, including the payload salt that users never see. Salt and
 * payload are both null once the entry is redacted.
 *
 * @param sequence      1-based position
 * @param at            when the event happened
 * @param subject       the participant, or null
 * @param type          the event type
 * @param salt          the payload salt, or null when redacted
 * @param payload       the payload, or null when redacted
 * @param payloadDigest the salted payload digest
 * @param previousHash  the previous entry's hash
 * @param hash          this entry's hash
 */
public record StoredRecord(
        long sequence,
        Instant at,
        Pseudonym subject,
        String type,
        byte[] salt,
        byte[] payload,
        byte[] payloadDigest,
        byte[] previousHash,
        byte[] hash) {

    /** Seals a new event as the entry after {@code previousHash}. */
    public static StoredRecord seal(long sequence, JournalEvent event, byte[] previousHash) {
        byte[] salt = ChainHash.newSalt();
        return seal(sequence, event, salt, ChainHash.payloadDigest(salt, event.payload()), previousHash);
    }

    /**
     * Seals a new event whose salt and payload digest were computed beforehand (by the appending
     * thread, outside the journal's write lock).
     */
    public static StoredRecord seal(
            long sequence, JournalEvent event, byte[] salt, byte[] digest, byte[] previousHash) {
        byte[] payload = event.payload();
        byte[] hash = ChainHash.entryHash(previousHash, sequence, event.at(), event.subject(), event.type(), digest);
        return new StoredRecord(
                sequence,
                event.at(),
                event.subject().orElse(null),
                event.type(),
                salt,
                payload,
                digest,
                previousHash,
                hash);
    }

    /** True once the payload is erased. */
    public boolean redacted() {
        return payload == null;
    }

    /** The same record without salt and payload. */
    public StoredRecord redact() {
        return new StoredRecord(sequence, at, subject, type, null, null, payloadDigest, previousHash, hash);
    }

    /**
     * The same record carrying other payload bytes, its digest and hashes unchanged: what someone
     * editing the stored bytes would produce (the verification tests' tampering).
     */
    public StoredRecord withPayload(byte[] otherPayload) {
        return new StoredRecord(sequence, at, subject, type, salt, otherPayload, payloadDigest, previousHash, hash);
    }

    /** The same record with another event type, its hashes unchanged (tampering, as {@link #withPayload}). */
    public StoredRecord withType(String otherType) {
        return new StoredRecord(sequence, at, subject, otherType, salt, payload, payloadDigest, previousHash, hash);
    }

    /** The same record with another time, its hashes unchanged (tampering, as {@link #withPayload}). */
    public StoredRecord withAt(Instant otherAt) {
        return new StoredRecord(sequence, otherAt, subject, type, salt, payload, payloadDigest, previousHash, hash);
    }

    /** The public view of this record. */
    public JournalEntry toEntry() {
        return EntryFactory.maker().make(sequence, at, subject, type, payload, payloadDigest, previousHash, hash);
    }
}
