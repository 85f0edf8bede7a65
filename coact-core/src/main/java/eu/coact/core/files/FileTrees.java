package eu.coact.core.files;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * Deletes and copies folder trees without ever leaving them: a symbolic link inside the tree is removed as
 * a link, and what it points to is untouched, wherever it is. The one recursive delete of the SDK,
 * for product code and tests alike; the copy is the same walk.
 */
public final class FileTrees {

    private FileTrees() {}

    /**
     * Deletes a file or a folder and everything under it. A root that is itself a link is removed
     * as a link. A missing root is not an error.
     *
     * @param root the file or folder
     * @throws IOException when something cannot be deleted (what could be is gone)
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Without FOLLOW_LINKS a link (to a folder or anything else) is visited as a file and never entered.
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Copies a folder tree to a new place, which may be on another file system; folders created
     * are private. Only folders and regular files are copied: a link or special file in the tree
     * is refused before anything is copied, so a copy never reaches outside its tree.
     *
     * @param from the folder to copy
     * @param to   where the copy goes; it must not exist
     * @throws IOException when the tree holds a link or special file, or the file system refuses
     */
    public static void copy(Path from, Path to) throws IOException {
        FolderListing listing = FolderWalk.list(from, Integer.MAX_VALUE);
        if (!listing.problems().isEmpty()) {
            throw new IOException("not copied: " + listing.problems().asList().get(0));
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.FileAlreadyExistsException(to.toString());
        }
        PrivateFiles.createDirectories(to);
        for (Path file : listing.files()) {
            Path target = to;
            // Part by part, so that the copy works across file systems with other separators.
            for (Path part : from.relativize(file)) {
                target = target.resolve(part.toString());
            }
            PrivateFiles.createDirectories(target.getParent());
            Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Deletes a tree as {@link #delete} does, leaving what cannot be deleted: for temporary
     * folders, where what is left costs disk space and nothing else.
     *
     * @param root the file or folder
     * @return whether everything was deleted
     */
    public static boolean deleteQuietly(Path root) {
        try {
            delete(root);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
