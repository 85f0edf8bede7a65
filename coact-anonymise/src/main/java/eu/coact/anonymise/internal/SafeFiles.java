package eu.coact.anonymise.internal;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File writes that leave either the old or the new content, never a mix (write a temporary
 * file, force it to disk, rename over the target, force the directory), and deletion that first
 * overwrites the content so that what the file held does not linger in its blocks on simple
 * file systems. Overwriting is best effort (journaling and copy-on-write file systems may keep
 * old blocks); what makes deletion final is that the keys are destroyed, not the overwrite.
 *
 * <p>Everything written here is private to the owner on POSIX file systems: folders this class
 * creates are {@code rwx------} and files {@code rw-------}. The modes are set explicitly after
 * creation (not left to the process umask), and the temporary file is made private before any
 * secret is written to it.
 */
public final class SafeFiles {

    private SafeFiles() {}

    /**
     * Replaces a file's content atomically and durably ({@link AtomicFiles#write}: a private
     * temporary {@code .name.*.tmp} beside it, which {@link VaultFiles#prepare} shreds when a
     * crash left it behind).
     *
     * @param file    the target
     * @param content the new content
     * @throws IOException when the file system refuses
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
    }

    /**
     * Replaces a file's content atomically; the content is durable, the rename is durable only
     * once the folder is synced (here, or later by {@link #syncDirectory} after a batch).
     *
     * @param file          the target
     * @param content       the new content
     * @param syncDirectory whether to sync the folder now
     * @throws IOException when the file system refuses
     */
    public static void writeAtomically(Path file, byte[] content, boolean syncDirectory) throws IOException {
        if (syncDirectory) {
            AtomicFiles.write(file, content);
        } else {
            AtomicFiles.writeDeferringFolderSync(file, content);
        }
    }

    /**
     * Renames a file over another atomically (the folder is not synced: see
     * {@link #syncDirectory}).
     *
     * @param from the file
     * @param to   its new name, replaced when it exists
     * @throws IOException when the file system refuses
     */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the renames and deletions in a folder durable.
     *
     * @param dir the folder
     */
    public static void syncDirectory(Path dir) {
        forceDirectory(dir);
    }

    /**
     * Overwrites a file with zeros, forces it to disk, then deletes it.
     *
     * @param file the file; nothing happens when it does not exist
     * @throws IOException when the file system refuses
     */
    public static void shred(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long size = Files.size(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(4096);
            long written = 0;
            while (written < size) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - written));
                written += channel.write(zeros, written);
            }
            channel.force(true);
        }
        Files.delete(file);
        forceDirectory(file.toAbsolutePath().getParent());
    }

    /**
     * Creates a folder and any missing parents; every folder created is made {@code rwx------}.
     * Folders that already exist keep their mode.
     *
     * @param dir the folder
     * @throws IOException when the file system refuses
     */
    public static void createPrivateDirectories(Path dir) throws IOException {
        PrivateFiles.createDirectories(dir);
    }

    /**
     * Makes a file {@code rw-------} or a folder {@code rwx------}, whatever the umask was when it
     * was created. Does nothing on file systems without POSIX permissions.
     *
     * @param path the file or folder
     * @throws IOException when the file system refuses
     */
    public static void makePrivate(Path path) throws IOException {
        PrivateFiles.restrict(path, Files.isDirectory(path) ? PrivateFiles.FOLDER : PrivateFiles.FILE);
    }

    private static void forceDirectory(Path dir) {
        AtomicFiles.syncDirectory(dir);
    }
}
