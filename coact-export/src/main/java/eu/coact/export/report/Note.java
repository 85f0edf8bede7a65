package eu.coact.export.report;

import java.util.Objects;

/**
 * A highlighted remark, e.g. how small counts were protected.
 *
 * @param text the text; no markup is interpreted
 */
public record Note(String text) implements Block {

    /** Requires text. */
    public Note {
        Objects.requireNonNull(text, "text");
    }
}
