package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.AttemptedQuestion;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.Examples;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Information;
import eu.coact.content.Option;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortFormReaderTest {

    private static final String STUDY = """
            study: short
            languages: [en, es]
            sequence: [Kitchen_table]
            system: {welcome: Kitchen_table, pause: Kitchen_table, resume: Kitchen_table}
            microstories:
              C:
                introduction: {en: "Someone shares an experience.", es: "Alguien comparte una experiencia."}
                questions:
                  - variable: me
                    text: {en: "Has this happened to you?", es: "¿Te ha pasado?"}
                    options:
                      - {value: A, label: {en: "Yes", es: "Sí"}}
                      - {value: B, label: {en: "No", es: "No"}}
                thanks: {en: "Thanks!", es: "¡Gracias!"}
              T:
                introduction: {en: "A dilemma.", es: "Un dilema."}
                questions:
                  - variable: do
                    text: {en: "What would you do?", es: "¿Qué harías?"}
                    story-options: true
                    options:
                      - {value: nvr, missing: true, label: {en: "Rather not say", es: "Prefiero no decirlo"}}
                thanks: {en: "Thanks!", es: "¡Gracias!"}
              confirm-and-retry:
                attempts: 3
                confirm: {en: "Do you confirm?", es: "¿Lo confirmas?"}
                yes: {value: "Sí", label: {en: "Yes", es: "Sí"}}
                no: {value: "No", label: {en: "No", es: "No"}}
                saved: {en: "Saved.", es: "Guardado."}
                final: first-attempt
              help-note: {en: "Type help to see who you can talk to.", es: "Escribe ayuda para ver con quién hablar."}
            """;

    private static final String AUTHORSHIP =
            "  authorship: {authors: [co-researcher], date: 2026-10-01, source: workshop}\n";

    private static Validated<Study> study(Path folder, String studyFile, String... blockFiles) throws IOException {
        Files.createDirectories(folder.resolve("blocks"));
        Files.writeString(folder.resolve("study.yaml"), studyFile);
        for (int i = 0; i < blockFiles.length; i++) {
            Files.writeString(folder.resolve("blocks/story" + i + ".yaml"), blockFiles[i]);
        }
        return ContentReader.standard().readStudy(folder);
    }

    private static final String KITCHEN = """
            microstory:
              id: Kitchen_table
              kind: C
              environment: close
              themes: [family]
              teller: Marc, a father
              warning: [suicide]
              text: {en: "My son sat with me every evening.", es: "Mi hijo se sentaba conmigo cada noche."}
            """ + AUTHORSHIP;

    @Test
    void aShortStoryExpandsWithTheStudysOneConfirmAndRetryConstruct(@TempDir Path folder) throws IOException {
        Validated<Study> read = study(folder, STUDY, KITCHEN);

        assertThat(read.problems().errors()).as(read.problems().render()).isEmpty();
        Study study = read.orElseThrow();
        ContentBlock block = study.blocks().get(BlockId.of("Kitchen_table"));
        assertThat(block.kind()).isEqualTo(BlockKind.SHARE_EXPERIENCE);
        assertThat(block.messages().keySet())
                .extracting(MessageId::value)
                .containsExactly(
                        "intro", "story", "me_1", "v_me_1", "me_2", "v_me_2", "me_3", "s_me", "thanks", "help");
        SingleChoice confirm = (SingleChoice) block.messages().get(MessageId.of("v_me_2"));
        assertThat(confirm.options()).extracting(Option::value).containsExactly("Sí", "No");
        assertThat(block.story().orElseThrow().questions())
                .containsExactly(
                        new AttemptedQuestion("me", List.of("me_1", "me_2", "me_3"), FinalAnswer.FIRST_ATTEMPT));
        assertThat(block.story().orElseThrow().environment()).isEqualTo(SocialEnvironment.CLOSE);
        assertThat(block.sensitivity().warnings()).containsExactly(ContentWarning.SUICIDE);
        assertThat(block.sensitivity().helpNote()).contains(MessageId.of("help"));
        assertThat(((Information) block.messages().get(MessageId.of("help")))
                        .text()
                        .in(eu.coact.core.Language.of("es")))
                .contains("Escribe ayuda para ver con quién hablar.");
        ShortMicrostory story = study.shortStories().get(BlockId.of("Kitchen_table"));
        assertThat(story.toBlock(study.pattern().orElseThrow())).isEqualTo(block);
    }

    @Test
    void aDilemmaOffersItsOwnAnswersFollowedByTheStudysSharedOnes(@TempDir Path folder) throws IOException {
        Validated<Study> read =
                study(folder, STUDY, KITCHEN, """
                blocks:
                  - microstory:
                      id: Late_bus
                      kind: T
                      environment: society
                      teller: Aina
                      text: {en: "My manager called me unreliable.", es: "Mi jefa me llamó poco fiable."}
                      options:
                        - {value: talk, label: {en: "Talk to her", es: "Hablar con ella"}}
                        - {value: union, label: {en: "Ask the union", es: "Pedir ayuda al sindicato"}}
                """ + AUTHORSHIP.replace("  authorship", "      authorship") + """
                  - id: extra
                    kind: information
                    languages: [en, es]
                    authorship: {authors: [team], date: 2026-10-01, source: workshop}
                    messages:
                      hi: {type: information, text: {en: "Hi", es: "Hola"}}
                """);

        assertThat(read.problems().errors()).as(read.problems().render()).isEmpty();
        ContentBlock block = read.orElseThrow().blocks().get(BlockId.of("Late_bus"));
        assertThat(((SingleChoice) block.messages().get(MessageId.of("do_1"))).options())
                .extracting(Option::value)
                .containsExactly("talk", "union", "nvr");
        assertThat(read.orElseThrow().blocks()).containsKey(BlockId.of("extra"));
        assertThat(read.orElseThrow().shortStories())
                .containsOnlyKeys(BlockId.of("Kitchen_table"), BlockId.of("Late_bus"));
    }

    @Test
    void everyMistakeInTheStudysSectionIsReportedWithItsLine(@TempDir Path folder) throws IOException {
        String broken = STUDY.replace("attempts: 3", "attempts: 12")
                .replace("thanks: {en: \"Thanks!\", es: \"¡Gracias!\"}\n  T:", "thanks: {en: \"Thanks!\"}\n  T:")
                .replace("final: first-attempt", "final: best-attempt\n    colour: blue")
                .replace(
                        "- {value: B, label: {en: \"No\", es: \"No\"}}",
                        "- {value: A, label: {en: \"No\", es: \"No\"}}");

        Validated<Study> read = study(folder, broken, KITCHEN);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains(
                        "invalid-value /microstories/confirm-and-retry/attempts",
                        "missing-translation /microstories/C/thanks",
                        "unknown-value /microstories/confirm-and-retry/final",
                        "unknown-field /microstories/confirm-and-retry/colour",
                        "duplicate-value /microstories/C/questions/0/options/1/value");
        assertThat(read.problems().errors()).allSatisfy(p -> {
            assertThat(p.location().source()).endsWith("study.yaml");
            assertThat(p.location().line()).isPositive();
        });
    }

    @Test
    void everyMistakeInAShortStoryIsReportedWithFileAndLine(@TempDir Path folder) throws IOException {
        Validated<Study> read = study(
                folder,
                STUDY,
                """
                blocks:
                  - microstory:
                      id: one
                      kind: X
                      environment: close
                      teller: Pau
                      text: {en: "Only English."}
                  - microstory:
                      id: two
                      kind: C
                      environment: nowhere
                      teller: Pau
                      text: {en: "A story.", es: "Un relato.", de: "Eine Geschichte."}
                      options: [{value: a, label: {en: "A", es: "A"}}]
                """ + AUTHORSHIP.replace("  authorship", "      authorship") + """
                  - microstory:
                      id: three
                      kind: T
                      environment: society
                      teller: Pau
                      text: {en: "A dilemma.", es: "Un dilema."}
                      options: [{value: nvr, label: {en: "Mine", es: "Mío"}}]
                """
                        + AUTHORSHIP.replace("  authorship", "      authorship"));

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains(
                        "unknown-value /blocks/0/microstory/kind",
                        "missing-translation /blocks/0/microstory/text",
                        "missing-authorship /blocks/0/microstory",
                        "unknown-value /blocks/1/microstory/environment",
                        "undeclared-language /blocks/1/microstory/text",
                        "unused-options /blocks/1/microstory/options",
                        "duplicate-value /blocks/2/microstory/options/0/value");
        assertThat(read.problems().errors())
                .filteredOn(p -> p.location().path().startsWith("/blocks"))
                .allSatisfy(p -> {
                    assertThat(p.location().source()).endsWith("story0.yaml");
                    assertThat(p.location().line()).isPositive();
                });
    }

    @Test
    void aDilemmaWithoutItsOwnAnswersAndAStoryOfAKindTheStudyDoesNotAskAreRefused(@TempDir Path folder)
            throws IOException {
        String onlyC =
                STUDY.substring(0, STUDY.indexOf("  T:")) + STUDY.substring(STUDY.indexOf("  confirm-and-retry"));

        Validated<Study> read = study(folder, onlyC, """
                microstory:
                  id: dilemma
                  kind: T
                  environment: close
                  teller: Pau
                  text: {en: "A dilemma.", es: "Un dilema."}
                """ + AUTHORSHIP);
        Validated<Study> noOptions = study(folder.resolve("second"), STUDY, """
                microstory:
                  id: dilemma
                  kind: T
                  environment: close
                  teller: Pau
                  text: {en: "A dilemma.", es: "Un dilema."}
                """ + AUTHORSHIP);

        assertThat(read.problems().errors()).extracting(Problem::code).contains("unknown-story-kind");
        assertThat(noOptions.problems().errors()).extracting(Problem::code).contains("missing-options");
    }

    @Test
    void aShortStoryReadWithoutItsStudyIsOneClearProblem() {
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("story.yaml", KITCHEN, DocumentFormat.YAML);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors()).extracting(Problem::code).containsExactly("missing-pattern");
    }

    @Test
    void aSensitiveStoryNeedsTheStudysHelpNote(@TempDir Path folder) throws IOException {
        String noHelp = STUDY.substring(0, STUDY.indexOf("  help-note:"));

        Validated<Study> read = study(folder, noHelp, KITCHEN);

        assertThat(read.problems().errors())
                .extracting(p -> p.code() + " " + p.location().path())
                .contains("missing-help-note /microstory/warning");
    }

    @Test
    void theDemoStudysShortStoriesWriteBackInTheShortForm(@TempDir Path folder) throws IOException {
        Study demo = ContentReader.standard()
                .readStudy(Examples.example("demo-study"))
                .orElseThrow();

        ContentWriter.yaml().writeStudy(demo, folder);

        assertThat(Files.readString(folder.resolve("blocks/Late_bus.yaml")))
                .contains("microstory:")
                .doesNotContain("messages:");
        assertThat(Files.readString(folder.resolve("study.yaml"))).contains("microstories:");
        assertThat(Files.readString(folder.resolve("blocks/Bench_by_the_river.yaml")))
                .contains("messages:");
    }
}
