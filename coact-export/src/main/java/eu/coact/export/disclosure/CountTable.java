package eu.coact.export.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A two-way table of counts (e.g. answers by gender and age band) with its row totals, column
 * totals and grand total, which are always the sums of the cells. Immutable.
 *
 * <pre>{@code
 * CountTable table = CountTable.of(List.of("woman", "man"), List.of("18-29", "30-49"),
 *         new long[][] {{12, 40}, {3, 25}});
 * }</pre>
 */
public final class CountTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final long[][] counts;

    private CountTable(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.counts = counts;
    }

    /**
     * A table from its labels and counts, given row by row.
     *
     * @param rowLabels    the label of each row, unique
     * @param columnLabels the label of each column, unique
     * @param counts       one array per row, one count per column; counts are not negative
     * @return the table
     */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        List<String> rows = List.copyOf(rowLabels);
        List<String> columns = List.copyOf(columnLabels);
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("a count table needs at least one row and one column");
        }
        if (Set.copyOf(rows).size() != rows.size() || Set.copyOf(columns).size() != columns.size()) {
            throw new IllegalArgumentException("row labels and column labels must be unique");
        }
        Objects.requireNonNull(counts, "counts");
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(
                    "there are " + rows.size() + " row labels but " + counts.length + " rows of counts");
        }
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("row '" + rows.get(r) + "' has " + counts[r].length + " counts for "
                        + columns.size() + " columns");
            }
            copy[r] = counts[r].clone();
            for (long c : copy[r]) {
                if (c < 0) {
                    throw new IllegalArgumentException(
                            "counts are not negative, but row '" + rows.get(r) + "' has " + c);
                }
            }
        }
        return new CountTable(rows, columns, copy);
    }

    /** The row labels, top to bottom. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The column labels, left to right. */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The number of rows (totals not counted). */
    public int rows() {
        return rowLabels.size();
    }

    /** The number of columns (totals not counted). */
    public int columns() {
        return columnLabels.size();
    }

    /** The count of a cell, by 0-based row and column. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** The sum of a row. */
    public long rowTotal(int row) {
        long sum = 0;
        for (long c : counts[row]) {
            sum = Math.addExact(sum, c);
        }
        return sum;
    }

    /** The sum of a column. */
    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum = Math.addExact(sum, row[column]);
        }
        return sum;
    }

    /** The sum of all cells. */
    public long grandTotal() {
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            sum = Math.addExact(sum, rowTotal(r));
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTable other
                && rowLabels.equals(other.rowLabels)
                && columnLabels.equals(other.columnLabels)
                && java.util.Arrays.deepEquals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowLabels, columnLabels, java.util.Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "CountTable[" + rows() + "x" + columns() + ", total " + grandTotal() + "]";
    }
}
