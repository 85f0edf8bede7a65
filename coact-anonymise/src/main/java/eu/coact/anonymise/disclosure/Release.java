package eu.coact.anonymise.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A table ready to publish: identifying columns removed, quasi-identifiers generalised,
 * suppressed records left out, everything else as it was.
 *
 * @param table          the released table
 * @param sourceRows     for each released row, the index of the original row it came from
 * @param transformation the transformation applied
 */
public record Release(Table table, List<Integer> sourceRows, Transformation transformation) {

    /** Checks the parts match. */
    public Release {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(transformation, "transformation");
        sourceRows = List.copyOf(sourceRows);
        if (sourceRows.size() != table.rowCount()) {
            throw new IllegalArgumentException("one source row per released row");
        }
    }
}
