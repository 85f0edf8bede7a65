package eu.coact.anonymise.internal;

import eu.coact.anonymise.KeyStoreAccessException;
import eu.coact.anonymise.KeyStoreAccessException.Reason;
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
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.bc.EncryptedObjectStoreData;
import org.bouncycastle.asn1.bc.ObjectStore;
import org.bouncycastle.asn1.bc.ObjectStoreIntegrityCheck;
import org.bouncycastle.asn1.bc.PbkdMacIntegrityCheck;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.util.PBKDF2Config;
import org.bouncycastle.jcajce.BCFKSLoadStoreParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads and writes secret keys in a Bouncy Castle FIPS keystore (BCFKS): the whole file is
 * encrypted (AES-256-CCM) and authenticated (HMAC-SHA-512) under keys derived from the password
 * with PBKDF2-HMAC-SHA-512 at {@value #ITERATIONS} iterations, and each entry is protected again
 * by the same password. The derivation's parameters (function, salt, iteration count) are stored
 * in the file itself, so a store written with weaker parameters still opens, and every write uses
 * today's: raising {@link #ITERATIONS} upgrades each store the next time it is saved. Writes are
 * atomic and private (see {@link SafeFiles}).
 *
 * <p>Bouncy Castle protects the entries inside the encrypted file with its own fixed count
 * (51,200); they can only be reached after the file's own, stronger, derivation.
 */
public final class Bcfks {

    private static final String TYPE = "BCFKS";
    private static final Provider PROVIDER = new BouncyCastleProvider();
    /** PBKDF2-HMAC-SHA-512 iterations for new writes (OWASP's 2023 figure for this function). */
    public static final int ITERATIONS = 210_000;
    /** More than this is refused on reading: a planted file must not make opening take hours. */
    private static final int MAX_ITERATIONS = 20_000_000;

    private static final int SALT_BYTES = 32;

    private Bcfks() {}

    /**
     * Refuses a password too weak for a new keystore, without quoting it (see
     * {@link PasswordPolicy}).
     *
     * @param password the candidate
     * @throws eu.coact.anonymise.WeakPasswordException when it is too short, common or a pattern
     */
    public static void checkPassword(char[] password) {
        PasswordPolicy.check(password);
    }

    /**
     * How a keystore file derives its keys from the password, read from the file without the
     * password.
     *
     * @param kdf        {@code PBKDF2}, or the object identifier of another function
     * @param prf        the PBKDF2 pseudo-random function ({@code HMAC-SHA-512}, ...) or the identifier
     * @param iterations the PBKDF2 iteration count (0 for another function)
     */
    public record Protection(String kdf, String prf, int iterations) {

        /**
         * Whether this is at least what {@link #write} uses today.
         *
         * @return true when the file needs no upgrade
         */
        public boolean current() {
            return "PBKDF2".equals(kdf) && "HMAC-SHA-512".equals(prf) && iterations >= ITERATIONS;
        }
    }

    /**
     * The weaker of the two derivations in the file (the one for its encryption and the one for
     * its integrity check); an attacker tries the cheaper.
     *
     * @param file the keystore
     * @return its protection
     * @throws KeyStoreAccessException {@code WRONG_PASSWORD_OR_DAMAGED} when it is not a BCFKS file
     */
    public static Protection protectionOf(Path file) {
        try {
            return protectionOf(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            throw new KeyStoreAccessException(Reason.NOT_FOUND, "there is no keystore at " + file, null);
        } catch (IOException e) {
            throw new KeyStoreAccessException(Reason.STORAGE, "the keystore " + file + " cannot be read", e);
        }
    }

    private static Protection protectionOf(byte[] content, Path file) {
        try {
            ObjectStore store = ObjectStore.getInstance(ASN1Primitive.fromByteArray(content));
            ObjectStoreIntegrityCheck check = store.getIntegrityCheck();
            if (check.getType() != ObjectStoreIntegrityCheck.PBKD_MAC_CHECK) {
                throw new IllegalArgumentException("not a password-protected store");
            }
            Protection mac = describe(
                    PbkdMacIntegrityCheck.getInstance(check.getIntegrityCheck()).getPbkdAlgorithm());
            EncryptedObjectStoreData data = EncryptedObjectStoreData.getInstance(store.getStoreData());
            Protection encryption = describe(
                    PBES2Parameters.getInstance(data.getEncryptionAlgorithm().getParameters())
                            .getKeyDerivationFunc());
            if (!mac.current()) {
                return mac;
            }
            return encryption.current() && mac.iterations() <= encryption.iterations() ? mac : encryption;
        } catch (IOException | RuntimeException e) {
            throw new KeyStoreAccessException(
                    Reason.WRONG_PASSWORD_OR_DAMAGED,
                    "the keystore " + file + " is not a BCFKS keystore, or the file is damaged",
                    null);
        }
    }

    private static Protection describe(KeyDerivationFunc kdf) {
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
            return new Protection(kdf.getAlgorithm().getId(), "", 0);
        }
        PBKDF2Params params = PBKDF2Params.getInstance(kdf.getParameters());
        String prf = params.getPrf().getAlgorithm().equals(PKCSObjectIdentifiers.id_hmacWithSHA512)
                ? "HMAC-SHA-512"
                : params.getPrf().getAlgorithm().getId();
        return new Protection("PBKDF2", prf, params.getIterationCount().intValueExact());
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
        if (protectionOf(content, file).iterations() > MAX_ITERATIONS) {
            throw new KeyStoreAccessException(
                    Reason.UNEXPECTED_CONTENT,
                    "the keystore " + file
                            + " asks for more than " + MAX_ITERATIONS
                            + " key-derivation iterations; it was not written by"
                            + " this library",
                    null);
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance(TYPE, PROVIDER);
            store.load(new ByteArrayInputStream(content), password);
        } catch (IOException | GeneralSecurityException e) {
            // The provider's message is dropped: we do not control what it quotes.
            throw new KeyStoreAccessException(
                    Reason.WRONG_PASSWORD_OR_DAMAGED,
                    "the keystore " + file + " cannot be opened: wrong password, or the file is damaged",
                    null);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        try {
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            for (String alias : aliases) {
                Key key = store.getKey(alias, password);
                if (key == null || key.getEncoded() == null) {
                    throw new KeyStoreAccessException(
                            Reason.UNEXPECTED_CONTENT,
                            "the keystore " + file + " holds an entry that is not a secret key",
                            null);
                }
                keys.put(alias, key.getEncoded());
            }
        } catch (GeneralSecurityException e) {
            throw new KeyStoreAccessException(
                    Reason.WRONG_PASSWORD_OR_DAMAGED,
                    "an entry of the keystore " + file + " cannot be opened with this password",
                    null);
        }
        return keys;
    }

    /**
     * Writes a keystore holding exactly these entries, replacing the file atomically, with
     * today's key derivation. The caller checks a new password's strength first
     * ({@link #checkPassword}); rewriting a store under the password that opened it needs no check.
     *
     * @param file     the keystore
     * @param keys     alias to key bytes
     * @param password the password for the file and every entry
     */
    public static void write(Path file, Map<String, byte[]> keys, char[] password) {
        byte[] content;
        try {
            KeyStore store = KeyStore.getInstance(TYPE, PROVIDER);
            store.load(null, null);
            KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(password);
            for (Map.Entry<String, byte[]> entry : keys.entrySet()) {
                store.setEntry(
                        entry.getKey(),
                        new KeyStore.SecretKeyEntry(new SecretKeySpec(entry.getValue(), "HmacSHA256")),
                        protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(new BCFKSLoadStoreParameter.Builder(out, password)
                    .withStorePBKDFConfig(new PBKDF2Config.Builder()
                            .withIterationCount(ITERATIONS)
                            .withPRF(PBKDF2Config.PRF_SHA512)
                            .withSaltLength(SALT_BYTES)
                            .build())
                    .withStoreMacAlgorithm(BCFKSLoadStoreParameter.MacAlgorithm.HmacSHA512)
                    .withStoreEncryptionAlgorithm(BCFKSLoadStoreParameter.EncryptionAlgorithm.AES256_CCM)
                    .build());
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
