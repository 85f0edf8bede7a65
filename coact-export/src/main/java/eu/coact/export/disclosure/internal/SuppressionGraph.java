package eu.coact.export.disclosure.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * Complementary suppression on a table extended by its margins. The extended table has one more
 * row (column totals) and one more column (row totals); every line of it satisfies "cells sum to
 * the total". Each entry lies on exactly one row line and one column line, so the hidden entries
 * form the edges of a bipartite graph between row lines and column lines. A hidden entry's value
 * follows from the published entries exactly when its edge is a bridge of that graph (it lies on
 * no cycle of hidden entries); so complementary suppression hides entries until no hidden edge is
 * a bridge. For each bridge it hides the cheapest path of entries that closes a cycle through it:
 * the smallest total count, then the fewest entries, ties broken by position, so the result is
 * deterministic. Entries whose count is zero are never chosen: a hidden zero can only move up,
 * which would tighten rather than widen the bounds of the cell it is meant to protect.
 */
public final class SuppressionGraph {

    private final long[][] values;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;

    private SuppressionGraph(long[][] values, boolean[][] hidden) {
        this.values = values;
        this.hidden = hidden;
        this.rows = values.length;
        this.columns = values[0].length;
    }

    /**
     * Adds complementary suppressions until no hidden entry is determined by the others.
     *
     * @param extended the extended table, totals in the last row and column
     * @param hidden   the primary suppressions, same shape; updated in place
     * @return for each entry, whether it was hidden by this step
     */
    public static boolean[][] complete(long[][] extended, boolean[][] hidden) {
        SuppressionGraph graph = new SuppressionGraph(extended, hidden);
        boolean[][] added = new boolean[graph.rows][graph.columns];
        for (Optional<int[]> bridge = graph.firstBridge(); bridge.isPresent(); bridge = graph.firstBridge()) {
            int[] b = bridge.get();
            graph.closeCycle(b[0], b[1], added);
        }
        return added;
    }

    /**
     * The hidden entries whose value the published entries determine, in row-major order.
     *
     * @param hidden which entries are hidden
     * @return {row, column} of the first determined entry, if any
     */
    public static Optional<int[]> firstDetermined(boolean[][] hidden) {
        return new SuppressionGraph(new long[hidden.length][hidden[0].length], hidden).firstBridge();
    }

    private Optional<int[]> firstBridge() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (hidden[r][c] && !connectedWithout(r, c)) {
                    return Optional.of(new int[] {r, c});
                }
            }
        }
        return Optional.empty();
    }

    /** Whether row line r reaches column line c through hidden entries other than (r, c). */
    private boolean connectedWithout(int r, int c) {
        boolean[] seenRow = new boolean[rows];
        boolean[] seenColumn = new boolean[columns];
        Deque<Integer> queue = new ArrayDeque<>();
        seenRow[r] = true;
        queue.add(r);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v >= 0) {
                for (int j = 0; j < columns; j++) {
                    if (hidden[v][j] && !seenColumn[j] && !(v == r && j == c)) {
                        if (j == c) {
                            return true;
                        }
                        seenColumn[j] = true;
                        queue.add(-1 - j);
                    }
                }
            } else {
                int j = -1 - v;
                for (int i = 0; i < rows; i++) {
                    if (hidden[i][j] && !seenRow[i]) {
                        seenRow[i] = true;
                        queue.add(i);
                    }
                }
            }
        }
        return false;
    }

    /**
     * Hides the cheapest set of entries that, with hidden ones, joins row line r to column line c
     * without the entry (r, c): Dijkstra over line vertices, hidden entries costing nothing.
     */
    private void closeCycle(int r, int c, boolean[][] added) {
        int n = rows + columns;
        long[] cost = new long[n];
        int[] steps = new int[n];
        int[] previous = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(cost, Long.MAX_VALUE);
        Arrays.fill(previous, -1);
        cost[r] = 0;
        while (true) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (!done[v]
                        && cost[v] != Long.MAX_VALUE
                        && (u < 0 || cost[v] < cost[u] || (cost[v] == cost[u] && steps[v] < steps[u]))) {
                    u = v;
                }
            }
            if (u < 0) {
                throw new IllegalStateException("no complementary cells can protect entry (" + r + ", " + c + ")");
            }
            if (u == rows + c) {
                break;
            }
            done[u] = true;
            boolean isRow = u < rows;
            int limit = isRow ? columns : rows;
            for (int k = 0; k < limit; k++) {
                int i = isRow ? u : k;
                int j = isRow ? k : u - rows;
                if (i == r && j == c) {
                    continue;
                }
                int w = isRow ? rows + k : k;
                if (done[w]) {
                    continue;
                }
                long step;
                int newSteps;
                if (hidden[i][j]) {
                    step = 0;
                    newSteps = steps[u];
                } else if (values[i][j] > 0) {
                    step = values[i][j];
                    newSteps = steps[u] + 1;
                } else {
                    continue;
                }
                long candidate = cost[u] + step;
                if (candidate < cost[w] || (candidate == cost[w] && newSteps < steps[w])) {
                    cost[w] = candidate;
                    steps[w] = newSteps;
                    previous[w] = u;
                }
            }
        }
        for (int v = rows + c; v != r; v = previous[v]) {
            int u = previous[v];
            int i = u < rows ? u : v;
            int j = u < rows ? v - rows : u - rows;
            if (!hidden[i][j]) {
                hidden[i][j] = true;
                added[i][j] = true;
            }
        }
    }
}
