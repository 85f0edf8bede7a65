package eu.coact.examples;

import eu.coact.core.files.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary folders for a command's own scratch work. A simulation writes its journal tens of
 * thousands of times, each write forced to disk; where the system offers memory-backed storage
 * ({@code /dev/shm} on Linux) the scratch folder goes there, so that forcing costs nothing and the
 * demo's time is the engine's, not the disk's. The journal code is the same either way. Scratch
 * folders are private to their owner ({@code rwx------}), in memory or on disk.
 */
final class Scratch {

    private static final Path MEMORY_BACKED = Path.of("/dev/shm");

    private Scratch() {}

    /** A new temporary folder, in memory-backed storage when there is some. */
    static Path create(String prefix) throws IOException {
        if (Files.isDirectory(MEMORY_BACKED) && Files.isWritable(MEMORY_BACKED)) {
            try {
                return PrivateFiles.createTempDirectory(MEMORY_BACKED, prefix);
            } catch (IOException e) {
                // Full or restricted: the ordinary temporary folder works too, only slower.
            }
        }
        return PrivateFiles.createTempDirectory(prefix);
    }
}
