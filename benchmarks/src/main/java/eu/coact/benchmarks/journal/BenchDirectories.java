package eu.coact.benchmarks.journal;

import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratch directories for the journal benchmarks, on the disk being measured: the system
 * property {@code coact.bench.dir} if set, else the default temporary directory. A RAM-backed
 * directory would measure no fsync at all, so choose a real disk.
 */
final class BenchDirectories {

    private BenchDirectories() {}

    static Path create(String prefix) {
        try {
            String base = System.getProperty("coact.bench.dir", "");
            return base.isBlank()
                    ? Files.createTempDirectory(prefix)
                    : Files.createTempDirectory(Files.createDirectories(Path.of(base)), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) {
        try {
            FileTrees.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
