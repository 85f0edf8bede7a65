package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.DisclosureRole;
import eu.coact.content.QuestionnaireItem;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The disclosure role of a question, as an author writes it, as it is defaulted, and as shipped. */
class DisclosureRoleReadingTest {

    private static final String BLOCK = """
            id: profile
            kind: questionnaire
            languages: [en]
            authorship: {authors: [t], date: 2026-01-01, source: s}
            messages:
              gender:
                type: single-choice
                text: {en: "Gender?"}
                variable: gender
                disclosure: quasi-identifier
                options: [{value: w, label: {en: Woman}}, {value: m, label: {en: Man}}]
                next: time
              time:
                type: free-text
                text: {en: "When do you usually read?"}
                variable: time
                max-length: 5
                format: "hh:mm"
                next: note
              note:
                type: free-text
                text: {en: "Anything else?"}
                variable: note
                max-length: 200
                next: phone
              phone:
                type: free-text
                text: {en: "Your phone?"}
                variable: phone
                max-length: 20
                disclosure: %s
            """;

    private static Validated<List<ContentBlock>> read(String phoneRole) {
        return ContentReader.standard().readBlocks("profile.yaml", BLOCK.formatted(phoneRole), DocumentFormat.YAML);
    }

    @Test
    void declaredRolesAreReadAndAFormattedFreeTextIsAQuasiIdentifierByDefault() {
        ContentBlock block = read("direct-identifier").orElseThrow().get(0);

        assertThat(block.message(MessageId.of("gender")).orElseThrow().disclosure())
                .isEqualTo(DisclosureRole.QUASI_IDENTIFIER);
        assertThat(block.message(MessageId.of("time")).orElseThrow().disclosure())
                .isEqualTo(DisclosureRole.QUASI_IDENTIFIER);
        assertThat(block.message(MessageId.of("note")).orElseThrow().disclosure())
                .isEqualTo(DisclosureRole.NONE);
        assertThat(block.message(MessageId.of("phone")).orElseThrow().disclosure())
                .isEqualTo(DisclosureRole.DIRECT_IDENTIFIER);
        assertThat(QuestionnaireItem.of(block))
                .singleElement()
                .satisfies(i -> assertThat(i.disclosure()).isEqualTo(DisclosureRole.QUASI_IDENTIFIER));
    }

    @Test
    void writingAndReadingAgainKeepsEveryRole() {
        ContentBlock block = read("direct-identifier").orElseThrow().get(0);
        String written = ContentWriter.yaml().write(block);

        ContentBlock again = ContentReader.standard()
                .readBlocks("again.yaml", written, DocumentFormat.YAML)
                .orElseThrow()
                .get(0);

        assertThat(again).isEqualTo(block);
    }

    @Test
    void anUnknownRoleIsALocatedProblem() {
        Validated<List<ContentBlock>> read = read("secret");

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().asList()).anySatisfy(p -> {
            assertThat(p.location().path()).isEqualTo("/messages/phone/disclosure");
            assertThat(p.location().line()).isPositive();
            assertThat(p.message()).contains("quasi-identifier");
        });
    }

    @Test
    void theShippedProfileModulesDeclareEveryRole() {
        Map<String, DisclosureRole> roles = StandardBlocks.socioDemographics().messages().values().stream()
                .filter(m -> m.answerVariable().isPresent())
                .collect(Collectors.toMap(m -> m.answerVariable().get(), m -> m.disclosure()));

        assertThat(roles)
                .containsEntry("gender", DisclosureRole.QUASI_IDENTIFIER)
                .containsEntry("age_band", DisclosureRole.QUASI_IDENTIFIER)
                .containsEntry("country", DisclosureRole.QUASI_IDENTIFIER)
                .containsEntry("postcode", DisclosureRole.QUASI_IDENTIFIER)
                .containsEntry("lived_experience", DisclosureRole.SENSITIVE)
                .containsEntry("who_knows", DisclosureRole.SENSITIVE)
                .containsEntry("intro", DisclosureRole.NONE);
        assertThat(QuestionnaireItem.of(StandardBlocks.washingtonGroupShortSet()))
                .allSatisfy(i -> assertThat(i.disclosure()).isEqualTo(DisclosureRole.SENSITIVE));
    }
}
