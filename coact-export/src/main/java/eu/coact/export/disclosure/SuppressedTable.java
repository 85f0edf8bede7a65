package eu.coact.export.disclosure;

import java.util.List;

/**
 * A count table after small-cell suppression: every cell and total is either shown or hidden.
 * No hidden count can be worked out from what is shown (see {@link SmallCellSuppression}).
 */
public final class SuppressedTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Cell[][] grid;
    private final int threshold;

    SuppressedTable(List<String> rowLabels, List<String> columnLabels, Cell[][] grid, int threshold) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.grid = grid;
        this.threshold = threshold;
    }

    /** The row labels, top to bottom. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** The column labels, left to right. */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The threshold that was applied. */
    public int threshold() {
        return threshold;
    }

    /** A cell, by 0-based row and column. */
    public Cell cell(int row, int column) {
        check(row, column);
        return grid[row][column];
    }

    /** The total of a row. */
    public Cell rowTotal(int row) {
        check(row, 0);
        return grid[row][columnLabels.size()];
    }

    /** The total of a column. */
    public Cell columnTotal(int column) {
        check(0, column);
        return grid[rowLabels.size()][column];
    }

    /** The grand total. */
    public Cell grandTotal() {
        return grid[rowLabels.size()][columnLabels.size()];
    }

    /** The number of hidden entries, totals included. */
    public int hiddenCount() {
        int n = 0;
        for (Cell[] row : grid) {
            for (Cell c : row) {
                if (!c.isShown()) {
                    n++;
                }
            }
        }
        return n;
    }

    private void check(int row, int column) {
        if (row < 0 || row >= rowLabels.size() || column < 0 || column >= columnLabels.size()) {
            throw new IndexOutOfBoundsException("no cell (" + row + ", " + column + ") in a " + rowLabels.size() + "x"
                    + columnLabels.size() + " table");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SuppressedTable other
                && threshold == other.threshold
                && rowLabels.equals(other.rowLabels)
                && columnLabels.equals(other.columnLabels)
                && java.util.Arrays.deepEquals(grid, other.grid);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(grid) * 31 + threshold;
    }

    @Override
    public String toString() {
        return "SuppressedTable[" + rowLabels.size() + "x" + columnLabels.size() + ", threshold " + threshold + ", "
                + hiddenCount() + " hidden]";
    }
}
