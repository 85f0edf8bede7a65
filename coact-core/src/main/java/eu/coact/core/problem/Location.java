package eu.coact.core.problem;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a problem is: the source (usually a file name), a path inside the document (a JSON
 * Pointer such as {@code /blocks/3/messages/q1}), and the line and column when the parser
 * knows them. Lines and columns are 1-based.
 *
 * @param source the file or other source the input came from, never blank
 * @param path   a JSON Pointer into the document; empty for the document as a whole
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String source, String path, int line, int column) {

    /** Validates the parts; unknown line or column is 0. */
    public Location {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a location needs a source name");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** The whole of a source, e.g. a file that could not be opened. */
    public static Location of(String source) {
        return new Location(source, "", 0, 0);
    }

    /** A path inside a source, without a known line. */
    public static Location of(String source, String path) {
        return new Location(source, path, 0, 0);
    }

    /** A path inside a source at a known line and column. */
    public static Location of(String source, String path, int line, int column) {
        return new Location(source, path, line, column);
    }

    /** The same source and line, with a different path. */
    public Location withPath(String newPath) {
        return new Location(source, newPath, line, column);
    }

    /** The 1-based line, if known. */
    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The 1-based column, if known. */
    public OptionalInt columnNumber() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** The path, if the location points inside the document. */
    public Optional<String> pointer() {
        return path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    /**
     * Renders as {@code file:line:column path}, leaving out what is unknown, with control
     * characters of the source name and path escaped ({@link ControlCharacters#escape(CharSequence)}).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(ControlCharacters.escape(source));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            out.append(' ').append(ControlCharacters.escape(path));
        }
        return out.toString();
    }
}
