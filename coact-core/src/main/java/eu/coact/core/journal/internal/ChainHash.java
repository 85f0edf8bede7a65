package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
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

    private static final SecureRandom RANDOM = new SecureRandom();
    // Looking up a MessageDigest costs more than hashing a small record; each thread keeps one
    // (digest() resets it, so it is always clean when handed out).
    private static final ThreadLocal<ChainHasher> LOCAL = ThreadLocal.withInitial(ChainHasher::new);

    private ChainHash() {}

    /** A fresh random salt for one payload. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** Fresh random salts for a batch of payloads, one after the other in one array. */
    public static byte[] newSaltBlock(int count) {
        byte[] salts = new byte[SALT_LENGTH * count];
        RANDOM.nextBytes(salts);
        return salts;
    }

    /** This thread's hasher (digest instance and buffers are reused, never shared between threads). */
    public static ChainHasher localHasher() {
        return LOCAL.get();
    }

    /** The salted digest of a payload. */
    public static byte[] payloadDigest(byte[] salt, byte[] payload) {
        byte[] digest = new byte[32];
        LOCAL.get().payloadDigest(salt, 0, payload, digest, 0);
        return digest;
    }

    /** The hash of an entry, linking it to the previous one. */
    public static byte[] entryHash(
            byte[] previousHash,
            long sequence,
            Instant at,
            Optional<Pseudonym> subject,
            String type,
            byte[] payloadDigest) {
        byte[] hash = new byte[32];
        LOCAL.get()
                .entryHash(
                        previousHash,
                        0,
                        sequence,
                        at.getEpochSecond(),
                        at.getNano(),
                        subject.map(Pseudonym::value).orElse(null),
                        type,
                        payloadDigest,
                        0,
                        hash,
                        0);
        return hash;
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
