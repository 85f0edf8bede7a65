package eu.coact.benchmarks.export;

import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.ContentBlock;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Frequency;
import eu.coact.content.Microstory;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Sensitivity;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.StoryQuestion;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The study of the release benchmark: a profile questionnaire of four questions (gender, age
 * band, lived experience, caregiver) and any number of microstories with two questions each,
 * asked with confirm-and-retry; and its release configuration.
 */
final class ReleaseStudy {

    static final List<String> GENDERS = List.of("woman", "man", "nonbinary");
    static final List<String> AGES = List.of("18-29", "30-49", "50-64", "65+");
    static final List<String> ANSWERS = List.of("same", "similar", "none", "nvr");
    private static final Language EN = Language.of("en");
    private static final Language CA = Language.of("ca");
    private static final Authorship AUTHORS =
            Authorship.by(List.of("benchmark"), LocalDate.of(2026, 1, 1), "benchmark");

    private ReleaseStudy() {}

    private static LocalizedText text(String words) {
        return LocalizedText.of("en", words, "ca", words);
    }

    private static List<Option> options(List<String> codes) {
        List<Option> out = new ArrayList<>();
        codes.forEach(c -> out.add(Option.of(c, text(c))));
        out.add(Option.missing("nvr", text("I'd rather not answer")));
        return out;
    }

    static String story(int n) {
        return "story_" + n;
    }

    static Study of(int stories) {
        ContentBlock profile = ContentBlock.of(
                BlockId.of("profile"),
                BlockKind.QUESTIONNAIRE,
                List.of(EN, CA),
                List.of(
                        SingleChoice.of(
                                MessageId.of("gender"),
                                text("Gender?"),
                                "gender",
                                options(GENDERS),
                                Next.goTo(MessageId.of("age_band"))),
                        SingleChoice.of(
                                MessageId.of("age_band"),
                                text("Age?"),
                                "age_band",
                                options(AGES),
                                Next.goTo(MessageId.of("lived"))),
                        SingleChoice.of(
                                MessageId.of("lived"),
                                text("Lived experience?"),
                                "lived",
                                options(List.of("yes", "no")),
                                Next.goTo(MessageId.of("carer"))),
                        SingleChoice.of(
                                MessageId.of("carer"),
                                text("Carer?"),
                                "carer",
                                options(List.of("yes", "no")),
                                Next.end())),
                AUTHORS);
        ConfirmAndRetry pattern = new ConfirmAndRetry(
                2,
                text("Do you confirm?"),
                Option.of("yes", text("Yes")),
                Option.of("no", text("No")),
                text("Saved."),
                FinalAnswer.LAST_ATTEMPT);
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        blocks.put(profile.id(), profile);
        List<Option> abc = options(List.of("same", "similar", "none"));
        for (int s = 0; s < stories; s++) {
            ContentBlock block = new Microstory(
                            BlockId.of(story(s)),
                            BlockKind.SHARE_EXPERIENCE,
                            List.of(EN, CA),
                            "a co-researcher",
                            text("Someone shares a story."),
                            text("A story number " + s + "."),
                            Optional.empty(),
                            SocialEnvironment.values()[s % 3],
                            Set.of("stigma"),
                            List.of(
                                    new StoryQuestion("yo", text("Has it happened to you?"), abc),
                                    new StoryQuestion("others", text("To someone around you?"), abc)),
                            text("Thanks."),
                            AUTHORS,
                            Sensitivity.none())
                    .toBlock(pattern);
            blocks.put(block.id(), block);
        }
        StudyPlan plan = new StudyPlan(
                StudyId.of("release-benchmark"),
                List.of(EN, CA),
                List.copyOf(blocks.keySet()),
                Map.of(),
                Frequency.daily(),
                Set.of(Frequency.daily()));
        return new Study(plan, blocks);
    }

    /** Writes {@code release.yaml} and its hierarchies into a folder. */
    static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("hierarchies"));
        Files.writeString(dir.resolve("hierarchies/gender.csv"), "woman;*\nman;*\nnonbinary;*\n");
        Files.writeString(
                dir.resolve("hierarchies/age_band.csv"), "18-29;18-49;*\n30-49;18-49;*\n50-64;50+;*\n65+;50+;*\n");
        Files.writeString(dir.resolve("release.yaml"), """
                title: Release benchmark
                description: Generated answers.
                version: 1.0.0
                released: 2026-11-22
                publisher: Benchmark
                language: en
                licence: CC-BY-4.0
                creators: [{organisation: Co-researchers}]
                name: release-benchmark
                participants:
                  quasi-identifiers: {gender: hierarchies/gender.csv, age_band: hierarchies/age_band.csv}
                  sensitive: [lived, carer]
                disclosure:
                  models: [{k-anonymity: 10}, {distinct-l-diversity: {attribute: lived, l: 2}}, {distinct-l-diversity: {attribute: carer, l: 2}}]
                  suppression-limit: 0.02
                  when-violated: generalise
                answered-at: week
                indicators:
                  - id: same-experience
                    title: Has had the same experience
                    unit: answers
                    numerator: {question: yo, answers: [same]}
                    denominator: {question: yo}
                    breakdowns: [gender, age_band, lived, carer]
                """);
        return dir;
    }
}
