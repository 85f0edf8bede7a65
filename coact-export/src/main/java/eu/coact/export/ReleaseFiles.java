package eu.coact.export;

import eu.coact.core.files.PrivateFiles;
import eu.coact.export.datapackage.DataResource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The files of a release being written, inside a directory that only becomes the release when
 * everything is written (see {@link AtomicRelease}). Paths are relative, use {@code /}, and
 * cannot leave the release; each file is written once.
 */
public final class ReleaseFiles {

    private final Path root;
    private final Set<String> written = new HashSet<>();
    private boolean open = true;

    ReleaseFiles(Path root) {
        this.root = root;
    }

    /**
     * Creates a file and returns a stream to write it; the caller closes the stream.
     *
     * @param relativePath the path inside the release, e.g. {@code codebook/answer-codes.csv}
     * @return a buffered stream into the new file
     * @throws IOException when the file cannot be created
     */
    public OutputStream create(String relativePath) throws IOException {
        if (!open) {
            throw new IllegalStateException("the release has been completed or abandoned; no more files can be added");
        }
        if (!DataResource.isSafePath(relativePath)) {
            throw new IllegalArgumentException(
                    "a release file path is relative, uses '/', and stays inside the release: '" + relativePath + "'");
        }
        if (!written.add(relativePath)) {
            throw new IllegalArgumentException("the release already has a file '" + relativePath + "'");
        }
        // Private until a person publishes the release: folders 0700, files 0600.
        OutputStream out = PrivateFiles.newOutputStream(root.resolve(relativePath));
        return new BufferedOutputStream(out, 1 << 16);
    }

    /**
     * Writes a whole text file in UTF-8.
     *
     * @param relativePath the path inside the release
     * @param text         the content
     * @throws IOException when writing fails
     */
    public void writeString(String relativePath, String text) throws IOException {
        try (OutputStream out = create(relativePath)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The relative paths written so far. */
    public Set<String> paths() {
        return Set.copyOf(written);
    }

    void close() {
        open = false;
    }
}
