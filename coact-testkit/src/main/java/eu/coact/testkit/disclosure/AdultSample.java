package eu.coact.testkit.disclosure;

import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The UCI "Adult" census extract (30,162 records without missing values, nine columns) and the
 * generalisation hierarchies published with it: the data set on which the k-anonymity literature
 * reports its figures, so that a search can be compared with published tools on the same input.
 * Source: UCI Machine Learning Repository, "Adult" (Becker and Kohavi, 1996), CC BY 4.0; the
 * hierarchies are those distributed with the ARX tool's sample data (Apache License 2.0).
 */
public final class AdultSample {

    /** The nine columns, quasi-identifying in the usual benchmark order, salary class last. */
    public static final List<String> COLUMNS = List.of(
            "sex",
            "age",
            "race",
            "marital-status",
            "education",
            "native-country",
            "workclass",
            "occupation",
            "salary-class");

    private static final String FOLDER = "adult/";
    private static Table table;

    private AdultSample() {}

    /**
     * The whole extract; read once, then shared (tables are immutable).
     *
     * @return the table of 30,162 rows
     */
    public static synchronized Table table() {
        if (table == null) {
            table = freshTable();
        }
        return table;
    }

    /**
     * The whole extract, parsed anew: for a benchmark that must not find anything of an earlier
     * run in the table it is given.
     *
     * @return a new table of 30,162 rows
     */
    public static Table freshTable() {
        return Table.parseCsv("adult.csv", text("adult.csv"), ';').orElseThrow();
    }

    /**
     * The hierarchy of one column.
     *
     * @param column one of {@link #COLUMNS}
     * @return its hierarchy, from the value itself to {@code *}
     */
    public static Hierarchy hierarchy(String column) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("the Adult sample has no column " + column + "; it has " + COLUMNS);
        }
        String file = "adult_hierarchy_" + column + ".csv";
        return Hierarchy.parseCsv(file, text(file)).orElseThrow();
    }

    /**
     * All nine columns quasi-identifying under k-anonymity.
     *
     * @param k           the smallest class size
     * @param suppression the share of records that may be suppressed
     * @return a configuration builder to add metrics or models to
     */
    public static DisclosureConfiguration.Builder allQuasiIdentifying(int k, double suppression) {
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        for (String column : COLUMNS) {
            builder.quasiIdentifying(column, hierarchy(column));
        }
        return builder.model(PrivacyModel.kAnonymity(k)).suppressionLimit(suppression);
    }

    /**
     * Eight quasi-identifiers, the salary class sensitive with distinct l-diversity.
     *
     * @param k           the smallest class size
     * @param l           the distinct salary classes each class must hold
     * @param suppression the share of records that may be suppressed
     * @return a configuration builder
     */
    public static DisclosureConfiguration.Builder salarySensitive(int k, int l, double suppression) {
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        for (String column : COLUMNS.subList(0, 8)) {
            builder.quasiIdentifying(column, hierarchy(column));
        }
        return builder.sensitive("salary-class")
                .model(PrivacyModel.kAnonymity(k))
                .model(PrivacyModel.distinctLDiversity("salary-class", l))
                .suppressionLimit(suppression);
    }

    private static String text(String file) {
        try (InputStream in = AdultSample.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the Adult sample's " + file + " is missing from the test kit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
