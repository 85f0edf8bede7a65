package eu.coact.anonymise;

import eu.coact.anonymise.IdentityVaultException.Reason;
import eu.coact.anonymise.internal.Bcfks;
import eu.coact.anonymise.internal.PasswordKeyStore;
import eu.coact.anonymise.internal.SafeFiles;
import eu.coact.anonymise.internal.SuppliedKeyStore;
import eu.coact.anonymise.internal.VaultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the key store that holds an {@link IdentityVault}'s epoch key, creating the vault
 * directory and a new store when there is none: a password-protected BCFKS keystore
 * ({@code vault.bcfks}), or {@code vault.epoch} sealed under a master key the application
 * supplies. A store is never created beside records it could not have protected, and every
 * refusal is an {@link IdentityVaultException} with its reason.
 */
final class VaultKeyStores {

    private static final String KEYSTORE = "vault.bcfks";
    private static final String EPOCH_FILE = "vault.epoch";

    private VaultKeyStores() {}

    /** The password-protected keystore of the vault in {@code directory}, opened or created. */
    static PasswordKeyStore withPassword(Path directory, char[] password) {
        Path file = directory.resolve(KEYSTORE);
        PasswordKeyStore store;
        try {
            SafeFiles.createPrivateDirectories(directory);
            if (Files.exists(file)) {
                store = PasswordKeyStore.open(file, password);
            } else {
                Bcfks.checkPassword(password);
                refuseRecordsWithoutKey(directory);
                store = PasswordKeyStore.create(file, password);
            }
        } catch (KeyStoreAccessException e) {
            Reason reason = e.reason() == KeyStoreAccessException.Reason.WRONG_PASSWORD_OR_DAMAGED
                    ? Reason.WRONG_KEY
                    : Reason.STORAGE;
            throw new IdentityVaultException(reason, "the vault keystore cannot be opened: " + e.getMessage(), null);
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault directory cannot be created", e);
        }
        return store;
    }

    /** The epoch file of the vault in {@code directory}, opened or created under {@code master}. */
    static SuppliedKeyStore withKey(Path directory, byte[] master) {
        SuppliedKeyStore store;
        try {
            SafeFiles.createPrivateDirectories(directory);
            if (!Files.exists(directory.resolve(VaultFiles.CHECK))) {
                refuseRecordsWithoutKey(directory);
            }
            store = SuppliedKeyStore.open(directory.resolve(EPOCH_FILE), master);
        } catch (IllegalStateException e) {
            throw new IdentityVaultException(
                    Reason.WRONG_KEY,
                    "this key does not open the epoch file of the vault in " + directory.getFileName()
                            + ", or the file is damaged",
                    null);
        } catch (IOException e) {
            throw new IdentityVaultException(Reason.STORAGE, "the vault directory cannot be used", e);
        }
        return store;
    }

    private static void refuseRecordsWithoutKey(Path directory) throws IOException {
        if (VaultFiles.hasRecords(directory)) {
            throw new IdentityVaultException(
                    Reason.WRONG_KEY,
                    "the vault in " + directory.getFileName()
                            + " has records but its key is missing; it cannot be opened",
                    null);
        }
    }
}
