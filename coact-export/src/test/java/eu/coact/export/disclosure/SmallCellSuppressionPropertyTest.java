package eu.coact.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The guarantees of small-cell suppression, checked against an attacker who knows every shown
 * entry and that rows and columns add up to their totals. For each hidden entry the test builds,
 * by its own means, two other tables that show exactly the same thing but differ in that entry.
 */
class SmallCellSuppressionPropertyTest {

    @Property(tries = 300)
    void everyShownEntryIsZeroOrAtLeastTheThreshold(
            @ForAll("tables") CountTable table, @ForAll @IntRange(min = 2, max = 15) int threshold) {
        Grid g = Grid.of(table, SmallCellSuppression.withThreshold(threshold).apply(table));
        g.forEach((r, c) -> {
            if (g.shown(r, c)) {
                assertThat(g.value(r, c))
                        .satisfiesAnyOf(
                                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(threshold));
            }
        });
    }

    @Property(tries = 300)
    void exactlyTheSmallCountsAreHiddenForBeingSmall(
            @ForAll("tables") CountTable table, @ForAll @IntRange(min = 2, max = 15) int threshold) {
        Grid g = Grid.of(table, SmallCellSuppression.withThreshold(threshold).apply(table));
        g.forEach((r, c) -> {
            long v = g.value(r, c);
            boolean small = v > 0 && v < threshold;
            assertThat(g.cell(r, c) instanceof Cell.Hidden h && h.reason() == Cell.Suppression.SMALL_COUNT)
                    .isEqualTo(small);
            if (g.cell(r, c) instanceof Cell.Hidden h && h.reason() == Cell.Suppression.COMPLEMENTARY) {
                assertThat(v).as("complementary cells are never zeros").isPositive();
            }
        });
    }

    @Property(tries = 300)
    void noLineHasExactlyOneHiddenEntry(
            @ForAll("tables") CountTable table, @ForAll @IntRange(min = 2, max = 15) int threshold) {
        Grid g = Grid.of(table, SmallCellSuppression.withThreshold(threshold).apply(table));
        for (int r = 0; r < g.rows; r++) {
            int row = r;
            assertThat(IntStream.range(0, g.columns)
                            .filter(c -> !g.shown(row, c))
                            .count())
                    .isNotEqualTo(1);
        }
        for (int c = 0; c < g.columns; c++) {
            int column = c;
            assertThat(IntStream.range(0, g.rows)
                            .filter(r -> !g.shown(r, column))
                            .count())
                    .isNotEqualTo(1);
        }
    }

    @Property(tries = 300)
    void noHiddenCountIsDeterminedEvenKnowingCountsAreNotNegative(
            @ForAll("tables") CountTable table, @ForAll @IntRange(min = 2, max = 15) int threshold) {
        Grid g = Grid.of(table, SmallCellSuppression.withThreshold(threshold).apply(table));
        g.forEach((r, c) -> {
            if (!g.shown(r, c)) {
                for (int direction : new int[] {+1, -1}) {
                    long[][] other = g.alternative(r, c, direction)
                            .orElseThrow(() -> new AssertionError(
                                    "hidden entry (" + r + ", " + c + ") lies on no cycle: its count is determined"));
                    g.assertShowsTheSame(other);
                    assertThat(other[r][c]).isEqualTo(g.value(r, c) + direction);
                    for (long[] line : other) {
                        for (long v : line) {
                            assertThat(v)
                                    .as("a feasible table has no negative count")
                                    .isNotNegative();
                        }
                    }
                }
            }
        });
    }

    @Property(tries = 200)
    void hidingZerosStillLeavesNoHiddenCountDeterminedByTheTotals(
            @ForAll("tables") CountTable table, @ForAll @IntRange(min = 2, max = 15) int threshold) {
        Grid g = Grid.of(
                table,
                SmallCellSuppression.withThreshold(threshold).hidingZeros().apply(table));
        g.forEach((r, c) -> {
            if (g.value(r, c) == 0) {
                assertThat(g.shown(r, c)).isFalse();
            }
            if (!g.shown(r, c)) {
                long[][] other = g.alternative(r, c, +1)
                        .orElseThrow(() -> new AssertionError("entry (" + r + ", " + c + ") is determined"));
                g.assertShowsTheSame(other);
                assertThat(other[r][c]).isNotEqualTo(g.value(r, c));
            }
        });
    }

    @Property(tries = 200)
    void theResultIsDeterministic(@ForAll("tables") CountTable table) {
        CountTable copy = CountTable.of(table.rowLabels(), table.columnLabels(), counts(table));
        assertThat(SmallCellSuppression.standard().apply(copy))
                .isEqualTo(SmallCellSuppression.standard().apply(table));
    }

