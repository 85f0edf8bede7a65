package eu.coact.anonymise.internal;

import eu.coact.core.Pseudonym;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The identity vault's files and folders: where each lives, listing them, and the checks and
 * tidying done when the vault opens. File names are pseudonyms, never identities.
 */
public final class VaultFiles {

    /** Suffix of a participant's wrapped key. */
    public static final String KEY_SUFFIX = ".key";
    /** Suffix of a participant's key re-wrapped under the next epoch key, while a forget is under way. */
    public static final String NEXT_SUFFIX = ".next";
    /** Suffix of a participant's encrypted identity. */
    public static final String RECORD_SUFFIX = ".id";
    /** The file that tells a wrong key from a right one. */
    public static final String CHECK = "vault.check";

    private static final byte[] CHECK_TEXT =
            "coact identity vault v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String KEYS = "keys";
    private static final String PARTICIPANTS = "participants";
    private static final String PENDING = "rotation.pending";

    private final Path directory;

    /**
     * The files of the vault in a directory.
     *
     * @param directory the vault directory
     */
    public VaultFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Whether a directory holds participant records (so a missing key store is not a new vault).
     *
     * @param directory the vault directory
     * @return true when there is at least one record
     * @throws IOException when the folder cannot be listed
     */
    public static boolean hasRecords(Path directory) throws IOException {
        Path participants = directory.resolve(PARTICIPANTS);
        return Files.isDirectory(participants)
                && !list(participants, RECORD_SUFFIX).isEmpty();
    }

    /**
     * The pseudonym a file is named after.
     *
     * @param file   the file
     * @param suffix its suffix
     * @return the pseudonym, or empty when the name is not one
     */
    public static Optional<Pseudonym> pseudonymOf(Path file, String suffix) {
        String name = file.getFileName().toString();
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pseudonym.of(name.substring(0, name.length() - suffix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates the vault's folders (private), makes every existing vault file and folder private
     * (vaults written before this rule had group- and world-readable files), and removes the
     * temporary files of writes that were interrupted.
     *
     * @throws IOException when the file system refuses
     */
    public void prepare() throws IOException {
        for (Path dir : List.of(directory, keysDirectory(), directory.resolve(PARTICIPANTS))) {
            SafeFiles.createPrivateDirectories(dir);
            if (!dir.equals(directory)) {
                SafeFiles.makePrivate(dir);
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path file : stream) {
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) {
                        SafeFiles.shred(file);
                    } else {
                        SafeFiles.makePrivate(file);
                    }
                }
            }
        }
    }

    /**
     * Checks a key against the check file, writing that file when the vault is new.
     *
     * @param key the key derived from the master key for it
     * @return false when the key is not this vault's
     * @throws IOException when the file cannot be read or written
     */
    public boolean checkOrCreate(byte[] key) throws IOException {
        Path check = directory.resolve(CHECK);
        if (!Files.exists(check)) {
            SafeFiles.writeAtomically(check, AesGcm.seal(key, CHECK_TEXT, CHECK_TEXT));
            return true;
        }
        Optional<byte[]> text = AesGcm.open(key, Files.readAllBytes(check), CHECK_TEXT);
        return text.isPresent() && ConstantTime.equal(text.get(), CHECK_TEXT);
    }

    /**
     * The vault directory.
     *
     * @return the path
     */
    public Path directory() {
        return directory;
    }

    /**
     * The folder of wrapped keys.
     *
     * @return the path
     */
    public Path keysDirectory() {
        return directory.resolve(KEYS);
    }

    /**
     * Where the state of a forget under way is written.
     *
     * @return the path
     */
    public Path pendingFile() {
        return directory.resolve(PENDING);
    }

    /**
     * A participant's wrapped key.
     *
     * @param pseudonym who
     * @return the path
     */
    public Path keyFile(Pseudonym pseudonym) {
        return keysDirectory().resolve(pseudonym.value() + KEY_SUFFIX);
    }

    /**
     * A participant's key wrapped under the next epoch key.
     *
     * @param pseudonym who
     * @return the path
     */
    public Path nextFile(Pseudonym pseudonym) {
        return keysDirectory().resolve(pseudonym.value() + NEXT_SUFFIX);
    }

    /**
     * A participant's encrypted identity.
     *
     * @param pseudonym who
     * @return the path
     */
    public Path recordFile(Pseudonym pseudonym) {
        return directory.resolve(PARTICIPANTS).resolve(pseudonym.value() + RECORD_SUFFIX);
    }

    /**
     * Every wrapped key.
     *
     * @return the files
     * @throws IOException when the folder cannot be listed
     */
    public List<Path> keys() throws IOException {
        return list(keysDirectory(), KEY_SUFFIX);
    }

    /**
     * Every key re-wrapped for the next epoch.
     *
     * @return the files
     * @throws IOException when the folder cannot be listed
     */
    public List<Path> nextKeys() throws IOException {
        return list(keysDirectory(), NEXT_SUFFIX);
    }

    /**
     * Every participant record.
     *
     * @return the files
     * @throws IOException when the folder cannot be listed
     */
    public List<Path> records() throws IOException {
        return list(directory.resolve(PARTICIPANTS), RECORD_SUFFIX);
    }

    /**
     * How many wrapped keys belong to another epoch than the key store's (or to none).
     *
     * @param epoch the key store's epoch number
     * @return the count
     * @throws IOException when a file cannot be read
     */
    public int keysOutsideEpoch(long epoch) throws IOException {
        int stale = 0;
        for (Path key : keys()) {
            java.util.OptionalLong number = WrappedKey.epochOf(Files.readAllBytes(key));
            if (number.isEmpty() || number.getAsLong() != epoch) {
                stale++;
            }
        }
        return stale;
    }

    /**
     * How many wrapped keys are of the format with epochs.
     *
     * @return the count
     * @throws IOException when a file cannot be read
     */
    public int keysWithEpoch() throws IOException {
        int count = 0;
        for (Path key : keys()) {
            if (WrappedKey.epochOf(Files.readAllBytes(key)).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Shreds every participant key, record and forget under way.
     *
     * @throws IOException when the file system refuses
     */
    public void shredAll() throws IOException {
        SafeFiles.shred(pendingFile());
        for (Path file : nextKeys()) {
            SafeFiles.shred(file);
        }
        for (Path file : keys()) {
            SafeFiles.shred(file);
        }
        for (Path file : records()) {
            SafeFiles.shred(file);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.startsWith(".") && name.endsWith(suffix)) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    /** The directory name only. */
    @Override
    public String toString() {
        return "VaultFiles[" + directory.getFileName() + "]";
    }
}
