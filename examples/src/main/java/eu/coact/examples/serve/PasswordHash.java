package eu.coact.examples.serve;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), made and checked with Bouncy Castle. The
 * cost is the one OWASP recommends for Argon2id: 19 MiB of memory, two passes, one lane.
 *
 * @param memoryKib   memory in KiB
 * @param iterations  passes
 * @param parallelism lanes
 * @param salt        the random salt
 * @param hash        the derived bytes
 */
public record PasswordHash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /** Copies the bytes. */
    public PasswordHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    /**
     * Hashes a password with a fresh salt.
     *
     * @param password the password; the caller clears it
     * @return the hash
     */
    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PasswordHash(MEMORY_KIB, ITERATIONS, 1, salt, derive(password, salt, MEMORY_KIB, ITERATIONS, 1));
    }

    /**
     * Reads a PHC string.
     *
     * @param phc the string
     * @return the hash, or empty if it is not an Argon2id PHC string with sane parameters
     */
    public static Optional<PasswordHash> parse(String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (memory < 8 * lanes || iterations < 1 || lanes < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PasswordHash(
                    memory, iterations, lanes, DECODER.decode(m.group(4)), DECODER.decode(m.group(5))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks a password in constant time.
     *
     * @param password the password tried; the caller clears it
     * @return true when it is the one hashed
     */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, memoryKib, iterations, parallelism));
    }

    /** The PHC string. */
    public String phc() {
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int memory, int iterations, int lanes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build());
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        byte[] out = new byte[HASH_BYTES];
        try {
            generator.generateBytes(bytes, out);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && phc().equals(other.phc());
    }

    @Override
    public int hashCode() {
        return phc().hashCode();
    }

    /** Shows the cost only, never the salt or hash. */
    @Override
    public String toString() {
        return "PasswordHash[argon2id m=" + memoryKib + " t=" + iterations + " p=" + parallelism + "]";
    }
}
