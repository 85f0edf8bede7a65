package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each model judged on a table small enough to work out by hand: class A holds two records with
 * illness "a", class B holds "b", "b", "c", "c"; overall a, b and c are a third each. In the
 * illness hierarchy a and b share a parent, c is on its own.
 */
class PrivacyModelTest {

    private static final Hierarchy ILLNESS = Hierarchy.of(
                    "illness", List.of(List.of("a", "X", "*"), List.of("b", "X", "*"), List.of("c", "Y", "*")))
            .orElseThrow();
    private static final Hierarchy GROUP =
            Hierarchy.of("group", List.of(List.of("A", "*"), List.of("B", "*"))).orElseThrow();

    private static int suppressedBy(PrivacyModel model) {
        Table table = Table.of(
                List.of("group", "illness"),
                List.of(
                        List.of("A", "a"),
                        List.of("A", "a"),
                        List.of("B", "b"),
                        List.of("B", "b"),
                        List.of("B", "c"),
                        List.of("B", "c")));
        DisclosureConfiguration configuration = DisclosureConfiguration.builder()
                .quasiIdentifying("group", GROUP)
                .sensitive("illness", ILLNESS)
                .model(model)
                .suppressionLimit(1)
                .build();
        return Anonymisation.prepare(table, configuration)
                .orElseThrow()
                .evaluate(List.of(0))
                .suppressedRecords();
    }

    @Test
    void hierarchicalDistanceIsAHalfForClassAAndAQuarterForClassB() {
        assertThat(suppressedBy(PrivacyModel.hierarchicalTCloseness("illness", 0.5)))
                .isZero();
        assertThat(suppressedBy(PrivacyModel.hierarchicalTCloseness("illness", 0.3)))
                .isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.hierarchicalTCloseness("illness", 0.25)))
                .isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.hierarchicalTCloseness("illness", 0.2)))
                .isEqualTo(6);
    }

    @Test
    void equalDistanceIsTwoThirdsForClassAAndOneThirdForClassB() {
        assertThat(suppressedBy(PrivacyModel.tCloseness("illness", 0.7))).isZero();
        assertThat(suppressedBy(PrivacyModel.tCloseness("illness", 0.4))).isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.tCloseness("illness", 0.3))).isEqualTo(6);
    }

    @Test
    void diversityCountsDistinctValuesAndEntropy() {
        assertThat(suppressedBy(PrivacyModel.distinctLDiversity("illness", 2))).isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.distinctLDiversity("illness", 3))).isEqualTo(6);
        assertThat(suppressedBy(PrivacyModel.entropyLDiversity("illness", 2))).isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.entropyLDiversity("illness", 2.1))).isEqualTo(6);
    }

    @Test
    void kAnonymitySuppressesSmallClasses() {
        assertThat(suppressedBy(PrivacyModel.kAnonymity(2))).isZero();
        assertThat(suppressedBy(PrivacyModel.kAnonymity(3))).isEqualTo(2);
        assertThat(suppressedBy(PrivacyModel.kAnonymity(5))).isEqualTo(6);
    }
}
