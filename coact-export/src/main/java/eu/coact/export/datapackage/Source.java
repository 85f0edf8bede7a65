package eu.coact.export.datapackage;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the data of a package came from, e.g. the study that collected it.
 *
 * @param title a name for the source
 * @param path  a link to it, if any
 */
public record Source(String title, Optional<String> path) {

    /** Checks that the title is not blank. */
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a source needs a title");
        }
    }
}
