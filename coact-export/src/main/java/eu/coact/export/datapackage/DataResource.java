package eu.coact.export.datapackage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tabular file of a package: a CSV file at a relative path, described by a Table Schema.
 *
 * @param name        the resource name, lower case (e.g. {@code answers})
 * @param path        the file's path relative to the package directory, with {@code /}
 * @param title       a short human title; may be empty
 * @param description what the table holds; may be empty
 * @param format      the file format, {@code csv}
 * @param mediaType   the media type, {@code text/csv}
 * @param encoding    the character encoding, {@code utf-8}
 * @param schema      the Table Schema of the file
 */
public record DataResource(
        String name,
        String path,
        String title,
        String description,
        String format,
        String mediaType,
        String encoding,
        TableSchema schema) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Checks the name and that the path stays inside the package. */
    public DataResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(schema, "schema");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a resource name is lower case letters, digits, '.', '_', '-': '" + name + "'");
        }
        if (!isSafePath(path)) {
            throw new IllegalArgumentException(
                    "a resource path is relative, uses '/', and stays inside the package: '" + path + "'");
        }
    }

    /** A UTF-8 CSV resource. */
    public static DataResource csv(String name, String path, TableSchema schema) {
        return new DataResource(name, path, "", "", "csv", "text/csv", "utf-8", schema);
    }

    /** The same resource with a title and description. */
    public DataResource described(String newTitle, String newDescription) {
        return new DataResource(name, path, newTitle, newDescription, format, mediaType, encoding, schema);
    }

    /**
     * True for a relative path of plain segments: no leading {@code /}, no backslash, no
     * {@code .} or {@code ..} segments, no empty segment, no URL scheme.
     *
     * @param path the path to check
     * @return whether the path stays inside the package directory
     */
    public static boolean isSafePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
