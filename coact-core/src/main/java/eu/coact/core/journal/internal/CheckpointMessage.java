package eu.coact.core.journal.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;

/**
 * What a checkpoint signs, and the digest of a redaction state:
 *
 * <pre>
 * message         = "coact.journal.checkpoint.v1" || sequence[8] || hash[32] || redactedEntries[8] || redactionDigest[32]
 * redactionDigest = SHA-256("coact.journal.redactions.v1" || sequence[8] of every redacted entry, ascending)
 * </pre>
 */
public final class CheckpointMessage {

    private static final byte[] DOMAIN = "coact.journal.checkpoint.v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REDACTIONS = "coact.journal.redactions.v1".getBytes(StandardCharsets.US_ASCII);

    private CheckpointMessage() {}

    /** The bytes a checkpoint's signature covers. */
    public static byte[] of(long sequence, byte[] hash, long redactedEntries, byte[] redactionDigest) {
        return ByteBuffer.allocate(DOMAIN.length + 8 + 32 + 8 + 32)
                .put(DOMAIN)
                .putLong(sequence)
                .put(hash)
                .putLong(redactedEntries)
                .put(redactionDigest)
                .array();
    }

    /** The digest of a set of redacted sequence numbers, given in ascending order. */
    public static byte[] redactionDigest(Collection<Long> ascending) {
        MessageDigest sha = ChainHash.sha256();
        sha.update(REDACTIONS);
        ByteBuffer one = ByteBuffer.allocate(8);
        for (long sequence : ascending) {
            sha.update(one.clear().putLong(sequence).array());
        }
        return sha.digest();
    }
}
