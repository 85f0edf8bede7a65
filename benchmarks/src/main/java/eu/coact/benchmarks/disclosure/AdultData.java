package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.testkit.disclosure.AdultSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Adult extract and its hierarchies from the test kit, and the five reference configurations. */
final class AdultData {

    static final List<String> COLUMNS = AdultSample.COLUMNS;

    private AdultData() {}

    static Table table() {
        return AdultSample.freshTable();
    }

    static Map<String, Hierarchy> hierarchies() {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            hierarchies.put(column, AdultSample.hierarchy(column));
        }
        return hierarchies;
    }

    /** Adult repeated {@code times} times (the same row objects, so memory holds the codes, not copies). */
    static Table repeated(Table table, int times) {
        List<List<String>> rows = new ArrayList<>(table.rowCount() * times);
        List<List<String>> once = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            once.add(table.row(r));
        }
        for (int t = 0; t < times; t++) {
            rows.addAll(once);
        }
        return Table.of(table.columns(), rows);
    }

    /**
     * One of the reference configurations: (a) k=2, 0 %; (b) k=5, 0 %; (c) k=5, 2 %; (d) k=10,
     * 5 %; (e) 8 quasi-identifiers, salary-class sensitive, k=5 and distinct 2-diversity, 2 %.
     */
    static DisclosureConfiguration configuration(String name, Map<String, Hierarchy> hierarchies, Metric metric) {
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        boolean sensitive = name.equals("e");
        for (String column : sensitive ? COLUMNS.subList(0, 8) : COLUMNS) {
            builder.quasiIdentifying(column, hierarchies.get(column));
        }
        switch (name) {
            case "a" -> builder.model(PrivacyModel.kAnonymity(2)).suppressionLimit(0);
            case "b" -> builder.model(PrivacyModel.kAnonymity(5)).suppressionLimit(0);
            case "c" -> builder.model(PrivacyModel.kAnonymity(5)).suppressionLimit(0.02);
            case "d" -> builder.model(PrivacyModel.kAnonymity(10)).suppressionLimit(0.05);
            case "e" ->
                builder.sensitive("salary-class")
                        .model(PrivacyModel.kAnonymity(5))
                        .model(PrivacyModel.distinctLDiversity("salary-class", 2))
                        .suppressionLimit(0.02);
            default -> throw new IllegalArgumentException("no configuration " + name);
        }
        return builder.metric(metric).build();
    }
}
