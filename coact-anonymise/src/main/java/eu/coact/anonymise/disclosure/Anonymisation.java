package eu.coact.anonymise.disclosure;

import eu.coact.anonymise.disclosure.internal.Criteria;
import eu.coact.anonymise.disclosure.internal.Encoded;
import eu.coact.anonymise.disclosure.internal.ExhaustiveSearch;
import eu.coact.anonymise.disclosure.internal.Found;
import eu.coact.anonymise.disclosure.internal.Judge;
import eu.coact.anonymise.disclosure.internal.OptimalSearch;
import eu.coact.anonymise.disclosure.internal.Progress;
import eu.coact.anonymise.disclosure.internal.SearchRun;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table prepared for disclosure control under one configuration: checked as a whole and
 * encoded once, then searched, judged and released as often as needed. Immutable and safe to
 * share; each search runs on the calling thread.
 *
 * <pre>{@code
 * Anonymisation anonymisation = Anonymisation.prepare(table, configuration).orElseThrow();
 * Transformation best = anonymisation.search().optimum().orElseThrow();
 * Release release = anonymisation.release(best);
 * }</pre>
 */
public final class Anonymisation {

    /** How many unknown values per column a report lists before it summarises. */
    private static final int REPORTED_PER_COLUMN = 10;

    private final Table table;
    private final DisclosureConfiguration configuration;
    private final List<String> quasiIdentifiers;
    private final List<Hierarchy> hierarchies;
    private final Encoded encoded;
    private final Criteria criteria;

    private Anonymisation(
            Table table,
            DisclosureConfiguration configuration,
            List<Hierarchy> hierarchies,
            Encoded encoded,
            Criteria criteria) {
        this.table = table;
        this.configuration = configuration;
        this.quasiIdentifiers = configuration.quasiIdentifiers();
        this.hierarchies = List.copyOf(hierarchies);
        this.encoded = encoded;
        this.criteria = criteria;
    }

