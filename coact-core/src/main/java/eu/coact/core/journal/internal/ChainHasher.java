package eu.coact.core.journal.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Computes the digests that {@link ChainHash} defines without allocating: the input of an entry
 * hash is laid out in a reused buffer and hashed in one call, and digests are written straight
 * into the caller's array (a journal writes them into the frame it is building). Not
 * thread-safe: each thread or writer keeps its own.
 */
public final class ChainHasher {

    private static final byte[] PAYLOAD_DOMAIN = "coact.journal.payload.v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTRY_DOMAIN = "coact.journal.entry.v1".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH = 32;
    // Domain, previous hash, the fixed fields and the digest, plus room for a subject and a type
    // written as plain ASCII (what pseudonyms and event types are); anything longer goes through
    // a larger buffer made on demand.
    private static final int FIXED_INPUT = ENTRY_DOMAIN.length + HASH + 8 + 8 + 4 + 4 + 4 + HASH;

    private final MessageDigest sha = ChainHash.sha256();
    private byte[] input = new byte[FIXED_INPUT + 256];

    /** A hasher with its own digest instance and buffer. */
    public ChainHasher() {}

    /**
     * Writes the salted digest of a payload ({@code SHA-256(domain || salt || payload)}) into
     * {@code out} at {@code outOffset}.
     */
    public void payloadDigest(byte[] salt, int saltOffset, byte[] payload, byte[] out, int outOffset) {
        sha.update(PAYLOAD_DOMAIN);
        sha.update(salt, saltOffset, ChainHash.SALT_LENGTH);
        sha.update(payload);
        finish(out, outOffset);
    }

    /**
     * Writes the hash of an entry into {@code out} at {@code outOffset}; see {@link ChainHash}
     * for what it covers.
     *
     * @param subject the subject's pseudonym, or null for an entry about nobody
     */
    public void entryHash(
            byte[] previous,
            int previousOffset,
            long sequence,
            long epochSecond,
            int nano,
            String subject,
            String type,
            byte[] digest,
            int digestOffset,
            byte[] out,
            int outOffset) {
        String who = subject == null ? "" : subject;
        int subjectLength = Ascii.encodedLength(who);
        int typeLength = Ascii.encodedLength(type);
        int length = FIXED_INPUT + subjectLength + typeLength;
        if (input.length < length) {
            input = new byte[length];
        }
        byte[] in = input;
        System.arraycopy(ENTRY_DOMAIN, 0, in, 0, ENTRY_DOMAIN.length);
        int at = ENTRY_DOMAIN.length;
        System.arraycopy(previous, previousOffset, in, at, HASH);
        at += HASH;
        Ascii.putLong(in, at, sequence);
        Ascii.putLong(in, at + 8, epochSecond);
        Ascii.putInt(in, at + 16, nano);
        Ascii.putInt(in, at + 20, subjectLength);
        Ascii.putInt(in, at + 24, typeLength);
        at += 28;
        at = Ascii.put(who, in, at);
        at = Ascii.put(type, in, at);
        System.arraycopy(digest, digestOffset, in, at, HASH);
        sha.update(in, 0, at + HASH);
        finish(out, outOffset);
    }

    private void finish(byte[] out, int offset) {
        try {
            sha.digest(out, offset, HASH);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("a SHA-256 digest did not fit its 32 bytes", e);
        }
    }
}
