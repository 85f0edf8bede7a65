package eu.coact.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Writing that leaves either the old or the new content, never a mix, and that survives a crash
 * once a method returns: the one implementation of atomic file writing, atomic folder writing
 * and directory syncing in the SDK.
 *
 * <p>A file is written to a private temporary file beside it, forced to disk, renamed over the
 * target, and the folder is forced so the rename is durable. A folder is written whole into a
 * private hidden sibling, every file and folder in it forced, then renamed into place. Files
 * and folders made here are private ({@link PrivateFiles}).
 */
public final class AtomicFiles {

    /** Code that fills a folder. */
    @FunctionalInterface
    public interface FolderContents {
        /**
         * Writes the folder's files.
         *
         * @param folder the (new, empty, private) folder to write into
         * @throws IOException when writing fails; the folder is then abandoned
         */
        void writeTo(Path folder) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Replaces a file's content atomically and durably; the file is private.
     *
     * @param file    the target; its folder is created (private) when missing
     * @param content the new content
     * @throws IOException when the file system refuses; the old content is then untouched
     */
    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    /**
     * Replaces a file's content atomically, as {@link #write} does, but leaves the folder to be
     * synced later: the content is durable when this returns, the rename only once
     * {@link #syncDirectory} has run on the folder. For batches of files in one folder, synced
     * once at the end.
     *
     * @param file    the target; its folder is created (private) when missing
     * @param content the new content
     * @throws IOException when the file system refuses; the old content is then untouched
     */
    public static void writeDeferringFolderSync(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    private static void write(Path file, byte[] content, boolean syncFolder) throws IOException {
        Objects.requireNonNull(content, "content");
        Path folder = file.toAbsolutePath().getParent();
        PrivateFiles.createDirectories(folder);
        Path temporary = Files.createTempFile(
                folder, "." + file.getFileName() + ".", ".tmp", PrivateFiles.attribute(folder, PrivateFiles.FILE));
        try {
            PrivateFiles.restrict(temporary, PrivateFiles.FILE);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temporary, file.toAbsolutePath(), true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        if (syncFolder) {
            syncDirectory(folder);
        }
    }

    /**
     * Replaces a file's content with UTF-8 text atomically and durably (see {@link #write}).
     *
     * @param file the target
     * @param text the new text
     * @throws IOException when the file system refuses
     */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a new folder all or nothing: the contents go to a private hidden sibling
     * ({@code .name.partial-*}), which is forced to disk and renamed to the target in one step.
     * When writing fails the sibling is removed and the target does not exist; after a crash only
     * the hidden sibling may be left.
     *
     * @param target   the folder to create; it must not exist
     * @param contents what to write
     * @return the folder, absolute
     * @throws FileAlreadyExistsException when the target exists
     * @throws IOException                when writing fails
     */
    public static Path writeFolder(Path target, FolderContents contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path staging = stage(absolute, contents);
        try {
            move(staging, absolute, false);
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            throw e;
        }
        syncDirectory(absolute.getParent());
        return absolute;
    }

    /**
     * Writes a folder all or nothing in place of an existing one (or of nothing): the new folder
     * is written and forced as by {@link #writeFolder}, the old one is renamed aside, the new one
     * renamed into place, and the old one deleted. A crash between the two renames leaves both as
     * hidden siblings and no target; nothing is ever mixed. The caller decides whether the old
     * folder may be replaced at all (see {@link OutputFolder}).
     *
     * @param target   the folder to replace or create
     * @param contents what to write
     * @return the folder, absolute
     * @throws IOException when writing fails; the old folder is then untouched
     */
    public static Path replaceFolder(Path target, FolderContents contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = stage(absolute, contents);
        try {
            return moveIntoPlace(staging, absolute);
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Puts a folder that was filled elsewhere (a sibling of the target, on the same file system)
     * in place of the target, as {@link #replaceFolder} does: the staged folder is forced to disk,
     * the old target renamed aside, the staged folder renamed into place, the old one deleted.
     *
     * @param staged the filled folder, beside the target
     * @param target the folder to replace or create
     * @return the folder, absolute
     * @throws IOException when a rename fails; the old folder is then still in place or aside
     */
    public static Path moveIntoPlace(Path staged, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        syncTree(staged);
        Path old = null;
        if (Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".old-");
            Files.delete(old);
            move(absolute, old, false);
        }
        try {
            move(staged, absolute, false);
        } catch (IOException | RuntimeException e) {
            if (old != null) {
                move(old, absolute, false);
            }
            throw e;
        }
        syncDirectory(absolute.getParent());
        if (old != null) {
            FileTrees.delete(old);
        }
        return absolute;
    }

    /**
     * Makes a folder's entries (renames, new and deleted files) durable where the platform lets
     * a folder be opened for syncing; elsewhere it does nothing.
     *
     * @param folder the folder
     */
    public static void syncDirectory(Path folder) {
        try {
            forceDirectory(folder);
        } catch (IOException e) {
            // Some platforms cannot open a folder for syncing; the files themselves are synced.
        }
    }

    /**
     * Makes a folder's entries durable, and says so when it cannot: for stores (such as the
     * journal) that must not acknowledge a write whose file name may be lost in a crash.
     *
     * @param folder the folder
     * @throws IOException when the folder cannot be opened or forced to disk
     */
    public static void forceDirectory(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Forces every regular file and folder under a root to disk, without following links.
     *
     * @param root the root folder
     * @throws IOException when a file cannot be forced
     */
    public static void syncTree(Path root) throws IOException {
        Files.walkFileTree(
                root,
                EnumSet.noneOf(java.nio.file.FileVisitOption.class),
                Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isRegularFile()) {
                            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                                channel.force(true);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        syncDirectory(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private static Path stage(Path absolute, FolderContents contents) throws IOException {
        Objects.requireNonNull(contents, "contents");
        Path staging =
                PrivateFiles.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".partial-");
        try {
            contents.writeTo(staging);
            syncTree(staging);
        } catch (IOException | RuntimeException | Error e) {
            try {
                FileTrees.delete(staging);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return staging;
    }

    private static void move(Path from, Path to, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Only across file systems, which a sibling never is; kept for exotic mounts.
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }
}
