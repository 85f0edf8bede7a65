package eu.coact.anonymise.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.testkit.disclosure.AuditCase;
import eu.coact.testkit.disclosure.DisclosureArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** On random small tables, with every kind of model and metric, search and exhaustive evaluation agree. */
class OptimalSearchTest {

    @Property(tries = 1200)
    void optimalSearchReturnsTheExhaustiveOptimum(@ForAll("cases") AuditCase auditCase) {
        Anonymisation anonymisation = Anonymisation.prepare(auditCase.table(), auditCase.configuration())
                .orElseThrow();
        SearchResult searched = anonymisation.search();
        SearchResult exhaustive = anonymisation.searchExhaustively();
        assertThat(searched.optimum()).isEqualTo(exhaustive.optimum());
        assertThat(searched.nodesChecked()).isLessThanOrEqualTo(searched.nodesTotal());
    }

    @Property(tries = 200)
    void theOptimumSatisfiesTheModelsWithinTheSuppressionLimit(@ForAll("cases") AuditCase auditCase) {
        Anonymisation anonymisation = Anonymisation.prepare(auditCase.table(), auditCase.configuration())
                .orElseThrow();
        anonymisation.search().optimum().ifPresent(optimum -> {
            assertThat(optimum.satisfiesModels()).isTrue();
            assertThat(optimum.suppressedRecords()).isLessThanOrEqualTo(anonymisation.maxSuppressedRecords());
            assertThat(anonymisation.evaluate(optimum.levels())).isEqualTo(optimum);
        });
    }

    @Provide
    Arbitrary<AuditCase> cases() {
        return DisclosureArbitraries.cases();
    }
}
