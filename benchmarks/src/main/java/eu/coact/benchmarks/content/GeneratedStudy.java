package eu.coact.benchmarks.content;

import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.ContentBlock;
import eu.coact.content.FinalAnswer;
import eu.coact.content.Frequency;
import eu.coact.content.Image;
import eu.coact.content.Information;
import eu.coact.content.Microstory;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Sensitivity;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.StoryQuestion;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.content.SystemRole;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.StudyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A synthetic study of N microstories in four languages, shaped like the original study's content. */
final class GeneratedStudy {

    static final List<Language> LANGUAGES =
            List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de"));
    private static final Authorship AUTHORS =
            Authorship.by(List.of("benchmark"), LocalDate.of(2026, 11, 21), "generated for benchmarks");

    private GeneratedStudy() {}

    static LocalizedText text(String base) {
        Map<Language, String> texts = new LinkedHashMap<>();
        for (Language language : LANGUAGES) {
            texts.put(language, base + " [" + language + "] — a sentence long enough to look like a real message.");
        }
        return LocalizedText.of(texts);
    }

    static LocalizedText same(String value) {
        Map<Language, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> texts.put(language, value));
        return LocalizedText.of(texts);
    }

    /** A study with {@code stories} microstories (15 messages each with 3 attempts) and four system blocks. */
    static Study of(int stories) {
        ConfirmAndRetry pattern = new ConfirmAndRetry(
                3,
                text("Do you confirm?"),
                Option.of("Sí", text("Yes")),
                Option.of("No", text("No")),
                text("Answer saved."),
                FinalAnswer.LAST_ATTEMPT);
        List<Option> abc = List.of(
                Option.of("A", text("A) Yes")),
                Option.of("B", text("B) Similar")),
                Option.of("C", text("C) Nothing like it")),
                Option.missing("nvr", text("I'd rather not answer")));
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        List<BlockId> sequence = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            Microstory story = new Microstory(
                    BlockId.of("story_" + i),
                    i % 2 == 0 ? BlockKind.SHARE_EXPERIENCE : BlockKind.FIND_SOLUTIONS,
                    LANGUAGES,
                    "teller " + i,
                    text("Intro " + i),
                    text("Story " + i),
                    Optional.of(new Image(same("story_" + i + ".png"), text("Illustration " + i))),
                    SocialEnvironment.values()[i % 3],
                    Set.of("theme" + (i % 7)),
                    List.of(
                            new StoryQuestion("me", text("Has this happened to you?"), abc),
                            new StoryQuestion("others", text("And to someone around you?"), abc)),
                    text("Thanks " + i),
                    AUTHORS,
                    Sensitivity.none());
            ContentBlock block = story.toBlock(pattern);
            blocks.put(block.id(), block);
            sequence.add(block.id());
        }
        Map<SystemRole, BlockId> system = new EnumMap<>(SystemRole.class);
        for (SystemRole role : List.of(SystemRole.WELCOME, SystemRole.PAUSE, SystemRole.RESUME, SystemRole.WITHDRAW)) {
            BlockId id = BlockId.of("system_" + role.code());
            blocks.put(
                    id,
                    ContentBlock.of(
                            id,
                            BlockKind.SYSTEM,
                            LANGUAGES,
                            List.of(Information.of(MessageId.of("only"), text(role.code()), Next.end())),
                            AUTHORS));
            system.put(role, id);
        }
        return new Study(
                new StudyPlan(
                        StudyId.of("benchmark"),
                        LANGUAGES,
                        sequence,
                        system,
                        Frequency.daily(),
                        Set.of(Frequency.daily())),
                blocks);
    }

    /** How many messages a study has. */
    static int messages(Study study) {
        return study.blocks().values().stream()
                .mapToInt(b -> b.messages().size())
                .sum();
    }
}
