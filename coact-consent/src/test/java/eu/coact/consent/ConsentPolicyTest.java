package eu.coact.consent;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.PurposeId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentPolicyTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheSampleStudysPolicyWithTheDefaultPurposes() {
        ConsentPolicy policy = ConsentPolicy.load(SampleStudy.consentDirectory().resolveSibling("consent-policy.yaml"))
                .orElseThrow();

        assertThat(policy.controller()).isEqualTo("Grup de Recerca en Salut Comunitària");
        assertThat(policy.minimumAge()).isEqualTo(16);
        assertThat(policy.analysedData()).isEqualTo(AnalysedDataPolicy.REMOVE_WHERE_RECOMPUTABLE);
        assertThat(policy.catalogue()).isEqualTo(PurposeCatalogue.studyDefaults());
        assertThat(policy.contactPurpose()).isEqualTo(Purpose.TAKE_PART.id());
    }

    @Test
    void ownPurposesReplaceTheDefaults() throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yaml"), """
                controller: Study
                controller-contact: dpo@example.org
                contact-purpose: receive-messages
                purposes:
                  - {id: receive-messages, mandatory: true}
                  - {id: share-with-city-council}
                """);

        ConsentPolicy policy = ConsentPolicy.load(file).orElseThrow();

        assertThat(policy.catalogue().mandatory()).containsExactly(PurposeId.of("receive-messages"));
        assertThat(policy.catalogue().purposes()).hasSize(2);
    }

    @Test
    void everyMistakeIsReportedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("policy.yaml"), """
                controller: Study
                jurisdiction: Spain
                minimum-age: old
                analysed-data: forget-it
                contact-purpose: nothing
                colour: blue
                """);

        Validated<ConsentPolicy> result = ConsentPolicy.load(file);

        assertThat(result).isInstanceOf(Validated.Invalid.class);
        Problems problems = result.problems();
        assertThat(problems.errors())
                .extracting(Problem::code)
                .contains("missing-field", "consent-policy-invalid", "consent-purpose-unknown", "unknown-field");
        assertThat(problems.errors())
                .filteredOn(p -> p.location().path().equals("/minimum-age"))
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(3));
        assertThat(problems.withCode("unknown-field").get(0).location().line()).isEqualTo(6);
    }
}
