package eu.coact.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Whole-folder operations the commands need: deleting a folder tree, copying one. */
final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything under it. */
    static void delete(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    /** Deletes a folder tree, leaving it behind when that fails (a temporary folder, harmless). */
    static void deleteQuietly(Path folder) {
        try {
            if (Files.exists(folder)) {
                delete(folder);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs some disk space and nothing else.
        }
    }

    /** Copies every file under {@code from} to the same place under {@code to}, which may be on another file system. */
    static void copy(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path target = to;
            for (Path part : from.relativize(path)) {
                target = target.resolve(part.toString());
            }
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }
}
