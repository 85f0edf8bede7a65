package eu.coact.anonymise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.CellDerivation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.assertj.core.api.Assertions;

/**
 * {@link CellDerivation} against brute force: on random hierarchies of counts (a total, its
 * parts, their parts) with random hidden cells, a cell is reported derivable exactly when every
 * assignment of the hidden cells that keeps every sum gives it the same value.
 */
class CellDerivationProperties {

    @Property(tries = 300)
    void derivableCellsAreExactlyThoseTheSumsFix(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> value = new HashMap<>();
        List<CellDerivation.Sum> sums = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int top = 2 + random.nextInt(3);
        long total = 0;
        for (int i = 0; i < top; i++) {
            String part = "p" + i;
            long v = 0;
            if (random.nextInt(3) == 0) {
                List<String> leaves = new ArrayList<>();
                for (int j = 0; j < 2; j++) {
                    String leaf = part + "." + j;
                    long lv = 2 + random.nextInt(3);
                    value.put(leaf, lv);
                    leaves.add(leaf);
                    v += lv;
                }
                sums.add(CellDerivation.Sum.of(part, leaves));
            } else {
                v = 2 + random.nextInt(3);
            }
            value.put(part, v);
            parts.add(part);
            total += v;
        }
        value.put("total", total);
        sums.add(CellDerivation.Sum.of("total", parts));
        List<String> cells = new ArrayList<>(value.keySet());
        cells.sort(null);
        Set<String> hidden = new HashSet<>();
        while (hidden.size() < Math.min(3, cells.size()) && random.nextInt(4) != 0) {
            hidden.add(cells.get(random.nextInt(cells.size())));
        }

        SortedSet<String> derivable = CellDerivation.derivable(sums, hidden);

        Map<String, Set<Long>> seen = new HashMap<>();
        List<String> unknowns = new ArrayList<>(hidden);
        enumerate(unknowns, 0, new HashMap<>(value), sums, seen, (int) total + 2);
        for (String h : hidden) {
            boolean fixed = seen.getOrDefault(h, Set.of()).size() == 1;
            Assertions.assertThat(derivable.contains(h))
                    .as(h + " of " + hidden + " in " + sums)
                    .isEqualTo(fixed);
        }
        Statistics.label("hidden cells derivable").collect(!derivable.isEmpty());
        Statistics.label("hidden cells derivable").coverage(c -> {
            c.check(true).count(n -> n > 10);
            c.check(false).count(n -> n > 10);
        });
        assertThat(derivable).isSubsetOf(hidden);
    }

    /** Every assignment of the unknowns in [0, bound] that keeps every sum; records the values each takes. */
    private static void enumerate(
            List<String> unknowns,
            int at,
            Map<String, Long> values,
            List<CellDerivation.Sum> sums,
            Map<String, Set<Long>> seen,
            int bound) {
        if (at == unknowns.size()) {
            for (CellDerivation.Sum sum : sums) {
                long parts = sum.parts().stream().mapToLong(values::get).sum();
                if (parts != values.get(sum.total())) {
                    return;
                }
            }
            unknowns.forEach(u -> seen.computeIfAbsent(u, x -> new HashSet<>()).add(values.get(u)));
            return;
        }
        String u = unknowns.get(at);
        long original = values.get(u);
        for (long v = 0; v <= bound; v++) {
            values.put(u, v);
            enumerate(unknowns, at + 1, values, sums, seen, bound);
        }
        values.put(u, original);
    }
}
