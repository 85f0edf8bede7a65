package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.AnswerCode;
import eu.coact.content.ContentBlock;
import eu.coact.content.QuestionnaireItem;
import eu.coact.core.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardBlocksTest {

    @Test
    void theSocioDemographicModuleIsValidAndEveryQuestionOffersRatherNotAnswer() {
        ContentBlock block = StandardBlocks.socioDemographics();

        assertThat(ContentValidator.standard()
                        .strict()
                        .check(new eu.coact.content.Study(
                                new eu.coact.content.StudyPlan(
                                        eu.coact.core.StudyId.of("s"),
                                        block.languages(),
                                        List.of(block.id()),
                                        java.util.Map.of(),
                                        eu.coact.content.Frequency.daily(),
                                        java.util.Set.of()),
                                java.util.Map.of(block.id(), block)))
                        .problems()
                        .withCode("missing-system-block"))
                .hasSize(1);
        assertThat(ContentValidator.standard().validate(block).asList()).isEmpty();
        assertThat(block.languages()).extracting(Language::tag).containsExactly("ca", "es", "en", "de");
        List<QuestionnaireItem> items = QuestionnaireItem.of(block).stream()
                .filter(i -> !i.variable().equals("intro"))
                .toList();
        assertThat(items)
                .extracting(QuestionnaireItem::variable)
                .containsExactly("gender", "age_band", "lived_experience", "carer", "who_knows", "support_roles");
        assertThat(items)
                .allSatisfy(i ->
                        assertThat(i.missing()).extracting(AnswerCode::code).containsExactly("nvr"));
    }

    @Test
    void theWashingtonGroupShortSetHasSixCodedDomains() {
        ContentBlock block = StandardBlocks.washingtonGroupShortSet();

        assertThat(ContentValidator.standard().validate(block).asList()).isEmpty();
        List<QuestionnaireItem> items = QuestionnaireItem.of(block);
        assertThat(items)
                .extracting(QuestionnaireItem::variable)
                .containsExactly(
                        "wg_seeing", "wg_hearing", "wg_mobility", "wg_cognition", "wg_self_care", "wg_communication");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.codes()).extracting(AnswerCode::code).containsExactly("1", "2", "3", "4");
            assertThat(i.missing()).extracting(AnswerCode::code).containsExactly("dk", "nvr");
        });
        assertThat(block.authorship().source()).contains("Washington Group");
    }
}
