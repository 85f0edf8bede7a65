package eu.coact.anonymise.internal;

import eu.coact.anonymise.KeyStoreAccessException;
import eu.coact.anonymise.KeyStoreAccessException.Reason;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads and writes secret keys in a Bouncy Castle FIPS keystore (BCFKS): the whole file is
 * encrypted and authenticated under a key derived from the password (PBKDF2), and each entry
 * is protected again by the same password. Writes are atomic (see {@link SafeFiles}).
 */
public final class Bcfks {

    private static final String TYPE = "BCFKS";
    private static final Provider PROVIDER = new BouncyCastleProvider();
    private static final int MIN_PASSWORD_LENGTH = 12;

    private Bcfks() {
    }

    /**
     * Refuses a password too short to resist guessing, without quoting it.
     *
     * @param password the candidate
     */
    public static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a keystore password has at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
    }

    /**
     * Reads every secret-key entry.
     *
     * @param file     the keystore
     * @param password its password
     * @return alias to key bytes, in alias order
     */
    public static Map<String, byte[]> read(Path file, char[] password) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyStoreAccessException(Reason.NOT_FOUND, "there is no keystore at " + file, null);
        } catch (IOException e) {
            throw new KeyStoreAccessException(Reason.STORAGE, "the keystore " + file + " cannot be read", e);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(TYPE, PROVIDER);
            store.load(new ByteArrayInputStream(content), password);
        } catch (IOException | GeneralSecurityException e) {
            // The provider's message is dropped: we do not control what it quotes.
            throw new KeyStoreAccessException(Reason.WRONG_PASSWORD_OR_DAMAGED,
                    "the keystore " + file + " cannot be opened: wrong password, or the file is damaged", null);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        try {
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            for (String alias : aliases) {
                Key key = store.getKey(alias, password);
                if (key == null || key.getEncoded() == null) {
                    throw new KeyStoreAccessException(Reason.UNEXPECTED_CONTENT,
                            "the keystore " + file + " holds an entry that is not a secret key", null);
                }
                keys.put(alias, key.getEncoded());
            }
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException(Reason.WRONG_PASSWORD_OR_DAMAGED,
                    "an entry of the keystore " + file + " cannot be opened with this password", null);
        }
        return keys;
    }

    /**
     * Writes a keystore holding exactly these entries, replacing the file atomically.
     *
     * @param file     the keystore
     * @param keys     alias to key bytes
     * @param password the password for the file and every entry
     */
    public static void write(Path file, Map<String, byte[]> keys, char[] password) {
        checkPassword(password);
        byte[] content;
        try {
            KeyStore store = KeyStore.getInstance(TYPE, PROVIDER);
            store.load(null, null);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (Map.Entry<String, byte[]> entry : keys.entrySet()) {
                store.setEntry(entry.getKey(),
                        new KeyStore.SecretKeyEntry(new SecretKeySpec(entry.getValue(), "HmacSHA256")), protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            content = out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyStoreAccessException(Reason.STORAGE, "the keystore " + file + " cannot be written", null);
        }
        try {
            SafeFiles.writeAtomically(file, content);
        } catch (IOException e) {
            throw new KeyStoreAccessException(Reason.STORAGE, "the keystore " + file + " cannot be written", e);
        }
    }
}
