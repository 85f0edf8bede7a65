package eu.coact.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read: every folder the SDK creates for journals, vaults,
 * keys, releases in progress and temporary data is {@code rwx------} (0700) and every file
 * {@code rw-------} (0600), whatever the process umask. Each is created with the permissions as
 * an attribute (so it is never readable by others, not even for an instant) and then set
 * exactly (because the umask can take bits away from the attribute). On a file system without
 * POSIX permissions (Windows) the attributes are skipped and the platform's defaults apply.
 */
public final class PrivateFiles {

    /** {@code rwx------}. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    /** {@code rw-------}. */
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /**
     * Creates a folder and its missing parents, each new one private; folders that exist keep
     * their mode (a person's own folders are not changed).
     *
     * @param folder the folder
     * @return the folder
     * @throws IOException when the file system refuses, or a file stands in the way
     */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(absolute, attribute(absolute, FOLDER));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
            return folder;
        }
        restrict(absolute, FOLDER);
        return folder;
    }

    /**
     * Creates a new private folder with a unique name in a parent folder (created private when
     * missing).
     *
     * @param parent the parent folder
     * @param prefix the start of the name
     * @return the new folder
     * @throws IOException when the file system refuses
     */
    public static Path createTempDirectory(Path parent, String prefix) throws IOException {
        createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, prefix, attribute(parent, FOLDER));
        restrict(folder, FOLDER);
        return folder;
    }

    /**
     * Creates a new private folder in the system's temporary folder.
     *
     * @param prefix the start of the name
     * @return the new folder
     * @throws IOException when the file system refuses
     */
    public static Path createTempDirectory(String prefix) throws IOException {
        Path folder =
                Files.createTempDirectory(prefix, attribute(Path.of(System.getProperty("java.io.tmpdir")), FOLDER));
        restrict(folder, FOLDER);
        return folder;
    }

    /**
     * Opens a new private file for writing; its folder is created private when missing. The file
     * must not exist.
     *
     * @param file the file
     * @return the stream; the caller closes it
     * @throws IOException when the file exists or the file system refuses
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        createDirectories(absolute.getParent());
        Files.createFile(absolute, attribute(absolute.getParent(), FILE));
        restrict(absolute, FILE);
        OpenOption[] options = {StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING};
        return Files.newOutputStream(absolute, options);
    }

    /**
     * Writes a new private file with UTF-8 text (not atomically: for a file in a folder that is
     * itself written all or nothing; see {@link AtomicFiles} otherwise).
     *
     * @param file the file, which must not exist
     * @param text the text
     * @throws IOException when the file exists or the file system refuses
     */
    public static void writeString(Path file, String text) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Opens a file channel, creating the file private when the options create it; a file that
     * exists is made private too (files written before this rule could be world-readable).
     *
     * @param file    the file
     * @param options how to open it, as for {@link FileChannel#open(Path, OpenOption...)}
     * @return the open channel
     * @throws IOException when the file cannot be opened or made private
     */
    public static FileChannel openChannel(Path file, OpenOption... options) throws IOException {
        Set<OpenOption> set = Set.of(options);
        boolean creates = set.contains(StandardOpenOption.CREATE) || set.contains(StandardOpenOption.CREATE_NEW);
        Path absolute = file.toAbsolutePath();
        FileChannel channel = creates
                ? FileChannel.open(absolute, set, attribute(absolute.getParent(), FILE))
                : FileChannel.open(absolute, options);
        try {
            restrict(absolute, FILE);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /**
     * Writes a whole new private file, which must not exist, and forces it to disk.
     *
     * @param file  the file to create
     * @param bytes its content
     * @throws IOException when the file exists or cannot be written
     */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = openChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Sets a file's or folder's permissions exactly, where the file system has POSIX permissions.
     *
     * @param path        the file or folder
     * @param permissions {@link #FILE} or {@link #FOLDER}
     * @throws IOException when the file system refuses
     */
    public static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }

    /** Whether a file system holds POSIX permissions, judged on a path that exists on it. */
    static boolean isPosix(Path onFileSystem) {
        return onFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The permissions as a creation attribute, or none on a file system without them. */
    static FileAttribute<?>[] attribute(Path onFileSystem, Set<PosixFilePermission> permissions) {
        return isPosix(onFileSystem)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
