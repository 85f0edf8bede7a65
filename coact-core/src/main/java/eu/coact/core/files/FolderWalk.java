package eu.coact.core.files;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Walks a folder a person gave the SDK (a study's {@code blocks/}, {@code media/}, consent
 * documents, a legacy export) with the rules of {@link RegularFiles}: symbolic links are never
 * followed, and a link, device, FIFO or socket found inside is a problem naming its path, not a
 * file to read. The walk itself never blocks on a special file: it only reads attributes.
 *
 * <p>The folder named by the caller may itself be reached through a link (a person may keep a
 * study behind one); everything inside it is held to the rules.
 */
public final class FolderWalk {

    private FolderWalk() {}

    /**
     * Lists the regular files under a folder.
     *
     * @param folder   the folder; a missing folder gives an empty listing with no problem
     * @param maxDepth how many folder levels to descend (1: the folder's own entries)
     * @return the files and the problems
     */
    public static FolderListing list(Path folder, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        List<Path> files = new ArrayList<>();
        Problems.Builder problems = Problems.builder();
        if (!Files.exists(folder)) {
            return new FolderListing(files, problems.build());
        }
        if (!Files.isDirectory(folder)) {
            problems.error("file-not-regular", "A folder is expected here.", Location.of(folder.toString()));
            return new FolderListing(files, problems.build());
        }
        try {
            // The folder the caller names may be a link; what is inside is walked from its real place
            // and named as under the folder the caller gave.
            Path real = folder.toRealPath();
            List<Path> found = new ArrayList<>();
            // No FOLLOW_LINKS: a link is visited as itself, so the walk never leaves the folder.
            Files.walkFileTree(
                    real,
                    EnumSet.noneOf(FileVisitOption.class),
                    maxDepth,
                    new Collector(real, folder, found, problems));
            found.forEach(f -> files.add(folder.resolve(real.relativize(f))));
        } catch (IOException e) {
            problems.error(
                    "file-unreadable",
                    "The folder could not be read (" + e.getClass().getSimpleName() + ").",
                    Location.of(folder.toString()));
        }
        files.sort(null);
        return new FolderListing(files, problems.build());
    }

    /** Sorts every entry into a file to read or a problem. */
    private record Collector(Path real, Path named, List<Path> files, Problems.Builder problems)
            implements FileVisitor<Path> {

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isDirectory()) {
                // A folder deeper than the walk goes.
                return FileVisitResult.CONTINUE;
            }
            Validated<Long> kind = RegularFiles.kind(file, attrs);
            if (kind.isValid()) {
                files.add(file);
            } else {
                problems.addAll(RegularFiles.kind(named(file), attrs).problems());
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!(e instanceof NoSuchFileException)) {
                problems.error(
                        "file-unreadable",
                        "This could not be read (" + e.getClass().getSimpleName() + ").",
                        Location.of(named(file).toString()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.error(
                        "file-unreadable",
                        "The folder could not be listed (" + e.getClass().getSimpleName() + ").",
                        Location.of(named(dir).toString()));
            }
            return FileVisitResult.CONTINUE;
        }

        private Path named(Path found) {
            return named.resolve(real.relativize(found));
        }
    }

    /**
     * Whether a path under a root is reached without passing through a symbolic link below the
     * root: for a file a study names by a relative path (a hierarchy, a consent document), whose
     * folders could themselves be links.
     *
     * @param root the folder the person gave (it may itself be reached through a link)
     * @param file a path under it
     * @return the file, or a problem naming the first link on the way or the escape from the root
     */
    public static Validated<Path> within(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Validated.invalid(Problem.error(
                    "outside-folder",
                    "This file is outside the folder " + root + "; keep it inside.",
                    Location.of(file.toString())));
        }
        Path at = base;
        for (Path part : base.relativize(target)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Validated.invalid(Problem.error(
                        "file-is-link",
                        "This is a symbolic link; links are not followed. Put the file itself here.",
                        Location.of(at.toString())));
            }
        }
        return Validated.valid(file);
    }
}
