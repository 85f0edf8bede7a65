package eu.coact.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Validated;
import java.util.Objects;

/**
 * A document read safely from a file a person wrote: its tree, and where in the file each
 * part of the tree came from, so that later checks can report line and column.
 */
public final class SourceDocument {

    private final String source;
    private final DocumentFormat format;
    private final NodePositions positions;
    private final DocumentReader reader;

    SourceDocument(String source, DocumentFormat format, NodePositions positions, DocumentReader reader) {
        this.source = source;
        this.format = format;
        this.positions = positions;
        this.reader = reader;
    }

    /** The source name (usually the file path as the user gave it). */
    public String source() {
        return source;
    }

    /** The format the document was written in. */
    public DocumentFormat format() {
        return format;
    }

    /** The document's tree. Do not modify it: it is shared with the location index. */
    public JsonNode root() {
        return positions.root();
    }

    /**
     * Where the node at a JSON Pointer starts in the file. If that exact node is unknown, the
     * nearest enclosing node that is known gives the line.
     *
     * @param pointer a JSON Pointer such as {@code /messages/q1/next}; empty for the root
     * @return a location with source and path, and line/column when known
     */
    public Location locate(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return positions.locate(source, pointer);
    }

    /**
     * Binds the whole document to a Java type with the hardened mapper: unknown fields, wrong
     * types and values rejected by a constructor become problems with their location.
     *
     * @param type a record or other Jackson-bindable type
     * @param <T>  the type
     * @return the bound value, or the problems
     */
    public <T> Validated<T> bind(Class<T> type) {
        return reader.bind(this, root(), "", type);
    }

    /**
     * Binds one part of the document, e.g. one block of a file with many.
     *
     * @param pointer the JSON Pointer of the part
     * @param type    the type to bind to
     * @param <T>     the type
     * @return the bound value, or the problems
     */
    public <T> Validated<T> bind(String pointer, Class<T> type) {
        JsonNode node = pointer.isEmpty() ? root() : root().at(pointer);
        return reader.bind(this, node, pointer, type);
    }

    /** Escapes one field name for use as a JSON Pointer segment ({@code ~} and {@code /}). */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        return "SourceDocument[" + source + ", " + format + "]";
    }
}
