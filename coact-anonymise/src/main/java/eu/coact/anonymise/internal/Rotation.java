package eu.coact.anonymise.internal;

import eu.coact.core.Pseudonym;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The steps of replacing the vault's epoch key around its commit point. Before the commit, a
 * note of what is under way ({@code rotation.pending}: the new epoch's number and whom it
 * forgets) and every other participant's key re-wrapped under the new epoch key
 * ({@code keys/<pseudonym>.next}) are written; the commit is the key store's atomic replacement;
 * after it, the re-wrapped keys replace the old ones and the forgotten participant's files are
 * shredded. On opening, a note whose epoch is the key store's is {@link #finish finished}, any
 * other is {@link #undo undone}: a crash at any point leaves the participant either forgotten
 * or not, and everyone else readable.
 */
public final class Rotation {

    private Rotation() {}

    /**
     * A replacement under way.
     *
     * @param epoch     the new epoch's number
     * @param forgotten whom it forgets (empty when it only moves a vault to epochs)
     */
    public record Pending(long epoch, Optional<Pseudonym> forgotten) {}

    /**
     * Notes a replacement before any key is re-wrapped.
     *
     * @param files   the vault
     * @param pending what is under way
     * @throws IOException when the file system refuses
     */
    public static void begin(VaultFiles files, Pending pending) throws IOException {
        String note = "rotation " + pending.epoch() + " "
                + pending.forgotten().map(Pseudonym::value).orElse("-");
        SafeFiles.writeAtomically(files.pendingFile(), note.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The replacement under way, if any.
     *
     * @param files the vault
     * @return what the note says
     * @throws IOException when the note cannot be read or is not one
     */
    public static Optional<Pending> pending(VaultFiles files) throws IOException {
        Path note = files.pendingFile();
        if (!Files.exists(note)) {
            return Optional.empty();
        }
        String[] parts = new String(Files.readAllBytes(note), StandardCharsets.US_ASCII).split(" ");
        try {
            if (parts.length != 3 || !"rotation".equals(parts[0])) {
                throw new IllegalArgumentException("not a rotation note");
            }
            Optional<Pseudonym> forgotten =
                    "-".equals(parts[2]) ? Optional.empty() : Optional.of(Pseudonym.of(parts[2]));
            return Optional.of(new Pending(Long.parseLong(parts[1]), forgotten));
        } catch (IllegalArgumentException e) {
            throw new IOException("the file " + note.getFileName() + " is damaged", e);
        }
    }

    /** Reads a participant's data key under the epoch key in force. */
    @FunctionalInterface
    public interface Unwrapper {
        /**
         * The data key of a participant.
         *
         * @param pseudonym who
         * @return the key; the caller wipes it
         * @throws IOException when the key file cannot be read
         */
        byte[] dataKey(Pseudonym pseudonym) throws IOException;
    }

    /**
     * Writes every participant's key but the forgotten one's, re-wrapped under the next epoch
     * key, next to the current one, and makes them durable.
     *
     * @param files    the vault
     * @param next     the next epoch key
     * @param pending  what is under way
     * @param unwrap   reads a data key under the current epoch key
     * @param hook     told after each key
     * @throws IOException when the file system refuses
     */
    public static void rewrap(VaultFiles files, EpochKey next, Pending pending, Unwrapper unwrap, StepHook hook)
            throws IOException {
        for (Path keyFile : files.keys()) {
            Optional<Pseudonym> who = VaultFiles.pseudonymOf(keyFile, VaultFiles.KEY_SUFFIX);
            if (who.isEmpty() || who.equals(pending.forgotten())) {
                continue;
            }
            byte[] dataKey = unwrap.dataKey(who.get());
            try {
                SafeFiles.writeAtomically(
                        files.nextFile(who.get()),
                        WrappedKey.seal(next, who.get().value(), dataKey),
                        false);
            } finally {
                java.util.Arrays.fill(dataKey, (byte) 0);
            }
            hook.at("re-wrapped");
        }
        SafeFiles.syncDirectory(files.keysDirectory());
    }

    /**
     * Completes a committed replacement: re-wrapped keys replace the old ones, the forgotten
     * participant's files are shredded, the note is removed.
     *
     * @param files   the vault
     * @param pending what was committed
     * @param hook    told after each step
     * @throws IOException when the file system refuses (finishing again later is safe)
     */
    public static void finish(VaultFiles files, Pending pending, StepHook hook) throws IOException {
        for (Path next : files.nextKeys()) {
            Optional<Pseudonym> who = VaultFiles.pseudonymOf(next, VaultFiles.NEXT_SUFFIX);
            if (who.isPresent()) {
                SafeFiles.replace(next, files.keyFile(who.get()));
            } else {
                SafeFiles.shred(next);
            }
            hook.at("renamed");
        }
        SafeFiles.syncDirectory(files.keysDirectory());
        if (pending.forgotten().isPresent()) {
            SafeFiles.shred(files.keyFile(pending.forgotten().get()));
            hook.at("key shredded");
            SafeFiles.shred(files.recordFile(pending.forgotten().get()));
            hook.at("record shredded");
        }
        SafeFiles.shred(files.pendingFile());
    }

    /**
     * Completes a committed replacement found on opening.
     *
     * @param files   the vault
     * @param pending what was committed
     * @throws IOException when the file system refuses
     */
    public static void finish(VaultFiles files, Pending pending) throws IOException {
        finish(files, pending, step -> {});
    }

    /**
     * Drops a replacement that was not committed: the old epoch key is still in force.
     *
     * @param files the vault
     * @throws IOException when the file system refuses
     */
    public static void undo(VaultFiles files) throws IOException {
        for (Path next : files.nextKeys()) {
            SafeFiles.shred(next);
        }
        SafeFiles.shred(files.pendingFile());
    }
}
