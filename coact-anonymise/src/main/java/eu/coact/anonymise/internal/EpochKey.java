package eu.coact.anonymise.internal;

import java.util.Arrays;

/**
 * The identity vault's current epoch key: it wraps every participant's key and is replaced by a
 * new one, with a higher number, each time someone is forgotten. Holds its secret until
 * {@link #destroy()}; {@code toString} shows the number only.
 */
public final class EpochKey {

    /** Bytes of secret. */
    public static final int LENGTH = 32;

    private final long number;
    private final byte[] secret;

    /**
     * An epoch key.
     *
     * @param number its number, from 1
     * @param secret {@value #LENGTH} bytes, copied
     */
    public EpochKey(long number, byte[] secret) {
        if (number < 1 || secret.length != LENGTH) {
            throw new IllegalArgumentException("an epoch key has a positive number and " + LENGTH + " bytes");
        }
        this.number = number;
        this.secret = secret.clone();
    }

    /**
     * A new random key numbered one more than this.
     *
     * @return the successor
     */
    public EpochKey successor() {
        return first(number + 1);
    }

    /**
     * A new random key.
     *
     * @param number its number
     * @return the key
     */
    public static EpochKey first(long number) {
        byte[] fresh = StrongRandom.bytes(LENGTH);
        try {
            return new EpochKey(number, fresh);
        } finally {
            Arrays.fill(fresh, (byte) 0);
        }
    }

    /**
     * The number.
     *
     * @return from 1
     */
    public long number() {
        return number;
    }

    /**
     * The secret itself (not a copy): callers must not keep or change it.
     *
     * @return the bytes
     */
    public byte[] secret() {
        return secret;
    }

    /** Overwrites the secret. */
    public void destroy() {
        Arrays.fill(secret, (byte) 0);
    }

    /** The number only. */
    @Override
    public String toString() {
        return "EpochKey[" + number + "]";
    }
}
