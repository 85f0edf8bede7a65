package eu.coact.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a release directory all or nothing. Every file is written into a hidden temporary
 * directory beside the target, flushed to disk (fsync), and the directory is then renamed to the
 * target in one atomic step. If anything fails before the rename — a writer throws, the disk is
 * full, the process is stopped — the target does not exist and the temporary directory is
 * removed (or, after a crash, left as a hidden {@code .name.partial-*} directory, never under the
 * target's name). An existing target is never overwritten: a published release stays as it was.
 *
 * <pre>{@code
 * AtomicRelease.write(releases.resolve("coact-1.0.0"), files -> {
 *     files.writeString("datapackage.json", DataPackageJson.render(pkg));
 *     try (OutputStream out = files.create("answers.csv"); CsvWriter csv = CsvWriter.open(out, header)) { ... }
 * });
 * }</pre>
 */
public final class AtomicRelease {

    /** What a release consists of: code that writes its files. */
    @FunctionalInterface
    public interface Contents {
        /**
         * Writes the release's files.
         *
         * @param files where to write them
         * @throws IOException when writing fails; the release is then abandoned
         */
        void writeTo(ReleaseFiles files) throws IOException;
    }

    private AtomicRelease() {
    }

    /**
     * Writes a release into a new directory, atomically.
     *
     * @param target   the release directory to create; it must not exist
     * @param contents what to write
     * @return the release directory
     * @throws FileAlreadyExistsException when the target exists
     * @throws IOException                when writing fails (nothing is left at the target)
     */
    public static Path write(Path target, Contents contents) throws IOException {
        Objects.requireNonNull(contents, "contents");
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "a release is never overwritten; write a new version instead");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        ReleaseFiles files = new ReleaseFiles(temporary);
        try {
            contents.writeTo(files);
            files.close();
            syncTree(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            files.close();
            try {
                deleteTree(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(parent);
        return absolute;
    }

    private static void syncTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            } else if (Files.isDirectory(p)) {
                syncDirectory(p);
            }
        }
    }

    /** Makes a directory's entries durable where the platform allows opening directories. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for syncing; the files themselves are synced.
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
