package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.coact.testkit.disclosure.AdultSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QuasiIdentifierTableTest {

    private static Table table(List<List<String>> rows, int columns) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("c" + c);
        }
        return Table.of(names, rows);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return Arbitraries.strings()
                .withChars("abc")
                .ofMaxLength(2)
                .list()
                .ofSize(3)
                .list()
                .ofMaxSize(60);
    }

    private static Map<List<String>, Integer> naiveClasses(List<List<String>> rows) {
        Map<List<String>, Integer> sizes = new HashMap<>();
        for (List<String> row : rows) {
            sizes.merge(row, 1, Integer::sum);
        }
        return sizes;
    }

    @Property(tries = 300)
    void violatingRowsAreExactlyThoseInSmallClasses(
            @ForAll("rows") List<List<String>> rows, @ForAll @IntRange(min = 1, max = 5) int k) {
        KAnonymityVerdict verdict = QuasiIdentifierTable.of(table(rows, 3), List.of("c0", "c1", "c2"))
                .checkKAnonymity(k);
        Map<List<String>, Integer> sizes = naiveClasses(rows);
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (sizes.get(rows.get(r)) < k) {
                expected.add(r);
            }
        }
        assertThat(verdict.violatingRows().boxed().toList()).isEqualTo(expected);
        assertThat(verdict.anonymous()).isEqualTo(expected.isEmpty());
        assertThat(verdict.smallestClass())
                .isEqualTo(sizes.values().stream().mapToInt(i -> i).min().orElse(0));
    }

    @Property(tries = 300)
    void riskMeasuresMatchTheirDefinitions(@ForAll("rows") List<List<String>> rows) {
        RiskProfile risk = QuasiIdentifierTable.of(table(rows, 3), List.of("c0", "c1", "c2"))
                .risk();
        Map<List<String>, Integer> sizes = naiveClasses(rows);
        double highest = 0;
        double sum = 0;
        int uniques = 0;
        int above = 0;
        for (List<String> row : rows) {
            int size = sizes.get(row);
            highest = Math.max(highest, 1.0 / size);
            sum += 1.0 / size;
            uniques += size == 1 ? 1 : 0;
            above += 1.0 / size > 0.3 ? 1 : 0;
        }
        assertThat(risk.highestProsecutorRisk()).isCloseTo(highest, within(1e-12));
        assertThat(risk.averageProsecutorRisk()).isCloseTo(rows.isEmpty() ? 0 : sum / rows.size(), within(1e-12));
        assertThat(risk.sampleUniques()).isEqualTo(uniques);
        assertThat(risk.shareAbove(0.3)).isCloseTo(rows.isEmpty() ? 0 : (double) above / rows.size(), within(1e-12));
        assertThat(risk.classes()).isEqualTo(sizes.size());
    }

    @Example
    void groupingWithoutPackingAgreesWhenKeysNeedMoreThan63Bits() {
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            names.add("c" + c);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int r = 0; r < 4000; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                // 4000 distinct values per column in the first rows give 12 bits each, 96 in all
                row.add(r < 2000 ? "u" + r : "v" + random.nextInt(2));
            }
            rows.add(row);
        }
        KAnonymityVerdict verdict =
                QuasiIdentifierTable.of(Table.of(names, rows), names).checkKAnonymity(2);
        Map<List<String>, Integer> sizes = naiveClasses(rows);
        long expected = rows.stream().filter(row -> sizes.get(row) < 2).count();
        assertThat(verdict.violatingCount()).isEqualTo((int) expected).isGreaterThanOrEqualTo(2000);
    }

    @Example
    void journalistRiskUsesPopulationClassSizes() {
        Table sample = Table.of(List.of("age", "zip"), List.of(List.of("30", "08001"), List.of("40", "08002")));
        List<List<String>> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(List.of("30", "08001"));
        }
        people.add(List.of("40", "08002"));
        people.add(List.of("40", "08002"));
        people.add(List.of("50", "08003"));
        Table population = Table.of(List.of("age", "zip"), people);
        RiskProfile risk = QuasiIdentifierTable.of(sample, List.of("age", "zip"))
                .risk(QuasiIdentifierTable.of(population, List.of("age", "zip")))
                .orElseThrow();
        assertThat(risk.highestJournalistRisk()).hasValue(0.5);
        assertThat(risk.averageJournalistRisk()).hasValue((0.25 + 0.5) / 2);
        assertThat(risk.highestProsecutorRisk()).isEqualTo(1.0);
    }

    @Example
    void aPopulationWithoutTheSampleIsAProblemNotAnException() {
        Table sample = Table.of(List.of("age"), List.of(List.of("30")));
        Table population = Table.of(List.of("age"), List.of(List.of("31")));
        var result = QuasiIdentifierTable.of(sample, List.of("age"))
                .risk(QuasiIdentifierTable.of(population, List.of("age")));
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems().errors())
                .singleElement()
                .extracting(p -> p.code())
                .isEqualTo("population-incomplete");
    }

    @Example
    void adultRiskAsItIs() {
        RiskProfile risk = QuasiIdentifierTable.of(AdultSample.table(), AdultSample.COLUMNS)
                .risk();
        assertThat(risk.records()).isEqualTo(30_162);
        assertThat(risk.highestProsecutorRisk()).isEqualTo(1.0);
        assertThat(risk.sampleUniques()).isPositive();
    }
}
