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
 * Deletes folder trees without ever leaving them: a symbolic link inside the tree is removed as
 * a link, and what it points to is untouched, wherever it is. The one recursive delete of the SDK,
 * for product code and tests alike.
 */
public final class FileTrees {

    private FileTrees() {
    }

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
