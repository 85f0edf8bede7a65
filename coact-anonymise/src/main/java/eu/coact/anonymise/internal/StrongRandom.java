package eu.coact.anonymise.internal;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The one source of key material: a NIST SP 800-90A DRBG at 256-bit strength, seeded by the
 * operating system. It does not block the way a raw {@code /dev/random} read can, and it is
 * shared because a DRBG is safe for concurrent use.
 */
public final class StrongRandom {

    private static final SecureRandom RANDOM = create();

    private StrongRandom() {}

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance(
                    "DRBG",
                    DrbgParameters.instantiation(
                            256,
                            DrbgParameters.Capability.RESEED_ONLY,
                            "coact-anonymise".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no DRBG random generator", e);
        }
    }

    /**
     * Fresh random bytes.
     *
     * @param length how many
     * @return a new array of that many random bytes
     */
    public static byte[] bytes(int length) {
        byte[] out = new byte[length];
        RANDOM.nextBytes(out);
        return out;
    }
}
