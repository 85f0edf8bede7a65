package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.Examples;
import eu.coact.content.FinalAnswer;
import eu.coact.content.FreeText;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.Next;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.SystemRole;
import eu.coact.content.TextFormat;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The second set of legacy fixtures: settings dialogues, free-text formats and their three-way
 * branch, display templates per language, HTML formatting, media in subfolders.
 */
class LegacySettingsImportTest {

    private static final Language CA = Language.of("ca");
    private static final Language EN = Language.of("en");

    private static Validated<ImportedContent> run(LegacyMapping mapping) {
        return LegacyImporterTest.importer()
                .withMapping(mapping)
                .importFolder(Examples.legacy("legacy-coactuem-settings"));
    }

    static LegacyMapping mapping() {
        return LegacyMapping.read(Examples.example("legacy/settings-mapping.yaml"))
                .orElseThrow();
    }

    private static ImportedContent imported() {
        Validated<ImportedContent> result = run(mapping());
        assertThat(result.isValid()).as(result.problems().render()).isTrue();
        return result.orElseThrow();
    }

    private static List<String> listed(Problems problems) {
        return problems.stream()
                .map(p -> p.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + p.code() + " "
                        + p.location().source().replaceAll(".*/", "") + " "
                        + p.location().path())
                .toList();
    }

