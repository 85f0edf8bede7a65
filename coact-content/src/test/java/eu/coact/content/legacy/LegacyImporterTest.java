package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Examples;
import eu.coact.content.FreeText;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Next;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.SystemRole;
import eu.coact.content.authoring.ContentReader;
import eu.coact.content.authoring.ContentWriter;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyImporterTest {

    static final List<Language> LANGUAGES =
            List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de"));
    static final Authorship AUTHORSHIP = Authorship.by(
            List.of("CoActuem co-researchers"), LocalDate.of(2021, 1, 1), "legacy import of synthetic fixtures");

    static LegacyImporter importer() {
        return LegacyImporter.of(AUTHORSHIP, LANGUAGES);
    }

    static LegacyMapping mapping() {
        return LegacyMapping.read(Examples.example("legacy/mapping.yaml")).orElseThrow();
    }

    static ImportedContent imported() {
        return importer()
                .withMapping(mapping())
                .importFolder(Examples.legacyFixtures())
                .orElseThrow();
    }

    private static List<String> where(Problems problems, String code) {
        return problems.withCode(code).stream()
                .map(p -> p.location().source().replaceAll(".*/", "") + " "
                        + p.location().path())
                .toList();
    }

    @Test
    void withoutAMappingTheImportReportsEveryDefectInOneReport() {
        Validated<ImportedContent> result = importer().importFolder(Examples.legacyFixtures());

        assertThat(result.isValid()).isFalse();
        Problems problems = result.problems();
        assertThat(where(problems, "missing-continuation"))
                .containsExactlyInAnyOrder(
                        "perfil_demo.json /messages/p_3/next", "perfil_demo.json /messages/p_4/next");
        assertThat(where(problems, "missing-alt-text")).containsExactly("Banc_del_parc.json /messages/4/vars/0");
        assertThat(problems.withCode("missing-continuation").get(0).location().line())
                .isPositive();
    }

    @Test
    void withTheMappingTheImportSucceedsAndStillReportsTheContentsDefects() {
        Validated<ImportedContent> result = importer().withMapping(mapping()).importFolder(Examples.legacyFixtures());

        assertThat(result.isValid()).as(result.problems().render()).isTrue();
        Problems problems = result.problems();
        assertThat(where(problems, "unreachable-message"))
                .containsExactlyInAnyOrder("welcome_demo.json /messages/20", "Ascensor_7.json /messages/fb_A");
        assertThat(where(problems, "unknown-action")).containsExactly("perfil_demo.json /messages/f/action");
        // Case and accent drift between blocks: 'Si' and 'Sí' are imported as the usual 'si'.
        assertThat(problems.withCode("value-drift"))
                .filteredOn(p -> p.location().source().endsWith("welcome_demo.json"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.message()).contains("'Si'").contains("'si'"));
        assertThat(problems.withCode("value-drift"))
                .filteredOn(p -> p.message().contains("'Sí'"))
                .isNotEmpty();
        assertThat(problems.asList()).allSatisfy(p -> assertThat(p.isError()).isFalse());
        assertThat(problems.asList())
                .allSatisfy(p -> assertThat(p.message()).contains("block").doesNotContain("Exception"));
    }

    @Test
    void importPreservesIdsLanguagesButtonsBranchesSavesWaitsMediaActionsAndScores() {
        ImportedContent content = imported();

        assertThat(content.sequence())
                .extracting(BlockId::value)
                .containsExactly("welcome_demo", "perfil_demo", "Banc_del_parc", "Ascensor_7");
        assertThat(content.system())
                .containsEntry(SystemRole.WELCOME, BlockId.of("welcome_demo"))
                .containsEntry(SystemRole.PAUSE, BlockId.of("pause"))
                .containsEntry(SystemRole.WITHDRAW, BlockId.of("unsubscribe"));
        ContentBlock welcome = block(content, "welcome_demo");
        assertThat(welcome.languages()).isEqualTo(LANGUAGES);
        SingleChoice lang = (SingleChoice) welcome.messages().get(MessageId.of("2"));
        assertThat(lang.options()).extracting(o -> o.value()).containsExactly("ca", "es", "en", "de");
        assertThat(lang.actions()).containsExactly(new Action.SetLanguage("lang"));
        assertThat(lang.next()).isInstanceOf(Next.OnAnswer.class);
        Media document = (Media) welcome.messages().get(MessageId.of("4"));
        assertThat(document.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(document.file().in(Language.of("de"))).contains("ICs/Consent_DE.pdf");
        assertThat(document.pacing().delay()).contains(java.time.Duration.ofSeconds(3));
        assertThat(welcome.messages().get(MessageId.of("out")).actions())
                .containsExactly(new Action.RecordConsent(Action.ConsentDecision.GIVEN));
        assertThat(welcome.messages().get(MessageId.of("bye")).actions())
                .containsExactly(new Action.RecordConsent(Action.ConsentDecision.REFUSED));
        assertThat(welcome.score()).contains(0);

        ContentBlock story = block(content, "Banc_del_parc");
        assertThat(story.kind()).isEqualTo(BlockKind.SHARE_EXPERIENCE);
        assertThat(story.score()).contains(1);
        SingleChoice illustrated = (SingleChoice) story.messages().get(MessageId.of("4"));
        assertThat(illustrated.image()).isPresent();
        assertThat(illustrated.image().get().file().in(Language.of("ca"))).contains("Banc_del_parc.jpg");
        assertThat(story.messages().get(MessageId.of("e_yo_1")).next())
                .isEqualTo(Next.onAnswer(
                        java.util.Map.of("si", MessageId.of("otro_1"), "No", MessageId.of("yo_2")), Optional.empty()));

        ContentBlock dilemma = block(content, "Ascensor_7");
        assertThat(dilemma.kind()).isEqualTo(BlockKind.FIND_SOLUTIONS);
        assertThat(dilemma.messages().get(MessageId.of("fb")).next()).isInstanceOf(Next.OnEarlierAnswer.class);
        assertThat(((Next.OnEarlierAnswer)
                                dilemma.messages().get(MessageId.of("fb")).next())
                        .variable())
                .isEqualTo("x_1");

        ContentBlock profile = block(content, "perfil_demo");
        assertThat(profile.kind()).isEqualTo(BlockKind.QUESTIONNAIRE);
        FreeText country = (FreeText) profile.messages().get(MessageId.of("p_3"));
        assertThat(country.next()).isEqualTo(Next.goTo(MessageId.of("p_4")));
        assertThat(((SingleChoice) profile.messages().get(MessageId.of("p_1"))).options())
                .filteredOn(o -> o.missing())
                .extracting(o -> o.value())
                .containsExactly("nvr");
        Placeholder gen = profile.messages().get(MessageId.of("vp")).fills().get("gen");
        assertThat(gen).isInstanceOf(Placeholder.ValueMap.class);
        Placeholder.ValueMap map = (Placeholder.ValueMap) gen;
        assertThat(map.variable()).isEqualTo("genere");
        assertThat(map.cases().keySet()).containsExactly("m", "f", "d");
        assertThat(map.textFor("m").flatMap(t -> t.in(Language.of("ca")))).contains("ets home");
        assertThat(map.textFor("nvr").flatMap(t -> t.in(Language.of("ca")))).contains("sense resposta");
    }

    @Test
    void exportedYamlReadsBackAsTheSameBlocks(@TempDir Path folder) {
        ImportedContent content = imported();

        ContentWriter.yaml().writeStudy(content.study(StudyId.of("legacy-demo")), folder);
        Validated<List<ContentBlock>> reread =
                ContentReader.standard().readBlocks(folder.resolve("blocks").resolve("Banc_del_parc.yaml"));

        assertThat(reread.orElseThrow()).containsExactly(block(content, "Banc_del_parc"));
        for (ContentBlock block : content.blocks()) {
            Path file = folder.resolve("blocks").resolve(ContentWriter.fileName(block) + ".yaml");
            assertThat(ContentReader.standard().readBlocks(file).problems().errors())
                    .as(file.toString())
                    .isEmpty();
            assertThat(ContentReader.standard().readBlocks(file).orElseThrow()).containsExactly(block);
        }
    }

    @Test
    void anExportedStudyReadsBackAsAStudyWithTheSameBlocks(@TempDir Path folder) {
        ImportedContent content = imported();

        ContentWriter.yaml().writeStudy(content.study(StudyId.of("legacy-demo")), folder);
        Validated<eu.coact.content.Study> study = ContentReader.standard()
                .withValidator(
                        eu.coact.content.authoring.ContentValidator.standard().withMediaFolder(folder))
                .readStudy(folder);

        // Images are not shipped with the legacy fixtures; a resume block is optional.
        assertThat(study.problems().errors()).extracting(Problem::code).containsOnly("missing-media");
    }

    @Test
    void aDisplayTemplateThatIsCodeIsReportedAndNeverEvaluated(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("sequence.txt"), "x\n");
        java.nio.file.Files.writeString(folder.resolve("x.json"), """
                {"_id": "x", "title": "textos_informativos", "initial_messages": ["1"], "points": ["0"],
                 "messages": {"1": {"type": "NA", "text": "Hi {n}", "wait": null, "next": null,
                   "display": {"n": "__import__('os').system('touch pwned')"}}}}
                """);

        Validated<ImportedContent> result = importer().importFolder(folder);

        assertThat(result.isValid()).isFalse();
        List<Problem> unsupported = result.problems().withCode("unsupported-display");
        assertThat(unsupported).hasSize(1);
        assertThat(unsupported.get(0).location().path()).isEqualTo("/messages/1/display/n");
        assertThat(folder.resolve("pwned")).doesNotExist();
    }

    private static ContentBlock block(ImportedContent content, String id) {
        return content.blocks().stream()
                .filter(b -> b.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
