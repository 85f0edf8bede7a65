package eu.coact.anonymise.internal;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA-256 (RFC 2104) with the inner and outer key blocks hashed once, when the key is
 * set. The JDK's {@code Mac} hashes both pad blocks again for every message, which doubles the
 * work for short inputs such as an identity; here each message costs two compressions plus two
 * clones of a digest state. The JDK digest is used because its compression function is an
 * intrinsic (SHA extensions) that beats Bouncy Castle's pure-Java one: the benchmarks in
 * {@code eu.coact.benchmarks.pseudonyms} compare the three.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class HmacSha256 {

    /** Length of a MAC in bytes. */
    public static final int LENGTH = 32;

    private static final int BLOCK = 64;

    private final MessageDigest innerStart;
    private final MessageDigest outerStart;
    private final byte[] innerHash = new byte[LENGTH];

    /**
     * Precomputes the pad states for a key.
     *
     * @param key the secret; any length (longer than a block is hashed first, as RFC 2104 says)
     */
    public HmacSha256(byte[] key) {
        byte[] block = new byte[BLOCK];
        byte[] k = key.length > BLOCK ? newDigest().digest(key) : key;
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x36);
        }
        innerStart = newDigest();
        innerStart.update(pad);
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x5c);
        }
        outerStart = newDigest();
        outerStart.update(pad);
        Arrays.fill(block, (byte) 0);
        Arrays.fill(pad, (byte) 0);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /**
     * Computes the MAC of a message.
     *
     * @param message the bytes to authenticate
     * @return a new 32-byte MAC
     */
    public byte[] mac(byte[] message) {
        byte[] out = new byte[LENGTH];
        mac(message, 0, message.length, out, 0);
        return out;
    }

    /**
     * Computes the MAC of part of an array into another array.
     *
     * @param message the bytes
     * @param offset  where the message starts
     * @param length  how long it is
     * @param out     where to write the 32-byte MAC
     * @param outOffset where in {@code out}
     */
    public void mac(byte[] message, int offset, int length, byte[] out, int outOffset) {
        try {
            MessageDigest inner = (MessageDigest) innerStart.clone();
            inner.update(message, offset, length);
            inner.digest(innerHash, 0, LENGTH);
            MessageDigest outer = (MessageDigest) outerStart.clone();
            outer.update(innerHash, 0, LENGTH);
            outer.digest(out, outOffset, LENGTH);
        } catch (CloneNotSupportedException | DigestException e) {
            throw new IllegalStateException("the SHA-256 digest of this runtime cannot be reused", e);
        }
    }
}
