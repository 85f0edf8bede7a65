package eu.coact.examples.serve;

import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;

/**
 * The study's media folder as the web chat reads it: only a regular file inside the folder,
 * reached without a symbolic link and of a bounded size (as for Telegram's uploads), is ever
 * read; a link to a system file or a FIFO placed there counts as missing. The chat serves
 * these bytes, and the channel checks a consent file's promised digest against them.
 */
final class MediaFolder {

    /** The largest media file read, as for Telegram's uploads. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path root;

    MediaFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder itself. */
    Path root() {
        return root;
    }

    /**
     * A file's bytes.
     *
     * @param name the file's name relative to the folder, as a message or a request names it
     * @return the bytes, or why they are not read
     */
    Validated<byte[]> read(String name) {
        Path file = root.resolve(name).normalize();
        return FolderWalk.within(root, file).flatMap(ok -> RegularFiles.readBytes(file, MAX_BYTES));
    }
}
