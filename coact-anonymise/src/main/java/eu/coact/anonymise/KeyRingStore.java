package eu.coact.anonymise;

import eu.coact.anonymise.internal.Bcfks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a {@link KeyRing} in a password-protected Bouncy Castle FIPS keystore (BCFKS) file: the
 * file is encrypted and authenticated under keys derived from the password (PBKDF2-HMAC-SHA-512,
 * 210,000 iterations, parameters stored in the file), written atomically (a crash leaves the old
 * ring or the new one) and readable by its owner only. A file written with weaker parameters
 * still loads, and is rewritten with today's on the next {@link #save}.
 *
 * <pre>{@code
 * KeyRingStore.save(file, KeyRing.of(PseudonymKey.generate(KeyId.of("2026-01"))), password);
 * KeyRing ring = KeyRingStore.load(file, password);
 * }</pre>
 */
public final class KeyRingStore {

    private static final Pattern ALIAS = Pattern.compile("ring-(\\d{3})-([a-z0-9][a-z0-9._-]{0,63})");

    private KeyRingStore() {}

    /**
     * Writes the ring, replacing the file atomically.
     *
     * @param file     the keystore file
     * @param ring     the keys, current first
     * @param password at least 12 characters, not a common password; the caller should wipe it
     *                 afterwards
     * @throws WeakPasswordException   when the password is too short, common or a pattern
     * @throws KeyStoreAccessException when the file cannot be written
     */
    public static void save(Path file, KeyRing ring, char[] password) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ring, "ring");
        Bcfks.checkPassword(password);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<PseudonymKey> keys = ring.keys();
        for (int i = 0; i < keys.size(); i++) {
            entries.put(
                    String.format(
                            java.util.Locale.ROOT,
                            "ring-%03d-%s",
                            i,
                            keys.get(i).id().value()),
                    keys.get(i).secret());
        }
        Bcfks.write(file, entries, password);
    }

    /**
     * Reads a ring written by {@link #save}.
     *
     * @param file     the keystore file
     * @param password its password
     * @return the ring, current key first
     * @throws KeyStoreAccessException when the file is missing, the password is wrong, the
     *                                 file was damaged, or it holds something else
     */
    public static KeyRing load(Path file, char[] password) {
        Objects.requireNonNull(file, "file");
        Map<String, byte[]> entries = Bcfks.read(file, password);
        List<PseudonymKey> keys = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Matcher m = ALIAS.matcher(entry.getKey());
            if (!m.matches() || Integer.parseInt(m.group(1)) != keys.size()) {
                throw new KeyStoreAccessException(
                        KeyStoreAccessException.Reason.UNEXPECTED_CONTENT,
                        "the keystore " + file + " does not hold a key ring written by this library",
                        null);
            }
            try {
                keys.add(PseudonymKey.of(KeyId.of(m.group(2)), entry.getValue()));
            } catch (IllegalArgumentException e) {
                throw new KeyStoreAccessException(
                        KeyStoreAccessException.Reason.UNEXPECTED_CONTENT,
                        "the keystore " + file + " holds a key of the wrong length",
                        null);
            } finally {
                Arrays.fill(entry.getValue(), (byte) 0);
            }
        }
        if (keys.isEmpty()) {
            throw new KeyStoreAccessException(
                    KeyStoreAccessException.Reason.UNEXPECTED_CONTENT,
                    "the keystore " + file + " holds no key ring",
                    null);
        }
        return KeyRing.of(keys.get(0), keys.subList(1, keys.size()));
    }
}
