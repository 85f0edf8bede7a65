package eu.coact.anonymise.audit;

import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks privacy models on the person-level join of a release: one row per published person
 * holding everything published about them, from every file. Classes are formed from the text
 * of the quasi-identifying columns as published, so the check needs nothing of how the release
 * was made. Findings name columns and class sizes, never values.
 *
 * <pre>{@code
 * List<String> findings = PersonLevelAudit.findings(joined, List.of("gender", "age_band", "answer_times"),
 *         List.of(PrivacyModel.kAnonymity(5)));
 * }</pre>
 *
 * <p>Stateless and thread-safe. t-closeness is not checked here (it needs the distance the
 * release used); k-anonymity and both l-diversities are.
 */
public final class PersonLevelAudit {

    private PersonLevelAudit() {}

    /**
     * The models' violations on a joined table.
     *
     * @param joined           one row per person, every published column
     * @param quasiIdentifiers the columns an attacker can know about a person
     * @param models           the declared privacy models
     * @return one sentence per violated model, empty when all hold
     * @throws IllegalArgumentException if a named column is not in the table
     */
    public static List<String> findings(Table joined, List<String> quasiIdentifiers, List<PrivacyModel> models) {
        Objects.requireNonNull(models, "models");
        int[] qi = columns(joined, quasiIdentifiers);
        Map<List<String>, List<Integer>> classes = new HashMap<>();
        for (int r = 0; r < joined.rowCount(); r++) {
            List<String> key = new ArrayList<>(qi.length);
            for (int c : qi) {
                key.add(joined.value(r, c));
            }
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<String> findings = new ArrayList<>();
        for (PrivacyModel model : models) {
            if (model instanceof PrivacyModel.KAnonymity k) {
                long below = classes.values().stream()
                        .filter(c -> c.size() < k.k())
                        .mapToLong(List::size)
                        .sum();
                if (below > 0) {
                    findings.add(below + " of " + joined.rowCount() + " persons are in classes smaller than k = "
                            + k.k() + " on " + quasiIdentifiers);
                }
            } else if (model instanceof PrivacyModel.DistinctLDiversity l) {
                int s = columns(joined, List.of(l.attribute()))[0];
                long below = classes.values().stream()
                        .filter(c -> distinct(joined, c, s).size() < l.l())
                        .mapToLong(List::size)
                        .sum();
                if (below > 0) {
                    findings.add(below + " of " + joined.rowCount() + " persons are in classes with fewer than l = "
                            + l.l() + " distinct values of " + l.attribute() + " on " + quasiIdentifiers);
                }
            } else if (model instanceof PrivacyModel.EntropyLDiversity l) {
                int s = columns(joined, List.of(l.attribute()))[0];
                long below = classes.values().stream()
                        .filter(c -> entropy(distinct(joined, c, s), c.size()) < Math.log(l.l()) - 1e-9)
                        .mapToLong(List::size)
                        .sum();
                if (below > 0) {
                    findings.add(below + " of " + joined.rowCount() + " persons are in classes whose entropy of "
                            + l.attribute() + " is below log(" + l.l() + ") on " + quasiIdentifiers);
                }
            }
        }
        return findings;
    }

    private static Map<String, Integer> distinct(Table table, List<Integer> rows, int column) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(table.value(r, column), 1, Integer::sum));
        return counts;
    }

    private static double entropy(Map<String, Integer> counts, int size) {
        double h = 0;
        for (int n : counts.values()) {
            double p = (double) n / size;
            h -= p * Math.log(p);
        }
        return h;
    }

    private static int[] columns(Table table, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            out[i] = table.column(name).orElseThrow(() -> new IllegalArgumentException("no column '" + name + "'"));
        }
        return out;
    }
}
