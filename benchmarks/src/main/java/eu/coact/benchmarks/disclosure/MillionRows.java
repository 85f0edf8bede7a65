package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated table of 1,000,000 rows with nine high-cardinality quasi-identifiers (exact age,
 * 5-digit postcode, day of admission, 3-digit occupation code, …), almost every row unique as
 * it is. Deterministic (fixed seed).
 */
final class MillionRows {

    static final int ROWS = 1_000_000;

    final Table table;
    final Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();

    MillionRows() {
        SplittableRandom random = new SplittableRandom(20261121L);
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<String> postcodes = new ArrayList<>();
        for (int p = 8000; p < 28000; p++) {
            postcodes.add(String.format("%05d", p));
        }
        List<String> occupations = new ArrayList<>();
        for (int o = 100; o < 1000; o++) {
            occupations.add(Integer.toString(o));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 730; d++) {
            days.add(first.plusDays(d));
        }
        String[] marital = {"single", "married", "partner", "divorced", "widowed", "rather not answer"};
        hierarchies.put("age", Hierarchy.intervals(0, 99, 5, 10, 20));
        hierarchies.put("postcode", Hierarchy.masking(postcodes));
        hierarchies.put(
                "sex",
                Hierarchy.of("sex", List.of(List.of("female", "*"), List.of("male", "*")))
                        .orElseThrow());
        hierarchies.put("admitted", Hierarchy.dates(days));
        hierarchies.put("occupation", Hierarchy.masking(occupations));
        hierarchies.put("income", Hierarchy.intervals(0, 199, 10, 50));
        hierarchies.put("household", Hierarchy.intervals(1, 12, 2, 4));
        hierarchies.put("education", Hierarchy.intervals(0, 19, 5, 10));
        hierarchies.put(
                "marital",
                Hierarchy.of(
                                "marital",
                                List.of(
                                        List.of("single", "alone", "*"),
                                        List.of("divorced", "alone", "*"),
                                        List.of("widowed", "alone", "*"),
                                        List.of("married", "together", "*"),
                                        List.of("partner", "together", "*"),
                                        List.of("rather not answer", "rather not answer", "*")))
                        .orElseThrow());
        List<List<String>> rows = new ArrayList<>(ROWS);
        String[] ages = new String[100];
        for (int a = 0; a < ages.length; a++) {
            ages[a] = Integer.toString(a);
        }
        String[] dayNames = days.stream().map(LocalDate::toString).toArray(String[]::new);
        for (int r = 0; r < ROWS; r++) {
            rows.add(List.of(
                    ages[random.nextInt(100)],
                    postcodes.get(random.nextInt(postcodes.size())),
                    random.nextBoolean() ? "female" : "male",
                    dayNames[random.nextInt(dayNames.length)],
                    occupations.get(random.nextInt(occupations.size())),
                    ages[random.nextInt(100)],
                    ages[1 + random.nextInt(12)],
                    ages[random.nextInt(20)],
                    marital[random.nextInt(marital.length)]));
        }
        table = Table.of(List.copyOf(hierarchies.keySet()), rows);
    }
}