    private static ContentBlock block(ImportedContent content, String id) {
        return content.blocks().stream()
                .filter(b -> b.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static eu.coact.content.Message message(ImportedContent content, String block, String id) {
        return block(content, block).messages().get(MessageId.of(id));
    }

    @Test
    void withoutAMappingOneRunReportsEveryProblemOfEveryBlock() {
        Validated<ImportedContent> result = run(LegacyMapping.none());

        assertThat(result.isValid()).isFalse();
        assertThat(listed(result.problems()))
                .containsExactlyInAnyOrder(
                        "error missing-story-details Escala_nocturna.json /title",
                        "error missing-alt-text Escala_nocturna.json /messages/2/vars/0",
                        "warning media-name-not-nfc Escala_nocturna.json /messages/2/vars/0/file_name",
                        "warning value-drift Escala_nocturna.json /messages/v_yo_1/vars/0/values/0",
                        "warning value-drift Escala_nocturna.json /messages/v_yo_1/vars/0/values/1",
                        "warning value-drift benvinguda.json /messages/4/vars/0/values/0",
                        "warning value-drift benvinguda.json /messages/4/vars/0/values/1",
                        "warning question-without-buttons fita_meitat.json /messages/2/vars",
                        "warning frequency-label-mismatch frequencia.json /messages/1/vars/0/values/0",
                        "warning frequency-approximated frequencia.json /messages/1/vars/0/values/1",
                        "warning frequency-label-mismatch frequencia.json /messages/1/vars/0/values/2",
                        "warning unread-answer hora.json /messages/1/save",
                        "error missing-continuation mon.json /messages/3si/next",
                        "error missing-continuation mon.json /messages/3si_else/next",
                        "warning missing-rather-not-answer perfil_real.json /messages/p_2/vars/0/values",
                        "error missing-continuation perfil_real.json /messages/p_3/next",
                        "error missing-continuation perfil_real.json /messages/p_4/next",
                        "warning unknown-action perfil_real.json /messages/fi/action",
                        "warning sequence-trailing-space sequence.txt ",
                        "warning sequence-trailing-space sequence.txt ");
        assertThat(result.problems().withCode("sequence-trailing-space"))
                .extracting(p -> p.location().line())
                .containsExactly(1, 3);
        assertThat(result.problems().asList())
                .allSatisfy(p -> assertThat(p.location().line()).isPositive());
    }

    @Test
    void withTheMappingAloneTheFixturesImportAndTheirDefectsAreStillReported() {
        Validated<ImportedContent> result = run(mapping());

        assertThat(result.isValid()).as(result.problems().render()).isTrue();
        assertThat(result.problems().errors()).isEmpty();
        assertThat(listed(result.problems()))
                .contains(
                        "warning unread-answer hora.json /messages/1/save",
                        "warning question-without-buttons fita_meitat.json /messages/2/vars",
                        "warning unknown-action perfil_real.json /messages/fi/action");
    }

    @Test
    void theTimeZoneDialogueBranchesThreeWaysAndSetsTheZone() {
        ImportedContent content = imported();

        assertThat(content.system())
                .containsEntry(SystemRole.TIME_ZONE, BlockId.of("mon"))
                .containsEntry(SystemRole.WELCOME, BlockId.of("benvinguda"))
                .containsEntry(SystemRole.FREQUENCY, BlockId.of("frequencia"));
        for (String id : List.of("3si", "3si_else")) {
            FreeText ask = (FreeText) message(content, "mon", id);
            assertThat(ask.format()).isEqualTo(TextFormat.TIME);
            assertThat(ask.variable()).isEqualTo("t");
            assertThat(ask.skipWord().flatMap(w -> w.in(Language.of("de")))).contains("NEIN");
            assertThat(ask.next())
                    .isEqualTo(Next.onTyped(
                            MessageId.of("3si_c"),
                            Optional.of(MessageId.of("3si_nvr")),
                            Optional.of(MessageId.of("3si_else"))));
            assertThat(ask.actions()).contains(new Action.SetTimeZone("t"), new Action.SetProfileField("time", "t"));
        }
        // {time} named the profile field the answer t was saved as.
        assertThat(message(content, "mon", "3si_c").fills()).containsEntry("var", new Placeholder.Answer("t"));
        assertThat(message(content, "mon", "3si_c").text().in(EN)).contains("Your local time is **{var}**. Thanks!");
    }

    @Test
    void theLanguageChoiceSetsTheLanguageAndTheTimeOfDayDialogueSetsItsSetting() {
        ImportedContent content = imported();

        assertThat(message(content, "benvinguda", "1").actions()).containsExactly(new Action.SetLanguage("lang"));
        SingleChoice hour = (SingleChoice) message(content, "hora", "1");
        assertThat(hour.options()).extracting(o -> o.value()).containsExactly("morning", "midday", "evening");
        assertThat(hour.actions()).contains(new Action.SetTimeOfDay("horari_relats"));
        assertThat(content.system()).containsEntry(SystemRole.TIME_OF_DAY, BlockId.of("hora"));
    }

    @Test
    void frequenciesInHoursBecomeTheStudysFrequenciesAndALaterUpdateRhythmAppliesTheAnswer() {
        ImportedContent content = imported();

        SingleChoice ask = (SingleChoice) message(content, "frequencia", "1");
        assertThat(ask.options()).extracting(o -> o.value()).containsExactly("4/day", "1/day", "4/week", "dontsave");
        assertThat(((Next.OnAnswer) ask.next()).cases()).containsOnlyKeys("4/day", "1/day", "4/week", "dontsave");
        assertThat(message(content, "frequencia", "3").actions()).containsExactly(new Action.ChangeFrequency("freq"));
        assertThat(content.frequencies())
                .containsExactlyInAnyOrder(
                        Frequency.parse("4/day").orElseThrow(),
                        Frequency.daily(),
                        Frequency.parse("4/week").orElseThrow());
        assertThat(content.study(eu.coact.core.StudyId.of("s")).plan().allowedFrequencies())
                .containsAll(content.frequencies());
    }

    @Test
    void htmlAndEntitiesBecomeTheContentMarkup() {
        ImportedContent content = imported();

        assertThat(message(content, "benvinguda", "2").text().in(CA))
                .contains("**Benvinguda!** \uD83E\uDD1D Aquest xat forma part d'una _recerca ciutadana_.");
        assertThat(message(content, "benvinguda", "5si").text().in(EN))
                .contains("Thank you! \u2764\uFE0F The first story will arrive soon.");
        assertThat(content.blocks())
                .allSatisfy(b -> b.messages()
                        .values()
                        .forEach(m -> m.text()
                                .asMap()
                                .values()
                                .forEach(t -> assertThat(t).doesNotContain("<b>", "<i>", "</", "&#"))));
    }

    @Test
    void perLanguageDisplayTemplatesBecomeOneValueMapAndPassThroughsReadTheAnswers() {
        ImportedContent content = imported();

        Map<String, Placeholder> fills = message(content, "perfil_real", "vp").fills();
        Placeholder.ValueMap gen = (Placeholder.ValueMap) fills.get("gen");
        assertThat(gen.variable()).isEqualTo("genere");
        assertThat(gen.textFor("m").flatMap(t -> t.in(CA))).contains("ets home");
        assertThat(gen.textFor("m").flatMap(t -> t.in(EN))).contains("you are a man");
        assertThat(gen.textFor("something else").flatMap(t -> t.in(EN))).contains("");
        assertThat(fills.get("area")).isEqualTo(new Placeholder.Answer("area"));
        assertThat(fills.get("codi")).isEqualTo(new Placeholder.Answer("codi"));
        assertThat(((FreeText) message(content, "perfil_real", "p_4")).format()).isEqualTo(TextFormat.POSTCODE);
    }

    @Test
    void aSelectAnswerWithoutButtonsAtTheEndBecomesInformation() {
        assertThat(message(imported(), "fita_meitat", "2")).isInstanceOf(Information.class);
    }

    @Test
    void theStoryGetsItsDetailsFromTheMappingAndItsRetriesBecomeTheFinalAnswerRule() {
        ContentBlock story = block(imported(), "Escala_nocturna");

        assertThat(story.story()).hasValueSatisfying(s -> {
            assertThat(s.teller()).isEqualTo("Àngels, a neighbour");
            assertThat(s.environment()).isEqualTo(SocialEnvironment.SOCIETY);
            assertThat(s.themes()).containsExactly("sleep", "anxiety");
            assertThat(s.questions())
                    .containsExactly(new AttemptedQuestion("yo", List.of("yo_1", "yo_2"), FinalAnswer.LAST_ATTEMPT));
        });
        SingleChoice illustrated = (SingleChoice) story.messages().get(MessageId.of("2"));
        assertThat(illustrated.image().orElseThrow().file().in(CA)).contains("img/Escala_nocturna_\u00c0ngels.png");
        assertThat(illustrated.image().orElseThrow().alt().in(EN)).isPresent();
        // Drift unified: the confirmation's 'Sí' is the 'si' used elsewhere.
        assertThat(((Next.OnAnswer) story.messages().get(MessageId.of("v_yo_1")).next()).cases())
                .containsOnlyKeys("si", "no");
    }

    @Test
    void theConsentPdfPerLanguageStaysTheWelcomesDocument() {
        Media document = (Media) message(imported(), "benvinguda", "3");
        assertThat(document.file().in(Language.of("es"))).contains("ICs/Consentimiento_ES.pdf");
        assertThat(document.file().in(Language.of("de"))).contains("ICs/Einwilligung_DE.pdf");
    }
}
