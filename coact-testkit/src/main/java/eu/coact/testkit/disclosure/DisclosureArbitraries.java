package eu.coact.testkit.disclosure;

import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for disclosure control: hierarchies, tables, configurations, whole audit
 * cases, and random samples of an auditor's own table. Compose them like any jqwik arbitrary:
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<AuditCase> cases() {
 *     return DisclosureArbitraries.cases();
 * }
 * }</pre>
 */
public final class DisclosureArbitraries {

    private static final List<Double> SUPPRESSION_LIMITS = List.of(0.0, 0.05, 0.1, 0.25, 0.5);

    private DisclosureArbitraries() {}

    /**
     * Value trees with 1 to {@code maxValues} original values and 2 to {@code maxLevels} levels;
     * values are named {@code prefix0}, {@code prefix1}, …, groups {@code prefix@level.group}, the
     * root {@code *}.
     *
     * @param prefix    names the values, so different attributes have different values
     * @param maxValues the most original values, at least 1
     * @param maxLevels the most levels, at least 2
     * @return the arbitrary
     */
    public static Arbitrary<Hierarchy> hierarchies(String prefix, int maxValues, int maxLevels) {
        Objects.requireNonNull(prefix, "prefix");
        if (maxValues < 1 || maxLevels < 2) {
            throw new IllegalArgumentException("at least one value and two levels");
        }
        return Combinators.combine(
                        Arbitraries.integers().between(1, maxValues),
                        Arbitraries.integers().between(2, maxLevels),
                        Arbitraries.longs())
                .as((values, levels, seed) -> tree(prefix, values, levels, new SplittableRandom(seed)));
    }

    /**
     * Small value trees (up to 6 values, up to 4 levels) named after {@code prefix}.
     *
     * @param prefix names the values
     * @return the arbitrary
     */
    public static Arbitrary<Hierarchy> hierarchies(String prefix) {
        return hierarchies(prefix, 6, 4);
    }

    private static Hierarchy tree(String prefix, int values, int levels, SplittableRandom random) {
        int[][] group = new int[levels][values];
        for (int v = 0; v < values; v++) {
            group[0][v] = v;
        }
        int groups = values;
        for (int level = 1; level < levels - 1; level++) {
            int fewer = 1 + random.nextInt(groups);
            int[] parent = new int[groups];
            for (int g = 0; g < groups; g++) {
                parent[g] = g < fewer ? g : random.nextInt(fewer);
            }
            for (int v = 0; v < values; v++) {
                group[level][v] = parent[group[level - 1][v]];
            }
            groups = fewer;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int v = 0; v < values; v++) {
            List<String> row = new ArrayList<>();
            row.add(prefix + v);
            for (int level = 1; level < levels - 1; level++) {
                row.add(prefix + "@" + level + "." + group[level][v]);
            }
            row.add("*");
            rows.add(row);
        }
        return Hierarchy.of(prefix, rows).orElseThrow();
    }

    /**
     * Tables whose columns take values from the given hierarchies (every value in its
     * hierarchy), with 1 to {@code maxRows} rows.
     *
     * @param hierarchies column name to the hierarchy its values come from
     * @param maxRows     the most rows, at least 1
     * @return the arbitrary
     */
    public static Arbitrary<Table> tables(Map<String, Hierarchy> hierarchies, int maxRows) {
        List<String> columns = List.copyOf(hierarchies.keySet());
        return Combinators.combine(Arbitraries.integers().between(1, maxRows), Arbitraries.longs())
                .as((rows, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<List<String>> data = new ArrayList<>();
                    for (int r = 0; r < rows; r++) {
                        List<String> row = new ArrayList<>();
                        for (String column : columns) {
                            List<String> values = hierarchies.get(column).values();
                            row.add(values.get(random.nextInt(values.size())));
                        }
                        data.add(row);
                    }
                    return Table.of(columns, data);
                });
    }

    /**
     * Random samples of an auditor's own table: each row kept with probability between 10 and
     * 100 percent, order preserved. Useful to check a release process on many related inputs.
     *
     * @param table the table to sample
     * @return the arbitrary
     */
    public static Arbitrary<Table> samplesOf(Table table) {
        Objects.requireNonNull(table, "table");
        return Combinators.combine(Arbitraries.integers().between(10, 100), Arbitraries.longs())
                .as((percent, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<List<String>> rows = new ArrayList<>();
                    for (int r = 0; r < table.rowCount(); r++) {
                        if (random.nextInt(100) < percent) {
                            rows.add(table.row(r));
                        }
                    }
                    if (rows.isEmpty() && table.rowCount() > 0) {
                        rows.add(table.row(0));
                    }
                    return Table.of(table.columns(), rows);
                });
    }

    /**
     * Whole audit cases on small random data: 1 to 3 quasi-identifiers, one sensitive attribute
     * with a hierarchy, one identifying and one insensitive column; k-anonymity plus, at
     * random, distinct-l or entropy-l diversity or t-closeness (equal or hierarchical); a
     * suppression limit and a metric.
     *
     * @return the arbitrary
     */
    public static Arbitrary<AuditCase> cases() {
        Arbitrary<List<Hierarchy>> quasi = Arbitraries.integers().between(1, 3).flatMap(count -> {
            List<Arbitrary<Hierarchy>> each = new ArrayList<>();
            for (int q = 0; q < count; q++) {
                each.add(hierarchies("q" + q + "v", 5, 4));
            }
            return Combinators.combine(each).as(list -> list);
        });
        return Combinators.combine(
                        quasi,
                        hierarchies("s", 4, 3),
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.longs(),
                        Arbitraries.of(Metric.class))
                .as((qis, secret, rows, seed, metric) ->
                        buildCase(qis, secret, rows, new SplittableRandom(seed), metric));
    }

    private static AuditCase buildCase(
            List<Hierarchy> qis, Hierarchy secret, int rows, SplittableRandom random, Metric metric) {
        List<String> columns = new ArrayList<>();
        columns.add("id");
        for (int q = 0; q < qis.size(); q++) {
            columns.add("q" + q);
        }
        columns.add("secret");
        columns.add("note");
        List<List<String>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            row.add("person-" + r);
            for (Hierarchy hierarchy : qis) {
                row.add(hierarchy.values().get(random.nextInt(hierarchy.values().size())));
            }
            row.add(secret.values().get(random.nextInt(secret.values().size())));
            row.add("n" + random.nextInt(3));
            data.add(row);
        }
        DisclosureConfiguration.Builder builder =
                DisclosureConfiguration.builder().identifying("id");
        for (int q = 0; q < qis.size(); q++) {
            builder.quasiIdentifying("q" + q, qis.get(q));
        }
        builder.sensitive("secret", secret)
                .insensitive("note")
                .model(PrivacyModel.kAnonymity(1 + random.nextInt(4)))
                .suppressionLimit(SUPPRESSION_LIMITS.get(random.nextInt(SUPPRESSION_LIMITS.size())))
                .metric(metric);
        switch (random.nextInt(5)) {
            case 1 -> builder.model(PrivacyModel.distinctLDiversity("secret", 1 + random.nextInt(3)));
            case 2 -> builder.model(PrivacyModel.entropyLDiversity("secret", 1 + random.nextInt(3) * 0.5));
            case 3 -> builder.model(PrivacyModel.tCloseness("secret", 0.1 + random.nextInt(9) * 0.1));
            case 4 -> builder.model(PrivacyModel.hierarchicalTCloseness("secret", 0.1 + random.nextInt(9) * 0.1));
            default -> {}
        }
        return new AuditCase(Table.of(columns, data), builder.build());
    }
}
