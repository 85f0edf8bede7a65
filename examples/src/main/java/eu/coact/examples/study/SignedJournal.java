package eu.coact.examples.study;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.CheckpointSigner;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;

/**
 * How the commands open a journal: signed with the key kept beside the journal folder
 * ({@code <journal>.signing-key}, created on first use, readable by its owner only), verified
 * before anything is appended, and with its anchor printed when the command ends.
 *
 * <p>The key beside the journal protects against someone who gets the journal's files alone
 * (a copied backup, a shared folder); against someone who also has the key file only the
 * printed anchor, kept elsewhere, helps. See docs/guide/tamper-evidence.md.
 */
public final class SignedJournal {

    private static final int SEED_BYTES = 32;
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_FOLDER =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private SignedJournal() {}

    /** The signing key file of a journal folder. */
    public static Path keyFile(Path journal) {
        Path absolute = journal.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".signing-key");
    }

    /**
     * The signer kept in a key file, created with a fresh random key (readable by its owner only)
     * if the file does not exist.
     *
     * @throws InputMistake if the file exists but is not a key file
     */
    public static CheckpointSigner signer(Path keyFile) throws IOException {
        byte[] seed = Files.exists(keyFile) ? Files.readAllBytes(keyFile) : create(keyFile);
        try {
            if (seed.length != SEED_BYTES) {
                throw new InputMistake(keyFile + " is not a journal signing key (" + SEED_BYTES + " bytes)");
            }
            return CheckpointSigner.ed25519(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private static byte[] create(Path keyFile) throws IOException {
        byte[] seed = new byte[SEED_BYTES];
        new SecureRandom().nextBytes(seed);
        Path folder = keyFile.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PRIVATE_FOLDER);
            }
            Files.createFile(keyFile, PRIVATE_FILE);
        } catch (UnsupportedOperationException e) {
            // File systems without POSIX permissions (Windows) rely on the user's folder permissions.
            Files.createDirectories(folder);
            Files.createFile(keyFile);
        }
        Files.write(keyFile, seed);
        return seed;
    }

    /**
     * Opens a journal signed with its key file and verifies it.
     *
     * @throws InputMistake if it cannot be opened or does not verify (nothing is appended then)
     */
    public static FileJournal open(Path journal) throws IOException {
        CheckpointSigner signer = signer(keyFile(journal));
        FileJournal opened;
        try {
            opened = FileJournal.builder(journal).signedBy(signer).open();
        } catch (JournalException e) {
            throw new InputMistake(e.getMessage());
        }
        Verification result = opened.verify();
        if (result instanceof Verification.Broken broken) {
            opened.close();
            throw new InputMistake("the journal in " + journal + " does not verify at entry #"
                    + broken.firstBadSequence() + ": " + broken.reason() + ". Nothing was added to it; inspect it "
                    + "with 'coact verify --journal " + journal + " --anchor <your last anchor>'.");
        }
        return opened;
    }

    /** Prints the journal's anchor, to keep somewhere its files are not. */
    public static void printAnchor(Journal journal, PrintWriter err) {
        try {
            journal.anchor().ifPresent(anchor -> print(anchor, err));
        } catch (JournalException e) {
            err.println("The journal's anchor could not be written: " + e.getMessage());
        }
        err.flush();
    }

    private static void print(Anchor anchor, PrintWriter err) {
        err.println("Journal anchor (keep a copy away from the journal; check it later with 'coact verify --anchor'):");
        err.print(anchor.toJson());
    }
}
