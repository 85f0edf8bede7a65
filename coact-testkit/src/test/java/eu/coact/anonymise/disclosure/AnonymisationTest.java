package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.problem.Validated;
import eu.coact.testkit.disclosure.AdultSample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class AnonymisationTest {

    @Test
    void everyMistakeInTableAndConfigurationIsReportedTogether() {
        Table table = Table.of(
                List.of("name", "age", "city"),
                List.of(List.of("Ann", "30", "Vic"), List.of("Bob", "130", "Vic"), List.of("Cy", "abc", "Vic")));
        DisclosureConfiguration configuration = DisclosureConfiguration.builder()
                .identifying("name")
                .quasiIdentifying("age", Hierarchy.intervals(0, 99, 10))
                .sensitive("illness")
                .model(PrivacyModel.kAnonymity(2))
                .build();
        Validated<Anonymisation> prepared = Anonymisation.prepare(table, configuration);
        assertThat(prepared.isValid()).isFalse();
        assertThat(prepared.problems().withCode("column-without-role")).hasSize(1);
        assertThat(prepared.problems().withCode("attribute-missing")).hasSize(1);
    }

    @Test
    void valuesOutsideTheHierarchyAreReportedWithTheirRow() {
        Table table = Table.of(List.of("age"), List.of(List.of("30"), List.of("130"), List.of("abc"), List.of("130")));
        DisclosureConfiguration configuration = DisclosureConfiguration.builder()
                .quasiIdentifying("age", Hierarchy.intervals(0, 99, 10))
                .model(PrivacyModel.kAnonymity(2))
                .build();
        Validated<Anonymisation> prepared = Anonymisation.prepare(table, configuration);
        assertThat(prepared.problems().withCode("value-not-in-hierarchy"))
                .hasSize(2)
                .first()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("/1/age"));
    }

    @Test
    void aConfigurationProtectingAnUndeclaredAttributeIsRefused() {
        assertThatThrownBy(() -> DisclosureConfiguration.builder()
                        .quasiIdentifying("age", Hierarchy.intervals(0, 9, 5))
                        .model(PrivacyModel.distinctLDiversity("illness", 2))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not declared sensitive");
    }

    @Test
    void progressIsReportedAndTheSearchCanBeCancelled() {
        Anonymisation anonymisation = Anonymisation.prepare(
                        AdultSample.table(),
                        AdultSample.allQuasiIdentifying(5, 0.02)
                                .metric(Metric.LOSS)
                                .build())
                .orElseThrow();
        List<long[]> reports = new ArrayList<>();
        anonymisation.search((resolved, total) -> reports.add(new long[] {resolved, total}), Cancellation.create());
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(12_960, 12_960);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        Cancellation cancellation = Cancellation.create();
        assertThatThrownBy(() -> anonymisation.search((resolved, total) -> cancellation.cancel(), cancellation))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aReleaseDropsIdentifiersGeneralisesAndSuppresses() {
        List<List<String>> rows = new ArrayList<>();
        String[] ages = {"21", "22", "23", "31", "33", "35", "77"};
        for (int i = 0; i < ages.length; i++) {
            rows.add(List.of("person" + i, ages[i], "note" + i));
        }
        Table table = Table.of(List.of("name", "age", "note"), rows);
        DisclosureConfiguration configuration = DisclosureConfiguration.builder()
                .identifying("name")
                .quasiIdentifying("age", Hierarchy.intervals(0, 99, 10, 50))
                .insensitive("note")
                .model(PrivacyModel.kAnonymity(3))
                .suppressionLimit(0.15)
                .metric(Metric.HEIGHT)
                .build();
        Anonymisation anonymisation =
                Anonymisation.prepare(table, configuration).orElseThrow();
        Transformation best = anonymisation.search().optimum().orElseThrow();
        assertThat(best.levels()).containsExactly(1);
        assertThat(best.suppressedRecords()).isEqualTo(1);
        Release release = anonymisation.release(best);
        assertThat(release.table().columns()).containsExactly("age", "note");
        assertThat(release.table().columnValues(0))
                .containsExactly("20-29", "20-29", "20-29", "30-39", "30-39", "30-39");
        assertThat(release.sourceRows()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThatThrownBy(() -> anonymisation.release(anonymisation.evaluate(List.of(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing is released");
    }

    @Test
    void tablesAndConfigurationsNeverPrintValues() {
        Table table = Table.of(List.of("email"), List.of(List.of("ann@example.org")));
        assertThat(table.toString()).doesNotContain("ann@example.org");
        assertThat(Hierarchy.masking(List.of("08001")).toString()).doesNotContain("08001");
    }
}
