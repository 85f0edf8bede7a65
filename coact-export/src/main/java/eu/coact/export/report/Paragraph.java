package eu.coact.export.report;

import java.util.Objects;

/**
 * A paragraph of plain text.
 *
 * @param text the text; no markup is interpreted
 */
public record Paragraph(String text) implements Block {

    /** Requires text. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
