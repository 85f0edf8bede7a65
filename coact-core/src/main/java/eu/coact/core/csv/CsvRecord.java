package eu.coact.core.csv;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file: its values and the 1-based line it starts on (a quoted value may
 * span several lines, so the next record can start more than one line later).
 *
 * @param line   the 1-based line the record starts on
 * @param values the values, unquoted
 */
public record CsvRecord(long line, List<String> values) {

    /** Copies the values; a line is 1-based. */
    public CsvRecord {
        Objects.requireNonNull(values, "values");
        values = List.copyOf(values);
        if (line < 1) {
            throw new IllegalArgumentException("lines are 1-based");
        }
    }

    /** The number of values. */
    public int size() {
        return values.size();
    }

    /** The value at a 0-based position. */
    public String get(int index) {
        return values.get(index);
    }
}
