package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.testkit.disclosure.AdultSample;
import eu.coact.testkit.disclosure.DisclosureArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HierarchyTest {

    @Example
    void readsEveryShippedAdultHierarchy() {
        int nodes = 1;
        for (String column : AdultSample.COLUMNS) {
            Hierarchy hierarchy = AdultSample.hierarchy(column);
            assertThat(hierarchy.labels(hierarchy.levels() - 1)).containsExactly("*");
            nodes *= hierarchy.levels();
        }
        assertThat(nodes).isEqualTo(12_960);
        Hierarchy country = AdultSample.hierarchy("native-country");
        assertThat(country.generalise("Cambodia", 1)).hasValue("Asia");
        assertThat(country.generalise("Cambodia", 2)).hasValue("*");
        assertThat(country.generalise("Atlantis", 1)).isEmpty();
    }

    @Example
    void aValueWithTwoParentsIsReportedWithBothLines() {
        Validated<Hierarchy> read =
                Hierarchy.parseCsv("jobs.csv", "nurse;care;*\r\ndoctor;care;*\r\n\r\nporter;care;x\n");
        assertThat(read.isValid()).isFalse();
        Problem problem = read.problems().withCode("hierarchy-two-parents").get(0);
        assertThat(problem.location().source()).isEqualTo("jobs.csv");
        assertThat(problem.location().line()).isEqualTo(4);
        assertThat(problem.message()).contains("'care'", "line 1");
        assertThat(read.problems().withCode("hierarchy-several-roots")).hasSize(1);
    }

    @Example
    void inconsistentLevelsDuplicatesAndBlanksAreReportedWithTheirLines() {
        Validated<Hierarchy> read = Hierarchy.parseCsv("h.csv", "a;g;*\nb;*\na;g;*\nc;;*\n");
        assertThat(read.problems().withCode("hierarchy-inconsistent-levels"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(2));
        assertThat(read.problems().withCode("hierarchy-duplicate-value"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(3));
        assertThat(read.problems().withCode("hierarchy-blank-label"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(4));
        assertThat(Hierarchy.parseCsv("empty.csv", "\n").problems().withCode("hierarchy-empty"))
                .hasSize(1);
    }

    @Example
    void aMissingFileIsAProblem() {
        Validated<Hierarchy> read = Hierarchy.readCsv(java.nio.file.Path.of("no-such-hierarchy.csv"));
        assertThat(read.problems().withCode("file-not-found")).hasSize(1);
    }

    @Example
    void readsAYamlValueTree() {
        String yaml = """
                "*":
                  Asia: [Cambodia, China]
                  Europe:
                    England:
                    France:
                """;
        Hierarchy hierarchy = Hierarchy.parseYaml("countries.yaml", yaml).orElseThrow();
        assertThat(hierarchy.levels()).isEqualTo(3);
        assertThat(hierarchy.values()).containsExactly("Cambodia", "China", "England", "France");
        assertThat(hierarchy.generalise("France", 1)).hasValue("Europe");
    }

    @Example
    void aYamlTreeWithUnevenDepthIsReportedAtTheValuesLine() {
        String yaml = """
                "*":
                  Asia: [Cambodia]
                  Peru:
                """;
        Validated<Hierarchy> read = Hierarchy.parseYaml("countries.yaml", yaml);
        Problem problem =
                read.problems().withCode("hierarchy-inconsistent-levels").get(0);
        assertThat(problem.location().line()).isEqualTo(3);
        assertThat(problem.location().path()).isEqualTo("/*/Peru");
    }

    @Example
    void intervalsBandNumbers() {
        Hierarchy age = Hierarchy.intervals(0, 99, 5, 10);
        assertThat(age.levels()).isEqualTo(4);
        assertThat(age.generalise("37", 1)).hasValue("35-39");
        assertThat(age.generalise("37", 2)).hasValue("30-39");
        assertThat(age.generalise("37", 3)).hasValue("*");
        assertThatThrownBy(() -> Hierarchy.intervals(0, 99, 5, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void maskingHidesCharactersFromTheRight() {
        Hierarchy postcode = Hierarchy.masking(List.of("08001", "08002", "17001"));
        assertThat(postcode.generalise("08001", 1)).hasValue("0800*");
        assertThat(postcode.generalise("08001", 2)).hasValue("080**");
        assertThat(postcode.generalise("08001", 5)).hasValue("*");
        assertThatThrownBy(() -> Hierarchy.masking(List.of("0800", "08001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void datesCoarsenToMonthAndYear() {
        Hierarchy dates = Hierarchy.dates(List.of(LocalDate.of(2024, 3, 17), LocalDate.of(2023, 12, 1)));
        assertThat(dates.generalise("2024-03-17", 1)).hasValue("2024-03");
        assertThat(dates.generalise("2024-03-17", 2)).hasValue("2024");
        assertThat(dates.generalise("2024-03-17", 3)).hasValue("*");
    }

    @Example
    void missingAnswersStayApartUntilTheRoot() {
        Hierarchy age = Hierarchy.intervals(18, 29, 5).withMissing("", "rather not answer");
        assertThat(age.generalise("rather not answer", 1)).hasValue("rather not answer");
        assertThat(age.generalise("", 1)).hasValue("");
        assertThat(age.generalise("rather not answer", 2)).hasValue("*");
        assertThatThrownBy(() -> age.withMissing("20")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Hierarchy> trees() {
        return DisclosureArbitraries.hierarchies("v", 12, 5);
    }

    @Property(tries = 200)
    void everyValueHasOnePathAndLevelsNest(@ForAll("trees") Hierarchy hierarchy) {
        int top = hierarchy.levels() - 1;
        for (String a : hierarchy.values()) {
            assertThat(hierarchy.generalise(a, 0)).hasValue(a);
            assertThat(hierarchy.generalise(a, top)).hasValue("*");
            for (String b : hierarchy.values()) {
                for (int level = 0; level < top; level++) {
                    if (hierarchy.generalise(a, level).equals(hierarchy.generalise(b, level))) {
                        assertThat(hierarchy.generalise(a, level + 1)).isEqualTo(hierarchy.generalise(b, level + 1));
                    }
                }
            }
        }
    }

    @Property(tries = 100)
    void aHierarchyWrittenAsCsvReadsBackEqual(@ForAll("trees") Hierarchy hierarchy) {
        StringBuilder csv = new StringBuilder();
        for (String value : hierarchy.values()) {
            for (int level = 0; level < hierarchy.levels(); level++) {
                csv.append(level == 0 ? "" : ";")
                        .append(hierarchy.generalise(value, level).orElseThrow());
            }
            csv.append("\r\n");
        }
        assertThat(Hierarchy.parseCsv("round-trip.csv", csv.toString()).orElseThrow())
                .isEqualTo(hierarchy);
    }
}
