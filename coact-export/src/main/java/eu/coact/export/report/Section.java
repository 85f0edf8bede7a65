package eu.coact.export.report;

import java.util.List;
import java.util.Objects;

/**
 * A headed part of a report.
 *
 * @param heading the section heading
 * @param blocks  its paragraphs, notes, charts and tables, in order
 */
public record Section(String heading, List<Block> blocks) {

    /** Copies the blocks. */
    public Section {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
    }

    /** A section of these blocks. */
    public static Section of(String heading, Block... blocks) {
        return new Section(heading, List.of(blocks));
    }
}
