package eu.coact.anonymise.internal;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the identity vault keeps its current epoch key: the one file that must never be backed
 * up with the rest of the vault. Replacing it is the vault's commit point when someone is
 * forgotten: before, the old epoch key opens every participant's key; after, only the new one
 * exists and the forgotten participant's key (wrapped under the old one) opens for no one.
 */
public interface VaultKeyStore {

    /**
     * The epoch key read when the store was opened, or last committed.
     *
     * @return the key, or empty for a vault from before epochs (or a new one)
     */
    Optional<EpochKey> epoch();

    /**
     * Replaces the stored epoch key atomically and durably.
     *
     * @param next the new key
     * @throws IOException when the file system refuses; the old key is then still in force
     */
    void commit(EpochKey next) throws IOException;

    /**
     * Destroys the store's file (everything it protects becomes unreadable).
     *
     * @throws IOException when the file system refuses
     */
    void destroy() throws IOException;

    /**
     * The store's file name, for messages.
     *
     * @return the name
     */
    String fileName();

    /** Wipes what this object holds in memory. */
    void close();
}
