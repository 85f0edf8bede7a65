package eu.coact.anonymise.audit;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.AttributeRole;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.GroundDistance;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Release;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.anonymise.disclosure.Transformation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a release against its original table and configuration, independently of the search
 * that produced it (classes are recounted from the released text, not from the engine's codes).
 * Each check returns findings; an empty list means the check passed. Findings name rows and
 * columns, never values, so they can go into a test report.
 *
 * <pre>{@code
 * ReleaseAudit.of(anonymisation, release).assertSound();
 * }</pre>
 */
public final class ReleaseAudit {

    private static final double EPSILON = 1e-9;

    private final Anonymisation anonymisation;
    private final Release release;
    private final Table original;
    private final DisclosureConfiguration configuration;

    private ReleaseAudit(Anonymisation anonymisation, Release release) {
        this.anonymisation = anonymisation;
        this.release = release;
        this.original = anonymisation.table();
        this.configuration = anonymisation.configuration();
    }

    /**
     * An audit of a release made from a prepared table.
     *
     * @param anonymisation the prepared original table and configuration
     * @param release       the release to check
     * @return the audit
     */
    public static ReleaseAudit of(Anonymisation anonymisation, Release release) {
        return new ReleaseAudit(
                Objects.requireNonNull(anonymisation, "anonymisation"), Objects.requireNonNull(release, "release"));
    }

    /**
     * Runs the whole pipeline on a table — prepare, search, release — and audits the result. A
     * table on which no transformation satisfies the models gives no release and passes if the
     * exhaustive evaluation agrees that none does.
     *
     * @param table         the micro-data
     * @param configuration the release rules
     * @throws AssertionError listing every finding, if any check fails
     * @throws IllegalArgumentException if the table does not fit the configuration
     */
    public static void assertPipelineSound(Table table, DisclosureConfiguration configuration) {
        Anonymisation anonymisation = Anonymisation.prepare(table, configuration)
                .asOptional()
                .orElseThrow(() -> new IllegalArgumentException(
                        Anonymisation.prepare(table, configuration).problems().render()));
        Optional<Transformation> optimum = anonymisation.search().optimum();
        if (optimum.isEmpty()) {
            if (anonymisation.searchExhaustively().optimum().isPresent()) {
                throw new AssertionError("the search found no transformation but one satisfies the models");
            }
            return;
        }
        of(anonymisation, anonymisation.release(optimum.get())).assertSound();
    }

    /**
     * Every check together.
     *
     * @return all findings
     */
    public List<String> findings() {
        List<String> all = new ArrayList<>();
        all.addAll(noIdentifyingAttribute());
        all.addAll(rowsPreserved());
        all.addAll(suppressionWithinLimit());
        all.addAll(valuesAreAncestors());
        all.addAll(modelsHold());
        all.addAll(minimalAmongNeighbours());
        return all;
    }

    /**
     * Fails with every finding, if there is any.
     *
     * @throws AssertionError listing the findings
     */
    public void assertSound() {
        List<String> findings = findings();
        if (!findings.isEmpty()) {
            throw new AssertionError("the release fails its audit:\n  - " + String.join("\n  - ", findings));
        }
    }

    /**
     * No identifying column is released, under its name or as a renamed copy.
     *
     * @return findings
     */
    public List<String> noIdentifyingAttribute() {
        List<String> findings = new ArrayList<>();
        Table released = release.table();
        for (Map.Entry<String, AttributeRole> role : configuration.roles().entrySet()) {
            if (role.getValue() != AttributeRole.IDENTIFYING) {
                continue;
            }
            if (released.column(role.getKey()).isPresent()) {
                findings.add("the identifying column '" + role.getKey() + "' is released");
            }
            int source = original.column(role.getKey()).orElseThrow();
            for (int c = 0; c < released.columns().size(); c++) {
                boolean copy = released.rowCount() > 0;
                for (int r = 0; r < released.rowCount() && copy; r++) {
                    copy = released.value(r, c)
                            .equals(original.value(release.sourceRows().get(r), source));
                }
                if (copy) {
                    findings.add("the released column '" + released.columns().get(c)
                            + "' repeats the identifying column '" + role.getKey() + "'");
                }
            }
        }
        return findings;
    }

    /**
     * Every original row is released (once, in order) unless it is suppressed, and the number
     * suppressed is the one the transformation reports.
     *
     * @return findings
     */
    public List<String> rowsPreserved() {
        List<String> findings = new ArrayList<>();
        List<Integer> sources = release.sourceRows();
        for (int i = 0; i < sources.size(); i++) {
            int source = sources.get(i);
            if (source < 0 || source >= original.rowCount() || i > 0 && source <= sources.get(i - 1)) {
                findings.add("released row " + i + " does not come from a distinct original row in order");
            }
        }
        int suppressed = original.rowCount() - release.table().rowCount();
        if (suppressed != release.transformation().suppressedRecords()) {
            findings.add(suppressed + " rows are missing from the release but the transformation suppresses "
                    + release.transformation().suppressedRecords());
        }
        return findings;
    }

    /**
     * No more records are suppressed than the limit allows.
     *
     * @return findings
     */
    public List<String> suppressionWithinLimit() {
        int suppressed = original.rowCount() - release.table().rowCount();
        int limit = (int) Math.floor(configuration.suppressionLimit() * original.rowCount() + 1e-9);
        return suppressed <= limit
                ? List.of()
                : List.of(suppressed + " records are suppressed, more than the limit of " + limit);
    }

    /**
     * Every released quasi-identifier value is the generalisation, at the transformation's
     * level, of the original value; every other released value is the original value. Nothing
     * is invented.
     *
     * @return findings
     */
    public List<String> valuesAreAncestors() {
        List<String> findings = new ArrayList<>();
        Table released = release.table();
        Transformation transformation = release.transformation();
        for (int c = 0; c < released.columns().size(); c++) {
            String column = released.columns().get(c);
            int source = original.column(column).orElse(-1);
            if (source < 0) {
                findings.add("the released column '" + column + "' is not in the original table");
                continue;
            }
            Optional<Hierarchy> hierarchy = configuration.roles().get(column) == AttributeRole.QUASI_IDENTIFYING
                    ? configuration.hierarchy(column)
                    : Optional.empty();
            int level = hierarchy.isPresent() ? transformation.level(column) : 0;
            for (int r = 0; r < released.rowCount(); r++) {
                String before = original.value(release.sourceRows().get(r), source);
                String expected = hierarchy.isPresent()
                        ? hierarchy.get().generalise(before, level).orElse(null)
                        : before;
                if (!released.value(r, c).equals(expected)) {
                    findings.add("released row " + r + ", column '" + column + "': not the level-" + level
                            + " generalisation of the original value");
                }
            }
        }
        return findings;
    }

    /**
     * Every equivalence class of the released table meets every privacy model (t-closeness is
     * measured against the distribution in the whole original table).
     *
     * @return findings
     */
    public List<String> modelsHold() {
        List<String> findings = new ArrayList<>();
        Table released = release.table();
        List<String> qis = configuration.quasiIdentifiers();
        Map<List<String>, List<Integer>> classes = new LinkedHashMap<>();
        for (int r = 0; r < released.rowCount(); r++) {
            List<String> key = new ArrayList<>();
            for (String qi : qis) {
                key.add(released.value(r, released.column(qi).orElseThrow()));
            }
            classes.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        int number = 0;
        for (List<Integer> rows : classes.values()) {
            for (PrivacyModel model : configuration.models()) {
                Optional<String> failure = check(model, rows);
                if (failure.isPresent()) {
                    findings.add("class " + number + " (" + rows.size() + " records, first released row " + rows.get(0)
                            + "): " + failure.get());
                }
            }
            number++;
        }
        return findings;
    }

    private Optional<String> check(PrivacyModel model, List<Integer> rows) {
        if (model instanceof PrivacyModel.KAnonymity m) {
            return rows.size() >= m.k() ? Optional.empty() : Optional.of("fewer than " + m.k() + " records");
        }
        if (model instanceof PrivacyModel.DistinctLDiversity m) {
            Map<String, Integer> counts = sensitiveCounts(m.attribute(), rows);
            return counts.size() >= m.l()
                    ? Optional.empty()
                    : Optional.of("fewer than " + m.l() + " distinct values of '" + m.attribute() + "'");
        }
        if (model instanceof PrivacyModel.EntropyLDiversity m) {
            Map<String, Integer> counts = sensitiveCounts(m.attribute(), rows);
            double entropy = 0;
            for (int count : counts.values()) {
                double p = (double) count / rows.size();
                entropy -= p * Math.log(p);
            }
            return entropy >= Math.log(m.l()) - EPSILON
                    ? Optional.empty()
                    : Optional.of("entropy of '" + m.attribute() + "' below ln(" + m.l() + ")");
        }
        PrivacyModel.TCloseness m = (PrivacyModel.TCloseness) model;
        double distance = m.distance() == GroundDistance.EQUAL
                ? equalDistance(m.attribute(), rows)
                : hierarchicalDistance(m.attribute(), rows);
        return distance <= m.t() + EPSILON
                ? Optional.empty()
                : Optional.of("distance " + distance + " of '" + m.attribute() + "' above t = " + m.t());
    }

    private Map<String, Integer> sensitiveCounts(String attribute, List<Integer> rows) {
        int column = release.table().column(attribute).orElseThrow();
        Map<String, Integer> counts = new HashMap<>();
        for (int r : rows) {
            counts.merge(release.table().value(r, column), 1, Integer::sum);
        }
        return counts;
    }

    private Map<String, Double> differences(String attribute, List<Integer> rows) {
        Map<String, Double> difference = new HashMap<>();
        int column = original.column(attribute).orElseThrow();
        for (int r = 0; r < original.rowCount(); r++) {
            difference.merge(original.value(r, column), -1.0 / original.rowCount(), Double::sum);
        }
        sensitiveCounts(attribute, rows)
                .forEach((value, count) -> difference.merge(value, (double) count / rows.size(), Double::sum));
        return difference;
    }

    private double equalDistance(String attribute, List<Integer> rows) {
        double sum = 0;
        for (double d : differences(attribute, rows).values()) {
            sum += Math.abs(d);
        }
        return sum / 2;
    }

    private double hierarchicalDistance(String attribute, List<Integer> rows) {
        Hierarchy hierarchy = configuration.hierarchy(attribute).orElseThrow();
        int height = hierarchy.levels() - 1;
        if (height == 0) {
            return 0;
        }
        Map<String, Double> extra = differences(attribute, rows);
        double cost = 0;
        for (int level = 1; level <= height; level++) {
            Map<String, String> parentOf = new HashMap<>();
            for (String value : hierarchy.values()) {
                parentOf.put(
                        hierarchy.generalise(value, level - 1).orElseThrow(),
                        hierarchy.generalise(value, level).orElseThrow());
            }
            Map<String, Double> positive = new HashMap<>();
            Map<String, Double> negative = new HashMap<>();
            for (Map.Entry<String, Double> child : extra.entrySet()) {
                String parent = parentOf.get(child.getKey());
                positive.merge(parent, Math.max(0, child.getValue()), Double::sum);
                negative.merge(parent, Math.max(0, -child.getValue()), Double::sum);
            }
            Map<String, Double> next = new HashMap<>();
            for (String parent : positive.keySet()) {
                cost += Math.min(positive.get(parent), negative.get(parent)) * level / height;
                next.put(parent, positive.get(parent) - negative.get(parent));
            }
            extra = next;
        }
        return cost;
    }

    /**
     * No neighbour of the transformation in the lattice (one attribute one level more or less
     * general) satisfies the models with a better score — ties broken by lower height, then
     * smaller levels. Holds for any global optimum.
     *
     * @return findings
     */
    public List<String> minimalAmongNeighbours() {
        List<String> findings = new ArrayList<>();
        Transformation chosen = release.transformation();
        List<Integer> levels = chosen.levels();
        Set<List<Integer>> neighbours = new HashSet<>();
        for (int q = 0; q < levels.size(); q++) {
            for (int step : new int[] {-1, 1}) {
                int level = levels.get(q) + step;
                int top = configuration
                        .hierarchy(chosen.attributes().get(q))
                        .orElseThrow()
                        .levels();
                if (level >= 0 && level < top) {
                    List<Integer> neighbour = new ArrayList<>(levels);
                    neighbour.set(q, level);
                    neighbours.add(neighbour);
                }
            }
        }
        for (List<Integer> neighbour : neighbours) {
            Transformation other = anonymisation.evaluate(neighbour);
            if (other.satisfiesModels() && better(other, chosen)) {
                findings.add("the neighbour " + neighbour + " satisfies the models with a better score ("
                        + other.score() + " against " + chosen.score() + ")");
            }
        }
        return findings;
    }

    private static boolean better(Transformation a, Transformation b) {
        if (a.score() != b.score()) {
            return a.score() < b.score();
        }
        if (a.height() != b.height()) {
            return a.height() < b.height();
        }
        for (int q = 0; q < a.levels().size(); q++) {
            if (!a.levels().get(q).equals(b.levels().get(q))) {
                return a.levels().get(q) < b.levels().get(q);
            }
        }
        return false;
    }
}
