package eu.coact.export;

import eu.coact.core.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a release directory all or nothing. Every file is written into a hidden temporary
 * directory beside the target, flushed to disk (fsync), and the directory is then renamed to the
 * target in one atomic step (see {@link AtomicFiles#writeFolder}). While it is written, and after,
 * the release is private to its owner (folders {@code rwx------}, files {@code rw-------}): it
 * becomes open data when a person publishes it, not before. If anything fails before the rename — a writer throws, the disk is
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

    private AtomicRelease() {}

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
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(
                    absolute.toString(), null, "a release is never overwritten; write a new version instead");
        }
        return AtomicFiles.writeFolder(absolute, folder -> {
            ReleaseFiles files = new ReleaseFiles(folder);
            try {
                contents.writeTo(files);
            } finally {
                files.close();
            }
        });
    }
}
