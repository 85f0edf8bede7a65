package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.internal.ExhaustiveSearch;
import eu.coact.testkit.disclosure.AdultSample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On Adult, the optimal search returns exactly what an evaluation of every transformation of
 * the lattice returns, for every metric and each of the five reference configurations.
 */
class AdultOptimumTest {

    static Map<String, DisclosureConfiguration.Builder> configurations() {
        Map<String, DisclosureConfiguration.Builder> configurations = new LinkedHashMap<>();
        configurations.put("a k=2 0%", AdultSample.allQuasiIdentifying(2, 0));
        configurations.put("b k=5 0%", AdultSample.allQuasiIdentifying(5, 0));
        configurations.put("c k=5 2%", AdultSample.allQuasiIdentifying(5, 0.02));
        configurations.put("d k=10 5%", AdultSample.allQuasiIdentifying(10, 0.05));
        configurations.put("e k=5 l=2 2%", AdultSample.salarySensitive(5, 2, 0.02));
        return configurations;
    }

    @TestFactory
    Stream<DynamicTest> searchEqualsExhaustiveEvaluationForEveryMetricAndConfiguration() {
        List<DynamicTest> tests = new ArrayList<>();
        configurations()
                .forEach((name, builder) -> tests.add(DynamicTest.dynamicTest(name, () -> {
                    Anonymisation anonymisation = Anonymisation.prepare(AdultSample.table(), builder.build())
                            .orElseThrow();
                    ExhaustiveSearch all = anonymisation.exhaustive();
                    assertThat(all.size()).isEqualTo(name.startsWith("e") ? 6480 : 12960);
                    for (Metric metric : Metric.values()) {
                        Anonymisation withMetric = Anonymisation.prepare(
                                        AdultSample.table(),
                                        builder.metric(metric).build())
                                .orElseThrow();
                        SearchResult searched = withMetric.search();
                        Transformation expected = all.optimum(metric)
                                .map(found -> withMetric.transformation(found, metric))
                                .orElseThrow();
                        Transformation optimum = searched.optimum().orElseThrow();
                        System.out.printf(
                                "Adult %s %s: levels %s, %d suppressed, score %s (%d of %d nodes checked)%n",
                                name,
                                metric,
                                optimum.levels(),
                                optimum.suppressedRecords(),
                                optimum.score(),
                                searched.nodesChecked(),
                                searched.nodesTotal());
                        assertThat(optimum).as(name + " " + metric).isEqualTo(expected);
                        assertThat(optimum.satisfiesModels()).isTrue();
                        assertThat(optimum.suppressedRecords()).isLessThanOrEqualTo(withMetric.maxSuppressedRecords());
                    }
                })));
        return tests.stream();
    }
}