    /**
     * Checks a table against a configuration and encodes it. Every column must have a role,
     * every declared attribute must exist, and every value of a quasi-identifier (and of a
     * sensitive attribute with a hierarchy) must be in its hierarchy.
     *
     * @param table         the micro-data
     * @param configuration the release rules
     * @return the prepared table, or every problem found
     */
    public static Validated<Anonymisation> prepare(Table table, DisclosureConfiguration configuration) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(configuration, "configuration");
        Problems.Builder problems = Problems.builder();
        for (String column : table.columns()) {
            if (!configuration.roles().containsKey(column)) {
                problems.error(
                        "column-without-role",
                        "the column '" + column + "' has no role; declare it "
                                + "identifying, quasi-identifying, sensitive or insensitive",
                        Location.of("table", "/" + column));
            }
        }
        for (String attribute : configuration.roles().keySet()) {
            if (table.column(attribute).isEmpty()) {
                problems.error(
                        "attribute-missing",
                        "the configuration names '" + attribute + "' but the table has no such column",
                        Location.of("configuration", "/" + attribute));
            }
        }
        if (problems.hasErrors()) {
            return Validated.invalid(problems.build());
        }
        List<String> qis = configuration.quasiIdentifiers();
        List<Hierarchy> hierarchies = new ArrayList<>();
        int[][] leaf = new int[qis.size()][];
        int[][][] codeOfLeaf = new int[qis.size()][][];
        int[][][] leavesUnder = new int[qis.size()][][];
        for (int q = 0; q < qis.size(); q++) {
            Hierarchy hierarchy = configuration.hierarchy(qis.get(q)).orElseThrow();
            hierarchies.add(hierarchy);
            leaf[q] = codes(table, qis.get(q), hierarchy, problems);
            codeOfLeaf[q] = hierarchy.codeOfLeaf();
            leavesUnder[q] = hierarchy.leavesUnder();
        }
        List<String> sensitive = sensitiveAttributes(configuration);
        int[][] sens = new int[sensitive.size()][];
        int[] sensDomain = new int[sensitive.size()];
        int[][][] sensTree = new int[sensitive.size()][][];
        for (int s = 0; s < sensitive.size(); s++) {
            String attribute = sensitive.get(s);
            Optional<Hierarchy> hierarchy = configuration.hierarchy(attribute);
            if (hierarchy.isPresent()) {
                sens[s] = codes(table, attribute, hierarchy.get(), problems);
                sensDomain[s] = hierarchy.get().values().size();
                sensTree[s] = hierarchy.get().codeOfLeaf();
            } else {
                String[] values = table.columnArray(table.column(attribute).getAsInt());
                Map<String, Integer> dictionary = new HashMap<>();
                sens[s] = new int[values.length];
                for (int r = 0; r < values.length; r++) {
                    Integer code = dictionary.putIfAbsent(values[r], dictionary.size());
                    sens[s][r] = code == null ? dictionary.size() - 1 : code;
                }
                sensDomain[s] = Math.max(1, dictionary.size());
            }
        }
        int[] leafTotals = new int[qis.size()];
        long nodes = 1;
        for (int q = 0; q < qis.size(); q++) {
            leafTotals[q] = hierarchies.get(q).values().size();
            nodes *= hierarchies.get(q).levels();
        }
        if (Encoded.keyBits(leafTotals) > 63) {
            problems.error(
                    "too-many-combinations",
                    "the quasi-identifiers have too many values together "
                            + "(their codes need " + Encoded.keyBits(leafTotals) + " bits, at most 63 are supported); "
                            + "use fewer quasi-identifiers or coarser original values",
                    Location.of("configuration"));
        }
        if (nodes > Integer.MAX_VALUE / 4) {
            problems.error(
                    "lattice-too-large",
                    "the hierarchies give " + nodes + " transformations, too many "
                            + "to search; use fewer quasi-identifiers or fewer levels",
                    Location.of("configuration"));
        }
        if (problems.hasErrors()) {
            return Validated.invalid(problems.build());
        }
        Encoded encoded = new Encoded(leaf, codeOfLeaf, leavesUnder, sens, sensDomain, sensTree);
        Criteria criteria = criteria(configuration, sensitive, table.rowCount());
        return Validated.valid(new Anonymisation(table, configuration, hierarchies, encoded, criteria));
    }

    private static int[] codes(Table table, String attribute, Hierarchy hierarchy, Problems.Builder problems) {
        String[] values = table.columnArray(table.column(attribute).getAsInt());
        int[] codes = new int[values.length];
        Map<String, Integer> unknown = new LinkedHashMap<>();
        Map<String, Integer> known = new HashMap<>();
        for (int r = 0; r < values.length; r++) {
            Integer code = known.get(values[r]);
            if (code == null) {
                code = hierarchy.leafCode(values[r]);
                if (code < 0) {
                    unknown.putIfAbsent(values[r], r);
                    code = 0;
                } else {
                    known.put(values[r], code);
                }
            }
            codes[r] = code;
        }
        int reported = 0;
        for (Map.Entry<String, Integer> value : unknown.entrySet()) {
            if (reported++ == REPORTED_PER_COLUMN) {
                problems.error(
                        "value-not-in-hierarchy",
                        (unknown.size() - REPORTED_PER_COLUMN) + " more values of '" + attribute
                                + "' are not in its hierarchy",
                        Location.of("table", "/" + attribute));
                break;
            }
            problems.error(
                    "value-not-in-hierarchy",
                    "the value '" + value.getKey() + "' of '" + attribute
                            + "' (first in row " + (value.getValue() + 1) + ") is not in its hierarchy; add it, or map "
                            + "it to an explicit missing value",
                    Location.of("table", "/" + value.getValue() + "/" + attribute));
        }
        return codes;
    }

    /** The sensitive attributes some model protects; others need no per-class histogram. */
    private static List<String> sensitiveAttributes(DisclosureConfiguration configuration) {
        List<String> names = new ArrayList<>();
        for (PrivacyModel model : configuration.models()) {
            String attribute = null;
            if (model instanceof PrivacyModel.DistinctLDiversity m) {
                attribute = m.attribute();
            } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
                attribute = m.attribute();
            } else if (model instanceof PrivacyModel.TCloseness m) {
                attribute = m.attribute();
            }
            if (attribute != null && !names.contains(attribute)) {
                names.add(attribute);
            }
        }
        return names;
    }

    private static Criteria criteria(DisclosureConfiguration configuration, List<String> sensitive, int rows) {
        int k = 1;
        List<int[]> distinct = new ArrayList<>();
        List<Object[]> entropy = new ArrayList<>();
        List<Object[]> close = new ArrayList<>();
        for (PrivacyModel model : configuration.models()) {
            if (model instanceof PrivacyModel.KAnonymity m) {
                k = Math.max(k, m.k());
            } else if (model instanceof PrivacyModel.DistinctLDiversity m) {
                distinct.add(new int[] {sensitive.indexOf(m.attribute()), m.l()});
            } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
                entropy.add(new Object[] {sensitive.indexOf(m.attribute()), m.l()});
            } else if (model instanceof PrivacyModel.TCloseness m) {
                close.add(new Object[] {
                    sensitive.indexOf(m.attribute()), m.t(), m.distance() == GroundDistance.HIERARCHICAL
                });
            }
        }
        int[] distinctAttribute = distinct.stream().mapToInt(d -> d[0]).toArray();
        int[] distinctL = distinct.stream().mapToInt(d -> d[1]).toArray();
        int[] entropyAttribute = entropy.stream().mapToInt(e -> (Integer) e[0]).toArray();
        double[] entropyL = entropy.stream().mapToDouble(e -> (Double) e[1]).toArray();
        int[] closeAttribute = close.stream().mapToInt(c -> (Integer) c[0]).toArray();
        double[] closeT = close.stream().mapToDouble(c -> (Double) c[1]).toArray();
        boolean[] hierarchical = new boolean[close.size()];
        for (int i = 0; i < close.size(); i++) {
            hierarchical[i] = (Boolean) close.get(i)[2];
        }
        int maxSuppressed = (int) Math.floor(configuration.suppressionLimit() * rows + 1e-9);
        return new Criteria(
                k,
                distinctAttribute,
                distinctL,
                entropyAttribute,
                entropyL,
                closeAttribute,
                closeT,
                hierarchical,
                maxSuppressed);
    }

    /**
     * The table this was prepared from.
     *
     * @return the original table
     */
    public Table table() {
        return table;
    }

    /**
     * The configuration this was prepared with.
     *
     * @return the configuration
     */
    public DisclosureConfiguration configuration() {
        return configuration;
    }

    /**
     * The largest number of records a transformation may suppress: the suppression limit times
     * the number of records, rounded down.
     *
     * @return the record count
     */
    public int maxSuppressedRecords() {
        return criteria.maxSuppressed();
    }

    /**
     * Finds the transformation with the smallest score among all that satisfy every model — the
     * global optimum over the lattice, not a local one.
     *
     * @return the result
     */
    public SearchResult search() {
        return search(SearchListener.SILENT, Cancellation.create());
    }

    /**
     * Finds the optimum (see {@link #search()}), reporting progress and honouring cancellation.
     *
     * @param listener     hears progress
     * @param cancellation stops the search when cancelled
     * @return the result
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public SearchResult search(SearchListener listener, Cancellation cancellation) {
        SearchRun run =
                new OptimalSearch(encoded, criteria, configuration.metric(), progress(listener, cancellation)).run();
        return new SearchResult(run.optimum().map(this::transformation), run.checked(), run.total());
    }

    /**
     * Judges every transformation of the lattice and returns the best one — the reference the
     * optimal search must agree with. Slower; meant for audits and tests.
     *
     * @return the result
     */
    public SearchResult searchExhaustively() {
        ExhaustiveSearch all =
                new ExhaustiveSearch(encoded, criteria, progress(SearchListener.SILENT, Cancellation.create()));
        return new SearchResult(all.optimum(configuration.metric()).map(this::transformation), all.size(), all.size());
    }

    /** The exhaustive evaluation itself, for tests that compare every metric at once. */
    ExhaustiveSearch exhaustive() {
        return new ExhaustiveSearch(encoded, criteria, progress(SearchListener.SILENT, Cancellation.create()));
    }

    /** Turns an engine judgement into a transformation scored with a given metric. */
    Transformation transformation(Found found, Metric metric) {
        return new Transformation(
                quasiIdentifiers,
                Arrays.stream(found.levels()).boxed().toList(),
                found.satisfied(),
                found.suppressed(),
                metric,
                found.score());
    }

    /**
     * Judges one transformation.
     *
     * @param levels the level of each quasi-identifier, in configuration order
     * @return the judgement, scored with the configured metric
     * @throws IllegalArgumentException if a level does not exist
     */
    public Transformation evaluate(List<Integer> levels) {
        return transformation(Judge.judge(encoded, criteria, configuration.metric(), checkedLevels(levels)));
    }

    /**
     * Applies a transformation: drops identifying columns, generalises quasi-identifiers and
     * leaves out the records of classes that fail a model.
     *
     * @param transformation a transformation of this table (its levels are judged again here)
     * @return the release
     * @throws IllegalArgumentException if the transformation does not satisfy the models
     */
    public Release release(Transformation transformation) {
        int[] levels = checkedLevels(transformation.levels());
        Transformation judged = evaluate(transformation.levels());
        if (!judged.satisfiesModels()) {
            throw new IllegalArgumentException("this transformation does not satisfy the privacy models "
                    + "within the suppression limit; nothing is released");
        }
        boolean[] suppressed = Judge.suppressedRows(encoded, criteria, levels);
        List<String> columns = new ArrayList<>();
        List<Integer> sourceColumns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (configuration.roles().get(table.columns().get(c)) != AttributeRole.IDENTIFYING) {
                columns.add(table.columns().get(c));
                sourceColumns.add(c);
            }
        }
        int kept = 0;
        for (boolean s : suppressed) {
            kept += s ? 0 : 1;
        }
        List<Integer> sourceRows = new ArrayList<>(kept);
        String[][] cells = new String[columns.size()][kept];
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            String[] values = table.columnArray(sourceColumns.get(c));
            int q = quasiIdentifiers.indexOf(name);
            int out = 0;
            for (int r = 0; r < values.length; r++) {
                if (suppressed[r]) {
                    continue;
                }
                cells[c][out++] = q < 0
                        ? values[r]
                        : hierarchies.get(q).generalise(values[r], levels[q]).orElseThrow();
            }
        }
        for (int r = 0; r < suppressed.length; r++) {
            if (!suppressed[r]) {
                sourceRows.add(r);
            }
        }
        return new Release(Table.ofColumns(columns, cells, kept), sourceRows, judged);
    }

    private int[] checkedLevels(List<Integer> levels) {
        if (levels.size() != quasiIdentifiers.size()) {
            throw new IllegalArgumentException("expected " + quasiIdentifiers.size() + " levels, one per "
                    + "quasi-identifier " + quasiIdentifiers + ", got " + levels.size());
        }
        int[] out = new int[levels.size()];
        for (int q = 0; q < out.length; q++) {
            out[q] = levels.get(q);
            if (out[q] < 0 || out[q] >= hierarchies.get(q).levels()) {
                throw new IllegalArgumentException("'" + quasiIdentifiers.get(q) + "' has levels 0 to "
                        + (hierarchies.get(q).levels() - 1) + ", not " + out[q]);
            }
        }
        return out;
    }

    private Transformation transformation(Found found) {
        List<Integer> levels = Arrays.stream(found.levels()).boxed().toList();
        return new Transformation(
                quasiIdentifiers, levels, found.satisfied(), found.suppressed(), configuration.metric(), found.score());
    }

    private static Progress progress(SearchListener listener, Cancellation cancellation) {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        return new Progress() {
            @Override
            public void report(long resolved, long total) {
                listener.progress(resolved, total);
            }

            @Override
            public boolean cancelled() {
                return cancellation.isCancelled();
            }
        };
    }

    @Override
    public String toString() {
        return "Anonymisation[" + table + ", " + configuration.metric() + "]";
    }
}
