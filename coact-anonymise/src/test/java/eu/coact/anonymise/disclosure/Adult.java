package eu.coact.anonymise.disclosure;

import java.nio.file.Path;
import java.util.List;

/** The Adult census extract and its hierarchies, read in place from the shared data folder. */
final class Adult {

    static final List<String> COLUMNS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation", "salary-class");

    private static Table table;

    private Adult() {
    }

    static Path folder() {
        return Path.of(System.getProperty("coact.shared.dir", "../shared"), "data", "adult");
    }

    static synchronized Table table() {
        if (table == null) {
            table = Table.readCsv(folder().resolve("adult.csv"), ';').orElseThrow();
        }
        return table;
    }

    static Hierarchy hierarchy(String column) {
        return Hierarchy.readCsv(folder().resolve("adult_hierarchy_" + column + ".csv")).orElseThrow();
    }

    /** All nine columns quasi-identifying. */
    static DisclosureConfiguration.Builder allQuasiIdentifying(int k, double suppression) {
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        for (String column : COLUMNS) {
            builder.quasiIdentifying(column, hierarchy(column));
        }
        return builder.model(PrivacyModel.kAnonymity(k)).suppressionLimit(suppression);
    }

    /** Eight quasi-identifiers, salary-class sensitive with distinct 2-diversity. */
    static DisclosureConfiguration.Builder salarySensitive(int k, int l, double suppression) {
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        for (String column : COLUMNS.subList(0, 8)) {
            builder.quasiIdentifying(column, hierarchy(column));
        }
        return builder.sensitive("salary-class").model(PrivacyModel.kAnonymity(k))
                .model(PrivacyModel.distinctLDiversity("salary-class", l)).suppressionLimit(suppression);
    }
}
