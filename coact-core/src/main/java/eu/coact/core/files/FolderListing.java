package eu.coact.core.files;

import eu.coact.core.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a safe walk of a folder found: the regular files it may read, and a problem for everything
 * it refused (a symbolic link, a device, a FIFO, a socket, a folder it could not list). Immutable.
 *
 * @param files    the regular files, sorted by path; never null
 * @param problems one problem per refused entry, naming its path; never null
 */
public record FolderListing(List<Path> files, Problems problems) {

    /** Copies the list. */
    public FolderListing {
        files = List.copyOf(files);
        Objects.requireNonNull(problems, "problems");
    }
}
