package eu.coact.core.files;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/**
 * The rule for replacing a folder (a command's {@code --output} or {@code --force}): the SDK only
 * ever replaces what it made itself. A folder the SDK creates as output carries a marker file
 * ({@value #MARKER}); a folder may be replaced only when it is empty or carries the marker, is not
 * a symbolic link, and does not hold the current folder or any folder the command still needs
 * (the study, the journal). Anything else is refused with a problem, whatever the flags.
 */
public final class OutputFolder {

    /** The name of the marker file in every output folder the SDK creates. */
    public static final String MARKER = ".coact-output";

    private OutputFolder() {}

    /**
     * Checks whether a folder may be replaced.
     *
     * @param target the folder to replace; a missing one may always be created
     * @param keep   folders that must survive (study, journal); the current folder is always kept
     * @return the target, or a refusal naming it and the reason
     */
    public static Validated<Path> replaceable(Path target, Collection<Path> keep) {
        Objects.requireNonNull(keep, "keep");
        Location at = Location.of(target.toString());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Validated.valid(target);
        }
        if (Files.isSymbolicLink(target)) {
            return refuse(at, "it is a symbolic link; name the folder itself");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return refuse(at, "it is a file, not a folder");
        }
        Path real;
        try {
            real = target.toRealPath();
            if (Path.of("").toRealPath().startsWith(real)) {
                return refuse(at, "it holds the current folder");
            }
            for (Path kept : keep) {
                if (whereItWouldBe(kept).startsWith(real)) {
                    return refuse(at, "it holds " + kept + ", which this command reads or writes");
                }
            }
            if (!Files.isRegularFile(real.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(real)) {
                return refuse(
                        at,
                        "it holds files the SDK did not write (no " + MARKER + " marker); "
                                + "choose a new or empty folder");
            }
        } catch (IOException e) {
            return RegularFiles.unreadable(target, e);
        }
        return Validated.valid(target);
    }

    /**
     * Marks a folder as written by the SDK, so that a later run may replace it.
     *
     * @param folder  the folder (while it is being written, before it takes its place)
     * @param command what wrote it, for a person who finds the marker
     * @throws IOException when the marker cannot be written
     */
    public static void mark(Path folder, String command) throws IOException {
        PrivateFiles.writeString(
                folder.resolve(MARKER), "Written by " + command + "; a later run may replace this whole folder.\n");
    }

    /**
     * The real path of a file, or for one that does not exist yet (a journal the command is
     * about to create), the real path of its nearest existing folder with the rest appended.
     */
    private static Path whereItWouldBe(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static <T> Validated<T> refuse(Location at, String why) {
        return Validated.invalid(
                Problem.error("output-not-replaceable", "This folder is not replaced: " + why + ".", at));
    }
}
