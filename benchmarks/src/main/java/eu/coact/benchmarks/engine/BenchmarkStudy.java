package eu.coact.benchmarks.engine;

import eu.coact.content.Action;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.SingleChoice;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic study shaped like the original one: a welcome with consent, then blocks of five
 * messages (introduction, story, two questions, thanks), so that one block is seven engine steps.
 */
final class BenchmarkStudy {

    private static final Language CA = Language.of("ca");
    private static final Language EN = Language.of("en");
    private static final List<Language> LANGUAGES = List.of(CA, EN);
    private static final Authorship AUTHORS =
            Authorship.by(List.of("benchmark"), LocalDate.of(2024, 1, 1), "synthetic benchmark content");

    private BenchmarkStudy() {}

    private static LocalizedText text(String words) {
        return LocalizedText.of("ca", words + " (ca)", "en", words);
    }

    private static MessageId id(String value) {
        return MessageId.of(value);
    }

    static Study of(int blocks) {
        Map<BlockId, ContentBlock> all = new LinkedHashMap<>();
        List<BlockId> sequence = new ArrayList<>();
        for (int i = 1; i <= blocks; i++) {
            ContentBlock block = story(i);
            all.put(block.id(), block);
            sequence.add(block.id());
        }
        ContentBlock welcome = ContentBlock.of(
                BlockId.of("welcome"),
                BlockKind.SYSTEM,
                LANGUAGES,
                List.of(
                        Information.of(id("hello"), text("Welcome to the study."), Next.goTo(id("consent"))),
                        SingleChoice.of(
                                id("consent"),
                                text("Do you consent?"),
                                "consent",
                                List.of(Option.of("yes", text("Yes")), Option.of("no", text("No"))),
                                Next.goTo(id("end"))),
                        new Information(
                                id("end"),
                                text("Thank you."),
                                Pacing.standard(),
                                Next.end(),
                                List.of(new Action.RecordConsent(Action.ConsentDecision.GIVEN)),
                                Map.of())),
                AUTHORS);
        all.put(welcome.id(), welcome);
        for (String role : List.of("paused", "resumed")) {
            ContentBlock block = ContentBlock.of(
                    BlockId.of(role),
                    BlockKind.SYSTEM,
                    LANGUAGES,
                    List.of(Information.of(id("done"), text(role), Next.end())),
                    AUTHORS);
            all.put(block.id(), block);
        }
        StudyPlan plan = new StudyPlan(
                StudyId.of("engine-benchmark"),
                LANGUAGES,
                sequence,
                Map.of(
                        SystemRole.WELCOME,
                        BlockId.of("welcome"),
                        SystemRole.PAUSE,
                        BlockId.of("paused"),
                        SystemRole.RESUME,
                        BlockId.of("resumed")),
                new Frequency(2, Frequency.Period.DAY),
                Set.of(new Frequency(2, Frequency.Period.DAY)));
        return new Study(plan, all);
    }

    private static ContentBlock story(int number) {
        List<Option> three = List.of(
                Option.of("A", text("Yes")),
                Option.of("B", text("Something similar")),
                Option.missing("nvr", text("I'd rather not answer")));
        List<Message> messages = List.of(
                Information.of(
                        id("intro"),
                        text("Someone wants to share an experience, story " + number + "."),
                        Next.goTo(id("story"))),
                Information.of(
                        id("story"),
                        text("When I told my friends about my diagnosis, some of them stopped "
                                + "calling. Others stayed, and one of them came every week to walk with me."),
                        Next.goTo(id("yo"))),
                SingleChoice.of(
                        id("yo"),
                        text("Has something like this happened to you?"),
                        "yo",
                        three,
                        Next.goTo(id("around"))),
                SingleChoice.of(
                        id("around"),
                        text("Has it happened to someone around you?"),
                        "around",
                        three,
                        Next.goTo(id("thanks"))),
                Information.of(id("thanks"), text("Thank you for your answers."), Next.end()));
        return ContentBlock.of(BlockId.of("story-" + number), BlockKind.SHARE_EXPERIENCE, LANGUAGES, messages, AUTHORS);
    }
}
