package eu.coact.core.journal.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates the journal's folders readable by their owner only (0700) and its files 0600, whatever
 * the umask: the permissions are asked for at creation and then set explicitly, because the
 * umask can only take bits away and some systems ignore the creation attribute. On file systems
 * without POSIX permissions (Windows) the folder permissions of the user apply.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates a folder and any missing parents, each private; folders that exist are left as they are. */
    public static void createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            if (POSIX) {
                Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(p, FOLDER);
            } else {
                Files.createDirectory(p);
            }
        }
    }

    /**
     * Opens a file, creating it private if it does not exist; a file that exists is made private
     * too (journals written before this rule were world-readable).
     */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> set = Set.of(options);
        boolean creates = set.contains(StandardOpenOption.CREATE) || set.contains(StandardOpenOption.CREATE_NEW);
        FileChannel channel = POSIX && creates
                ? FileChannel.open(file, set, new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)})
                : FileChannel.open(file, options);
        try {
            restrict(file);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** Writes a whole new private file (replacing none: it must not exist) and forces it to disk. */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Sets a file's permissions to 0600 (nothing on non-POSIX file systems). */
    public static void restrict(Path file) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}
