package eu.coact.export.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of text, e.g. a release risk summary.
 *
 * @param caption what the table shows
 * @param header  the column headings
 * @param rows    the rows, each as wide as the header
 */
public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

    /** Copies the lists and checks that every row is as wide as the header. */
    public Table {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.size() + " values for " + header.size() + " columns");
            }
        }
    }
}
