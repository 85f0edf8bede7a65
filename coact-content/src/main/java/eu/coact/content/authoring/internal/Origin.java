package eu.coact.content.authoring.internal;

import eu.coact.core.problem.Location;
import eu.coact.core.read.SourceDocument;
import java.util.Optional;

/**
 * Where a block was written: its document and the JSON Pointer of the block in it, so that a
 * rule checking the model can report the file, line and column. Blocks built in code have no
 * document and are named by their id.
 *
 * @param document the document, when the block was read from one
 * @param source   the source name used when there is no document
 * @param base     the block's pointer in the document
 */
public record Origin(Optional<SourceDocument> document, String source, String base) {

    /** A block read from a document at {@code base}. */
    public static Origin of(SourceDocument document, String base) {
        return new Origin(Optional.of(document), document.source(), base);
    }

    /** A block built in code. */
    public static Origin inCode(String blockId) {
        return new Origin(Optional.empty(), "block " + blockId, "");
    }

    /** The location of a path inside the block. */
    public Location locate(String relative) {
        String pointer = base + relative;
        return document.map(d -> d.locate(pointer)).orElseGet(() -> Location.of(source, pointer));
    }
}
