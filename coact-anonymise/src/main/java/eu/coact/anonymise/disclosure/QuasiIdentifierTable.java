package eu.coact.anonymise.disclosure;

import eu.coact.anonymise.disclosure.internal.Grouping;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quasi-identifier columns of a table, encoded once as integers, for fast checks on the
 * table as it is (no generalisation): is it k-anonymous, which records violate, and how high is
 * the re-identification risk. Each check groups the records afresh. Immutable.
 *
 * <pre>{@code
 * QuasiIdentifierTable released = QuasiIdentifierTable.of(table, List.of("age", "postcode"));
 * KAnonymityVerdict verdict = released.checkKAnonymity(5);
 * RiskProfile risk = released.risk();
 * }</pre>
 */
public final class QuasiIdentifierTable {

    private final List<String> quasiIdentifiers;
    private final List<Map<String, Integer>> dictionaries;
    private final int[][] codes;
    private final int rows;

    private QuasiIdentifierTable(
            List<String> quasiIdentifiers, List<Map<String, Integer>> dictionaries, int[][] codes, int rows) {
        this.quasiIdentifiers = quasiIdentifiers;
        this.dictionaries = dictionaries;
        this.codes = codes;
        this.rows = rows;
    }

    /**
     * Encodes the quasi-identifier columns of a table.
     *
     * @param table            the table
     * @param quasiIdentifiers the columns that together could single a person out
     * @return the encoded columns
     * @throws IllegalArgumentException if a column does not exist
     */
    public static QuasiIdentifierTable of(Table table, List<String> quasiIdentifiers) {
        Objects.requireNonNull(table, "table");
        List<String> names = List.copyOf(quasiIdentifiers);
        List<Map<String, Integer>> dictionaries = new java.util.ArrayList<>();
        int[][] codes = new int[names.size()][];
        for (int q = 0; q < names.size(); q++) {
            String name = names.get(q);
            int column = table.column(name)
                    .orElseThrow(() -> new IllegalArgumentException("the table has no column '" + name + "'"));
            String[] values = table.columnArray(column);
            Map<String, Integer> dictionary = new HashMap<>();
            int[] encoded = new int[values.length];
            for (int r = 0; r < values.length; r++) {
                Integer code = dictionary.putIfAbsent(values[r], dictionary.size());
                encoded[r] = code == null ? dictionary.size() - 1 : code;
            }
            dictionaries.add(dictionary);
            codes[q] = encoded;
        }
        return new QuasiIdentifierTable(names, dictionaries, codes, table.rowCount());
    }

    /**
     * The number of records.
     *
     * @return the row count
     */
    public int rowCount() {
        return rows;
    }

    /**
     * The quasi-identifiers, in order.
     *
     * @return their names
     */
    public List<String> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    private Grouping group() {
        int[] cardinality = new int[codes.length];
        for (int q = 0; q < codes.length; q++) {
            cardinality[q] = Math.max(1, dictionaries.get(q).size());
        }
        return Grouping.of(codes, cardinality, rows);
    }

    /**
     * Whether every record shares its quasi-identifier values with at least {@code k − 1}
     * others, and which records do not.
     *
     * @param k the smallest allowed class size, at least 1
     * @return the verdict
     */
    public KAnonymityVerdict checkKAnonymity(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Grouping grouping = group();
        int[] sizes = grouping.sizes();
        int[] classOfRow = grouping.classOfRow();
        int violating = 0;
        for (int r = 0; r < rows; r++) {
            if (sizes[classOfRow[r]] < k) {
                violating++;
            }
        }
        int[] violators = new int[violating];
        int next = 0;
        for (int r = 0; r < rows && next < violating; r++) {
            if (sizes[classOfRow[r]] < k) {
                violators[next++] = r;
            }
        }
        int smallest = Integer.MAX_VALUE;
        for (int size : sizes) {
            smallest = Math.min(smallest, size);
        }
        return new KAnonymityVerdict(k, sizes.length == 0 ? 0 : smallest, violators);
    }

    /**
     * The prosecutor risk of the records as they are (the attacker knows the person is in the
     * table).
     *
     * @return the risk profile
     */
    public RiskProfile risk() {
        Grouping grouping = group();
        return RiskProfile.of(grouping.sizes(), grouping.classOfRow(), null, rows);
    }

    /**
     * Prosecutor and journalist risk: the journalist does not know whether the person is in
     * the table, and matches against a population table with the same quasi-identifiers. Each
     * sample record's journalist risk is 1 / (number of population records that look the same).
     *
     * @param population the population, which contains every sample record
     * @return the risk profile, or a problem if some sample record has no match in the population
     */
    public Validated<RiskProfile> risk(QuasiIdentifierTable population) {
        Objects.requireNonNull(population, "population");
        if (!population.quasiIdentifiers.equals(quasiIdentifiers)) {
            return Validated.invalid(Problem.error(
                    "population-columns",
                    "the population has the quasi-identifiers " + population.quasiIdentifiers + ", the sample "
                            + quasiIdentifiers,
                    Location.of("population")));
        }
        int total = rows + population.rows;
        int[][] joint = new int[codes.length][total];
        int[] cardinality = new int[codes.length];
        for (int q = 0; q < codes.length; q++) {
            Map<String, Integer> dictionary = new HashMap<>(dictionaries.get(q));
            System.arraycopy(codes[q], 0, joint[q], 0, rows);
            String[] values = new String[population.dictionaries.get(q).size()];
            population.dictionaries.get(q).forEach((value, code) -> values[code] = value);
            int[] translate = new int[values.length];
            for (int c = 0; c < values.length; c++) {
                Integer code = dictionary.putIfAbsent(values[c], dictionary.size());
                translate[c] = code == null ? dictionary.size() - 1 : code;
            }
            int[] source = population.codes[q];
            for (int r = 0; r < population.rows; r++) {
                joint[q][rows + r] = translate[source[r]];
            }
            cardinality[q] = Math.max(1, dictionary.size());
        }
        Grouping grouping = Grouping.of(joint, cardinality, total);
        int[] classOfRow = grouping.classOfRow();
        int[] populationSizes = new int[grouping.sizes().length];
        for (int r = rows; r < total; r++) {
            populationSizes[classOfRow[r]]++;
        }
        int[] sampleClass = new int[rows];
        int[] sampleSizes = new int[grouping.sizes().length];
        int unmatched = -1;
        for (int r = 0; r < rows; r++) {
            sampleClass[r] = classOfRow[r];
            sampleSizes[classOfRow[r]]++;
            if (populationSizes[classOfRow[r]] == 0 && unmatched < 0) {
                unmatched = r;
            }
        }
        if (unmatched >= 0) {
            return Validated.invalid(Problem.error(
                    "population-incomplete",
                    "sample record " + unmatched
                            + " has no record with the same quasi-identifiers in the population; the population "
                            + "must contain the sample",
                    Location.of("population")));
        }
        return Validated.valid(RiskProfile.of(sampleSizes, sampleClass, populationSizes, rows));
    }

    @Override
    public String toString() {
        return "QuasiIdentifierTable" + quasiIdentifiers + "[" + rows + " rows]";
    }
}
