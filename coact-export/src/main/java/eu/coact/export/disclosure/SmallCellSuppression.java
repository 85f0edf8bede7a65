package eu.coact.export.disclosure;

import eu.coact.export.disclosure.internal.SuppressionGraph;

/**
 * Small-cell suppression for count tables, with complementary suppression.
 *
 * <ol>
 *   <li><b>Primary:</b> every entry — cell, row total, column total, grand total — whose count
 *   is at least 1 and below the threshold (default 10) is hidden.</li>
 *   <li><b>Complementary:</b> more entries are hidden until no hidden count can be worked out
 *   from the shown entries and the fact that each row and column adds up to its total. In
 *   particular no row or column line has exactly one hidden entry. Among the possible entries
 *   the cheapest are chosen deterministically: smallest total count first, then fewest entries,
 *   then position.</li>
 * </ol>
 *
 * <p><b>Zeros.</b> By default a count of zero is shown: it says that nobody in a group has an
 * answer, which discloses no person's count, and hiding every structural zero would make tables
 * unreadable. Zeros are never chosen as complementary cells, because a hidden zero can only be
 * zero or more and would narrow the bounds it is meant to widen. With this default, every hidden
 * count is at least 1 and lies on a cycle of hidden entries, so it can move up or down by one
 * without changing anything shown: no hidden count is determined, even using that counts are not
 * negative. Studies whose groups are small enough that "nobody in this group" is itself
 * sensitive can hide zeros too with {@link #hidingZeros()}.
 *
 * <pre>{@code
 * SuppressedTable safe = SmallCellSuppression.standard().apply(table);
 * }</pre>
 */
public final class SmallCellSuppression {

    /** The threshold most statistical offices use for counts of people. */
    public static final int DEFAULT_THRESHOLD = 10;

    private final int threshold;
    private final boolean hideZeros;

    private SmallCellSuppression(int threshold, boolean hideZeros) {
        this.threshold = threshold;
        this.hideZeros = hideZeros;
    }

    /** Threshold 10, zeros shown. */
    public static SmallCellSuppression standard() {
        return new SmallCellSuppression(DEFAULT_THRESHOLD, false);
    }

    /**
     * Counts from 1 to {@code threshold - 1} are hidden.
     *
     * @param threshold the smallest count that may be shown, at least 2
     * @return the rule, zeros shown
     */
    public static SmallCellSuppression withThreshold(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("a suppression threshold is at least 2, not " + threshold);
        }
        return new SmallCellSuppression(threshold, false);
    }

    /** The same rule, also hiding counts of zero (primary suppression). */
    public SmallCellSuppression hidingZeros() {
        return new SmallCellSuppression(threshold, true);
    }

    /** The smallest count that may be shown. */
    public int threshold() {
        return threshold;
    }

    /** True when a count of this size is hidden on its own (primary suppression). */
    public boolean isSmall(long count) {
        return count < threshold && (count > 0 || hideZeros);
    }

    /**
     * Applies primary and complementary suppression.
     *
     * @param table the counts
     * @return the table as it may be published
     */
    public SuppressedTable apply(CountTable table) {
        int rows = table.rows();
        int columns = table.columns();
        long[][] extended = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                extended[r][c] = table.count(r, c);
            }
            extended[r][columns] = table.rowTotal(r);
        }
        for (int c = 0; c < columns; c++) {
            extended[rows][c] = table.columnTotal(c);
        }
        extended[rows][columns] = table.grandTotal();
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = isSmall(extended[r][c]);
            }
        }
        boolean[][] complementary = SuppressionGraph.complete(extended, hidden);
        Cell[][] grid = new Cell[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                grid[r][c] = !hidden[r][c]
                        ? Cell.shown(extended[r][c])
                        : new Cell.Hidden(
                                complementary[r][c] ? Cell.Suppression.COMPLEMENTARY : Cell.Suppression.SMALL_COUNT);
            }
        }
        return new SuppressedTable(table.rowLabels(), table.columnLabels(), grid, threshold);
    }

    @Override
    public String toString() {
        return "SmallCellSuppression[threshold " + threshold + (hideZeros ? ", zeros hidden" : "") + "]";
    }
}
