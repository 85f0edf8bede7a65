package eu.coact.anonymise.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which hidden counts can be worked out from the published ones. Published counts are tied by
 * sums (a total is the sum of its parts, "consented" is the sum of the consented participants'
 * outcomes, the rows of a breakdown add up to the overall row); a hidden count is derivable
 * when those sums fix its value whatever the other hidden counts are, by adding and subtracting
 * published ones, possibly across several tables. The test is exact linear algebra: a hidden
 * count is derivable iff its unit vector lies in the row space of the sums restricted to hidden
 * counts.
 *
 * <pre>{@code
 * Set<String> leaks = CellDerivation.derivable(List.of(
 *         CellDerivation.Sum.of("joined", List.of("consented", "declined", "erased"))),
 *         Set.of("declined"));   // → [declined]: joined − consented − erased
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CellDerivation {

    private static final double EPSILON = 1e-9;

    private CellDerivation() {}

    /**
     * One sum tying published counts: {@code total} is the sum of {@code parts}.
     *
     * @param total the name of the total
     * @param parts the names of its parts, at least one
     */
    public record Sum(String total, List<String> parts) {

        /** Checks presence and copies the parts. */
        public Sum {
            Objects.requireNonNull(total, "total");
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a sum has at least one part");
            }
        }

        /** A sum of parts. */
        public static Sum of(String total, List<String> parts) {
            return new Sum(total, parts);
        }
    }

    /**
     * The hidden counts the sums fix.
     *
     * @param sums   the sums between counts, published or hidden
     * @param hidden the names of the hidden counts (every other name in the sums is published)
     * @return the hidden counts whose value follows from the published ones, sorted
     */
    public static SortedSet<String> derivable(Collection<Sum> sums, Set<String> hidden) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Sum sum : sums) {
            for (String name : names(sum)) {
                if (hidden.contains(name)) {
                    index.putIfAbsent(name, index.size());
                }
            }
        }
        int n = index.size();
        List<double[]> rows = new ArrayList<>();
        for (Sum sum : sums) {
            double[] row = new double[n];
            boolean any = false;
            Integer t = index.get(sum.total());
            if (t != null) {
                row[t] += 1;
                any = true;
            }
            for (String part : sum.parts()) {
                Integer p = index.get(part);
                if (p != null) {
                    row[p] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] m = rows.toArray(double[][]::new);
        int[] pivotRowOfColumn = reduce(m, n);
        SortedSet<String> fixed = new TreeSet<>();
        index.forEach((name, column) -> {
            int r = pivotRowOfColumn[column];
            if (r < 0) {
                return;
            }
            // Determined iff its reduced row involves no free column (the null space is zero there).
            for (int c = 0; c < n; c++) {
                if (c != column && Math.abs(m[r][c]) > EPSILON) {
                    return;
                }
            }
            fixed.add(name);
        });
        return fixed;
    }

    private static List<String> names(Sum sum) {
        List<String> all = new ArrayList<>(sum.parts());
        all.add(sum.total());
        return all;
    }

    /** Reduced row echelon form in place; for each column, the row of its pivot or -1. */
    private static int[] reduce(double[][] m, int columns) {
        int[] pivot = new int[columns];
        java.util.Arrays.fill(pivot, -1);
        int row = 0;
        for (int c = 0; c < columns && row < m.length; c++) {
            int best = -1;
            for (int r = row; r < m.length; r++) {
                if (Math.abs(m[r][c]) > EPSILON && (best < 0 || Math.abs(m[r][c]) > Math.abs(m[best][c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] swap = m[row];
            m[row] = m[best];
            m[best] = swap;
            double p = m[row][c];
            for (int k = 0; k < columns; k++) {
                m[row][k] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != row && Math.abs(m[r][c]) > EPSILON) {
                    double f = m[r][c];
                    for (int k = 0; k < columns; k++) {
                        m[r][k] -= f * m[row][k];
                    }
                }
            }
            pivot[c] = row;
            row++;
        }
        return pivot;
    }
}
