package eu.coact.anonymise;

import eu.coact.anonymise.internal.StrongRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A secret key for pseudonyms, release pseudonyms, reversible tokens and the identity vault:
 * 32 to 64 random bytes with a {@link KeyId}. Generate one with {@link #generate(KeyId)}, keep
 * it in a {@link KeyRingStore} or let the application supply it with {@link #of(KeyId, byte[])}.
 *
 * <p>The secret never leaves this object except into the cryptography of this module: there
 * is no getter, {@link #toString()} shows only the id, and {@link #destroy()} wipes the bytes.
 * Two keys are equal only when they are the same object, so no code path compares secrets.
 */
public final class PseudonymKey implements Destroyable {

    /** Length of a generated key, in bytes (256 bits). */
    public static final int GENERATED_LENGTH = 32;

    private static final int MIN_LENGTH = 32;
    private static final int MAX_LENGTH = 64;

    private final KeyId id;
    private final byte[] secret;
    private volatile boolean destroyed;

    private PseudonymKey(KeyId id, byte[] secret) {
        this.id = Objects.requireNonNull(id, "key id");
        this.secret = secret;
    }

    /**
     * A new key of 256 random bits from a DRBG seeded by the operating system.
     *
     * @param id the name of the new key
     * @return the key
     */
    public static PseudonymKey generate(KeyId id) {
        return new PseudonymKey(id, StrongRandom.bytes(GENERATED_LENGTH));
    }

    /**
     * A key supplied by the application (e.g. from its own secret manager). The bytes are
     * copied; wipe your array afterwards if you can.
     *
     * @param id     the name of the key
     * @param secret 32 to 64 bytes of uniformly random key material
     * @return the key
     * @throws IllegalArgumentException when the length is outside 32 to 64 bytes (the message
     *                                  gives only the rule, never the bytes)
     */
    public static PseudonymKey of(KeyId id, byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_LENGTH || secret.length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a pseudonym key has " + MIN_LENGTH + " to " + MAX_LENGTH + " bytes of random key material");
        }
        return new PseudonymKey(id, secret.clone());
    }

    /**
     * The name of this key.
     *
     * @return the key id
     */
    public KeyId id() {
        return id;
    }

    /** The secret bytes, for this module's cryptography only; never handed to callers. */
    byte[] secret() {
        if (destroyed) {
            throw new IllegalStateException("key " + id + " was destroyed");
        }
        return secret;
    }

    /** Overwrites the secret with zeros; the key cannot be used afterwards. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(secret, (byte) 0);
    }

    /**
     * Whether {@link #destroy()} was called.
     *
     * @return true once destroyed
     */
    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Shows the key id only. */
    @Override
    public String toString() {
        return "PseudonymKey[" + id + ", secret hidden]";
    }
}
