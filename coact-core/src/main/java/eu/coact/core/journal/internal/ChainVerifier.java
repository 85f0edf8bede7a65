package eu.coact.core.journal.internal;

import eu.coact.core.journal.Verification;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Checks records one by one, in storage order, against the chain definition in
 * {@link ChainHash}; remembers the first failure.
 */
public final class ChainVerifier {

    private byte[] previousHash = ChainHash.GENESIS;
    private long expectedSequence = 1;
    private Verification.Broken broken;

    /**
     * Checks the next record.
     *
     * @param record the record as stored
     * @return false once the chain is broken (further records are ignored)
     */
    public boolean accept(StoredRecord record) {
        if (broken != null) {
            return false;
        }
        if (record.sequence() != expectedSequence) {
            return fail(
                    expectedSequence,
                    "expected entry #" + expectedSequence + " but found #" + record.sequence()
                            + " (an entry was dropped, inserted or moved)");
        }
        if (!MessageDigest.isEqual(record.previousHash(), previousHash)) {
            return fail(record.sequence(), "does not link to the entry before it");
        }
        if (!record.redacted()) {
            if (record.salt() == null
                    || !MessageDigest.isEqual(
                            ChainHash.payloadDigest(record.salt(), record.payload()), record.payloadDigest())) {
                return fail(record.sequence(), "payload does not match its digest (the payload was modified)");
            }
        }
        byte[] expected = ChainHash.entryHash(
                previousHash,
                record.sequence(),
                record.at(),
                Optional.ofNullable(record.subject()),
                record.type(),
                record.payloadDigest());
        if (!MessageDigest.isEqual(expected, record.hash())) {
            return fail(record.sequence(), "hash does not match its content (the entry was modified)");
        }
        previousHash = record.hash();
        expectedSequence++;
        return true;
    }

    /** Marks the chain broken at an entry for a reason found outside the record itself. */
    public boolean fail(long sequence, String reason) {
        if (broken == null) {
            broken = new Verification.Broken(sequence, reason);
        }
        return false;
    }

    /** The result so far. */
    public Verification result() {
        return broken != null ? broken : new Verification.Intact(expectedSequence - 1);
    }
}