    @Provide
    Arbitrary<CountTable> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 9)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(10, 200)));
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 6);
        return Combinators.combine(sizes, sizes)
                .flatAs((rows, columns) -> count.array(long[].class)
                        .ofSize(columns)
                        .array(long[][].class)
                        .ofSize(rows)
                        .map(counts -> CountTable.of(labels("r", rows), labels("c", columns), counts)));
    }

    private static List<String> labels(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    private static long[][] counts(CountTable t) {
        long[][] out = new long[t.rows()][t.columns()];
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                out[r][c] = t.count(r, c);
            }
        }
        return out;
    }

    /** The table extended by its totals, with what is shown; the attacker's view and the truth. */
    static final class Grid {
        final int rows;
        final int columns;
        final long[][] truth;
        final Cell[][] published;

        private Grid(long[][] truth, Cell[][] published) {
            this.truth = truth;
            this.published = published;
            this.rows = truth.length;
            this.columns = truth[0].length;
        }

        static Grid of(CountTable t, SuppressedTable s) {
            int R = t.rows();
            int C = t.columns();
            long[][] truth = new long[R + 1][C + 1];
            Cell[][] cells = new Cell[R + 1][C + 1];
            for (int r = 0; r < R; r++) {
                for (int c = 0; c < C; c++) {
                    truth[r][c] = t.count(r, c);
                    cells[r][c] = s.cell(r, c);
                }
                truth[r][C] = t.rowTotal(r);
                cells[r][C] = s.rowTotal(r);
            }
            for (int c = 0; c < C; c++) {
                truth[R][c] = t.columnTotal(c);
                cells[R][c] = s.columnTotal(c);
            }
            truth[R][C] = t.grandTotal();
            cells[R][C] = s.grandTotal();
            for (int r = 0; r <= R; r++) {
                for (int c = 0; c <= C; c++) {
                    if (cells[r][c] instanceof Cell.Shown shown) {
                        assertThat(shown.count()).isEqualTo(truth[r][c]);
                    }
                }
            }
            return new Grid(truth, cells);
        }

        long value(int r, int c) {
            return truth[r][c];
        }

        Cell cell(int r, int c) {
            return published[r][c];
        }

        boolean shown(int r, int c) {
            return published[r][c].isShown();
        }

        interface Visitor {
            void visit(int r, int c);
        }

        void forEach(Visitor v) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    v.visit(r, c);
                }
            }
        }

        /** +1 when the entry is a cell of the line, -1 when it is the line's total. */
        private int rowCoefficient(int c) {
            return c == columns - 1 ? -1 : 1;
        }

        private int columnCoefficient(int r) {
            return r == rows - 1 ? -1 : 1;
        }

        /**
         * Another table, consistent with every line sum and every shown entry, in which entry
         * (r, c) differs by {@code direction}: found by walking a cycle of hidden entries.
         */
        Optional<long[][]> alternative(int r, int c, int direction) {
            // Breadth-first search from row line r to column line c over hidden entries, avoiding (r, c).
            int n = rows + columns;
            int[] previous = new int[n];
            java.util.Arrays.fill(previous, -2);
            previous[r] = -1;
            Deque<Integer> queue = new ArrayDeque<>(List.of(r));
            while (!queue.isEmpty() && previous[rows + c] == -2) {
                int u = queue.poll();
                for (int k = 0; k < (u < rows ? columns : rows); k++) {
                    int i = u < rows ? u : k;
                    int j = u < rows ? k : u - rows;
                    int w = u < rows ? rows + k : k;
                    if (shown(i, j) || (i == r && j == c) || previous[w] != -2) {
                        continue;
                    }
                    previous[w] = u;
                    queue.add(w);
                }
            }
            if (previous[rows + c] == -2) {
                return Optional.empty();
            }
            List<int[]> cycle = new ArrayList<>();
            cycle.add(new int[] {r, c});
            for (int v = rows + c; v != r; v = previous[v]) {
                int u = previous[v];
                cycle.add(u < rows ? new int[] {u, v - rows} : new int[] {v, u - rows});
            }
            long[][] other = new long[rows][];
            for (int i = 0; i < rows; i++) {
                other[i] = truth[i].clone();
            }
            // Walk the cycle: consecutive entries share a line, and their changes cancel in it.
            long delta = direction;
            other[r][c] += delta;
            int[] prev = cycle.get(0);
            boolean viaColumn = true;
            for (int k = 1; k < cycle.size(); k++) {
                int[] e = cycle.get(k);
                long next;
                if (viaColumn) {
                    next = -columnCoefficient(prev[0]) * delta / columnCoefficient(e[0]);
                } else {
                    next = -rowCoefficient(prev[1]) * delta / rowCoefficient(e[1]);
                }
                other[e[0]][e[1]] += next;
                delta = next;
                prev = e;
                viaColumn = !viaColumn;
            }
            return Optional.of(other);
        }

        void assertShowsTheSame(long[][] other) {
            for (int r = 0; r < rows; r++) {
                long sum = 0;
                for (int c = 0; c < columns - 1; c++) {
                    sum += other[r][c];
                }
                assertThat(sum).as("row %d adds up", r).isEqualTo(other[r][columns - 1]);
            }
            for (int c = 0; c < columns; c++) {
                long sum = 0;
                for (int r = 0; r < rows - 1; r++) {
                    sum += other[r][c];
                }
                assertThat(sum).as("column %d adds up", c).isEqualTo(other[rows - 1][c]);
            }
            forEach((r, c) -> {
                if (shown(r, c)) {
                    assertThat(other[r][c])
                            .as("shown entry (%d, %d) unchanged", r, c)
                            .isEqualTo(truth[r][c]);
                }
            });
        }
    }
}
