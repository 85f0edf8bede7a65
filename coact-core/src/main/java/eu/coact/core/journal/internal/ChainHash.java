package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The hash-chain definition every journal implementation shares, so that a journal copied from
 * one store to another still verifies.
 *
 * <pre>
 * payloadDigest = SHA-256("coact.journal.payload.v1" || salt[16] || payload)
 * entryHash     = SHA-256("coact.journal.entry.v1" || previousHash[32] || sequence[8]
 *                         || epochSecond[8] || nano[4] || len+subject || len+type || payloadDigest[32])
 * </pre>
 *
 * <p>The payload digest is salted with 16 random bytes stored beside the payload and erased with
 * it: without the salt, a redacted low-entropy payload (a "yes" or a postcode) could be
 * recovered by hashing candidates and comparing digests.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final byte[] GENESIS = new byte[32];
    /** Length of the per-entry payload salt. */
    public static final int SALT_LENGTH = 16;

    private static final byte[] PAYLOAD_DOMAIN = "coact.journal.payload.v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTRY_DOMAIN = "coact.journal.entry.v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    // Looking up a MessageDigest costs more than hashing a small record; each thread keeps one
    // (digest() resets it, so it is always clean when handed out).
    private static final ThreadLocal<MessageDigest> LOCAL_SHA = ThreadLocal.withInitial(ChainHash::sha256);

    private ChainHash() {
    }

    /** A fresh random salt for one payload. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Fresh random salts for a batch of payloads, drawn from the generator in one call. */
    public static byte[][] newSalts(int count) {
        byte[] random = new byte[SALT_LENGTH * count];
        RANDOM.nextBytes(random);
        byte[][] salts = new byte[count][];
        for (int i = 0; i < count; i++) {
            salts[i] = Arrays.copyOfRange(random, i * SALT_LENGTH, (i + 1) * SALT_LENGTH);
        }
        Arrays.fill(random, (byte) 0);
        return salts;
    }

    /** The salted digest of a payload. */
    public static byte[] payloadDigest(byte[] salt, byte[] payload) {
        MessageDigest sha = LOCAL_SHA.get();
        sha.update(PAYLOAD_DOMAIN);
        sha.update(salt);
        sha.update(payload);
        return sha.digest();
    }

    /** The hash of an entry, linking it to the previous one. */
    public static byte[] entryHash(byte[] previousHash, long sequence, Instant at, Optional<Pseudonym> subject,
            String type, byte[] payloadDigest) {
        byte[] subjectBytes = subject.map(s -> s.value().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        byte[] typeBytes = type.getBytes(StandardCharsets.UTF_8);
        ByteBuffer fixed = ByteBuffer.allocate(8 + 8 + 4 + 4 + 4);
        fixed.putLong(sequence).putLong(at.getEpochSecond()).putInt(at.getNano())
                .putInt(subjectBytes.length).putInt(typeBytes.length);
        MessageDigest sha = LOCAL_SHA.get();
        sha.update(ENTRY_DOMAIN);
        sha.update(previousHash);
        sha.update(fixed.array());
        sha.update(subjectBytes);
        sha.update(typeBytes);
        sha.update(payloadDigest);
        return sha.digest();
    }

    /** A SHA-256 digest instance; every JDK has one. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
