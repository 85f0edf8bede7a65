package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.AttemptedQuestion;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.Story;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A microstory shaped as the legacy import writes it: numbered messages, the story told by a
 * greeting and a text with a single "continue" button, attempts asked by messages whose ids are
 * not their variables. Its text, questions and final answers are released like a written story's.
 */
class ImportedStoryReleaseTest {

    private static final Language EN = Language.of("en");
    private static final Language CA = Language.of("ca");

    private static LocalizedText text(String en, String ca) {
        return LocalizedText.of(Map.of(EN, en, CA, ca));
    }

    private static MessageId id(String id) {
        return MessageId.of(id);
    }

    private static SingleChoice ask(String id, String variable, Next next) {
        List<Option> abc = List.of(
                new Option("same", text("Yes", "Sí"), false),
                new Option("similar", text("Something similar", "Semblant"), false),
                new Option("none", text("Nothing like it", "Res semblant"), false),
                new Option("nvr", text("I'd rather not answer", "Prefereixo no respondre"), true));
        return SingleChoice.of(id(id), text("Has it happened to you?", "T'ha passat?"), variable, abc, next);
    }

    private static SingleChoice confirm(String id, String variable, String yes, String no) {
        return SingleChoice.of(
                id(id),
                text("Shall we save it?", "Ho desem?"),
                variable,
                List.of(new Option("yes", text("Yes", "Sí"), false), new Option("no", text("No", "No"), false)),
                Next.onAnswer(Map.of("yes", id(yes), "no", id(no)), Optional.empty()));
    }

    /** The "lift" story as an imported block: its text in messages 1 and 2, with markup. */
    static ContentBlock importedLift() {
        List<Message> messages = List.of(
                Information.of(
                        id("1"),
                        text("**Pau** wants to share something.", "En **Pau** vol compartir una cosa."),
                        Next.goTo(id("2"))),
                SingleChoice.of(
                        id("2"),
                        text(
                                "_Call me on 612 345 678_, said my neighbour in the lift.",
                                "_Truca'm al 612 345 678_, em va dir la veïna a l'ascensor."),
                        "cont",
                        List.of(new Option("si", text("Continue", "Continuar"), false)),
                        Next.goTo(id("3"))),
                ask("3", "yo_1", Next.goTo(id("4"))),
                confirm("4", "v_yo_1", "5", "3b"),
                ask("3b", "yo_2", Next.goTo(id("5"))),
                ask("5", "others_1", Next.goTo(id("6"))),
                confirm("6", "v_others_1", "fi", "5b"),
                ask("5b", "others_2", Next.goTo(id("fi"))),
                Information.of(id("fi"), text("Thanks!", "Gràcies!"), Next.end()));
        ContentBlock plain = ContentBlock.of(
                BlockId.of("lift"),
                BlockKind.SHARE_EXPERIENCE,
                List.of(EN, CA),
                messages,
                eu.coact.content.Authorship.by(
                        List.of("co-researcher group"), java.time.LocalDate.of(2026, 1, 10), "legacy import"));
        Story story = new Story(
                "Pau, a carer",
                SocialEnvironment.SOCIETY,
                Set.of("stigma"),
                List.of(
                        new AttemptedQuestion("yo", List.of("yo_1", "yo_2"), FinalAnswer.LAST_ATTEMPT),
                        new AttemptedQuestion("others", List.of("others_1", "others_2"), FinalAnswer.LAST_ATTEMPT)),
                List.of(id("1"), id("2")));
        return new ContentBlock(
                plain.id(),
                plain.kind(),
                plain.languages(),
                plain.entry(),
                plain.messages(),
                plain.authorship(),
                plain.sensitivity(),
                Optional.empty(),
                Optional.of(story));
    }

    private static Study withImportedLift() {
        Study study = ReleaseFixture.study();
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>(study.blocks());
        blocks.put(BlockId.of("lift"), importedLift());
        return new Study(study.plan(), blocks);
    }

    /** Every row of a CSV file, its header first. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                CsvReader reader = CsvReader.open(in)) {
            for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                out.add(record.get().values());
            }
        }
        return out;
    }

    @Test
    void theTellingMessagesTextsArePublishedPlainAndScrubbedInEveryLanguage(@TempDir Path dir) throws IOException {
        Path release = ReleaseFixture.sampleRelease(dir, "en", withImportedLift());
        List<List<String>> stories = rows(release.resolve("microstories.csv"));
        List<String> header = stories.get(0);
        List<String> lift = stories.stream()
                .filter(r -> r.get(0).equals("lift"))
                .findFirst()
                .orElseThrow();
        String en = lift.get(header.indexOf("text_en"));
        String ca = lift.get(header.indexOf("text_ca"));
        assertThat(en)
                .startsWith("Pau wants to share something.\nCall me on ")
                .contains("said my neighbour in the lift.");
        assertThat(ca).startsWith("En Pau vol compartir una cosa.\nTruca'm al ").contains("em va dir la veïna");
        for (String text : List.of(en, ca)) {
            assertThat(text).doesNotContain("**", "_", "612 345 678");
        }
    }

    @Test
    void eachStoryQuestionHasOneFinalAnswerThoughItsAttemptsHaveOtherIds(@TempDir Path dir) throws IOException {
        Path release = ReleaseFixture.sampleRelease(dir, "en", withImportedLift());
        List<List<String>> answers = rows(release.resolve("answers.csv"));
        List<String> header = answers.get(0);
        int block = header.indexOf("block");
        int question = header.indexOf("question");
        int participant = header.indexOf("participant");
        int attempts = header.indexOf("attempts");
        List<List<String>> lift =
                answers.stream().filter(r -> r.get(block).equals("lift")).toList();
        assertThat(lift).isNotEmpty();
        assertThat(lift).extracting(r -> r.get(question)).containsOnly("yo", "others");
        // The retried "yo" counts once, as its second attempt; "others" was confirmed at once.
        assertThat(lift.stream().filter(r -> r.get(question).equals("yo")))
                .allSatisfy(r -> assertThat(r.get(attempts)).isEqualTo("2"));
        assertThat(lift.stream().filter(r -> r.get(question).equals("others")))
                .allSatisfy(r -> assertThat(r.get(attempts)).isEqualTo("1"));
        assertThat(lift.stream().map(r -> r.get(participant) + "/" + r.get(question)))
                .doesNotHaveDuplicates();
        assertThat(rows(release.resolve("codebook/questions.csv")))
                .anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("lift", "yo"));
    }
}
