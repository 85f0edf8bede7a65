package eu.coact.engine;

import static eu.coact.engine.Studies.id;
import static eu.coact.engine.Studies.text;
import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Action;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.DisclosureRole;
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
import eu.coact.core.MessageId;
import eu.coact.core.Pseudonym;
import eu.coact.core.StudyId;
import eu.coact.engine.channel.Button;
import eu.coact.engine.schedule.DailyWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A study that declares its own settings dialogues: the commands run the study's blocks, their
 * texts are what the participant reads, and their actions take effect.
 */
class SettingsDialoguesTest {

    private static final Pseudonym P = Run.participant(3);

    private static Information info(String id, String en, Action... actions) {
        return new Information(
                id(id), text(en, en + " (ca)"), Pacing.standard(), Next.end(), List.of(actions), Map.of());
    }

    private static ContentBlock block(String id, List<Message> messages) {
        return ContentBlock.of(BlockId.of(id), BlockKind.SYSTEM, Studies.LANGUAGES, messages, Studies.AUTHORS);
    }

    /** A question whose chosen value goes to {@code variable}, then the action runs on the confirmation. */
    private static ContentBlock choice(
            String id,
            String question,
            String variable,
            Map<String, String> options,
            Action action,
            String confirmation) {
        List<Option> choices = new ArrayList<>();
        options.forEach((value, label) -> choices.add(Option.of(value, text(label, label + " (ca)"))));
        return block(
                id,
                List.of(
                        new SingleChoice(
                                id("ask"),
                                text(question, question + " (ca)"),
                                variable,
                                choices,
                                Optional.empty(),
                                Pacing.standard(),
                                Next.goTo(id("done")),
                                List.of(action),
                                Map.of(),
                                DisclosureRole.NONE),
                        info("done", confirmation)));
    }

    static Study study() {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("ca", "Català");
        Map<String, String> frequencies = new LinkedHashMap<>();
        frequencies.put("1/day", "Every day");
        frequencies.put("2/day", "Morning and evening");
        Map<String, String> times = new LinkedHashMap<>();
        times.put("morning", "In the morning");
        times.put("evening", "In the evening");
        Map<String, MessageId> leaveOrStay = new LinkedHashMap<>();
        leaveOrStay.put("leave", id("left"));
        leaveOrStay.put("stay", id("stays"));
        ContentBlock withdraw = block(
                "our-withdraw",
                List.of(
                        SingleChoice.of(
                                id("sure"),
                                text("Sure you want to go?", "Segur?"),
                                "leave",
                                List.of(
                                        Option.of("leave", text("Yes, I'm leaving", "Sí")),
                                        Option.of("stay", text("I'll stay", "Em quedo"))),
                                Next.onAnswer(leaveOrStay, Optional.empty())),
                        info("left", "Thank you for everything you shared with us.", new Action.Withdraw()),
                        info("stays", "We are glad you stay!")));
        List<ContentBlock> system = List.of(
                Studies.welcome(),
                block(
                        "our-pause",
                        List.of(info(
                                "paused", "Your stories rest now. Write RESUME to come back.", new Action.Pause()))),
                block("our-resume", List.of(info("resumed", "Lovely to see you again!", new Action.Resume()))),
                withdraw,
                choice(
                        "our-language",
                        "Which language suits you?",
                        "language",
                        languages,
                        new Action.SetLanguage("language"),
                        "Language set."),
                choice(
                        "our-frequency",
                        "How often shall we write?",
                        "frequency",
                        frequencies,
                        new Action.ChangeFrequency("frequency"),
                        "We will write that often."),
                choice(
                        "our-time",
                        "When shall we write?",
                        "time",
                        times,
                        new Action.SetTimeOfDay("time"),
                        "We will write then."));
        List<ContentBlock> sequence = List.of(Studies.story("s1"), Studies.story("s2"), Studies.story("s3"));
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        sequence.forEach(b -> blocks.put(b.id(), b));
        system.forEach(b -> blocks.put(b.id(), b));
        Map<SystemRole, BlockId> roles = Map.of(
                SystemRole.WELCOME,
                BlockId.of("welcome"),
                SystemRole.PAUSE,
                BlockId.of("our-pause"),
                SystemRole.RESUME,
                BlockId.of("our-resume"),
                SystemRole.WITHDRAW,
                BlockId.of("our-withdraw"),
                SystemRole.LANGUAGE,
                BlockId.of("our-language"),
                SystemRole.FREQUENCY,
                BlockId.of("our-frequency"),
                SystemRole.TIME_OF_DAY,
                BlockId.of("our-time"));
        StudyPlan plan = new StudyPlan(
                StudyId.of("settings-test"),
                Studies.LANGUAGES,
                sequence.stream().map(ContentBlock::id).toList(),
                roles,
                Frequency.daily(),
                Set.of(Frequency.daily(), new Frequency(2, Frequency.Period.DAY)));
        return new Study(plan, blocks);
    }

    private static Run consented() {
        Run run = new Run(study());
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.settle();
        return run;
    }

    /** The SDK's English text of a system text, as the engine sends it. */
    private static String english(SystemText key) {
        return SystemTexts.standard().text(key, Studies.EN);
    }

    @Test
    void pauseAndResumeRunTheStudysBlocks() {
        Run run = consented();
        run.type(P, "pause");
        run.settle();
        assertThat(run.view(P).standing()).isEqualTo(Standing.PAUSED);
        assertThat(run.channel.textsTo(P))
                .contains("Your stories rest now. Write RESUME to come back.")
                .doesNotContain(english(SystemText.PAUSED));
        run.type(P, "resume");
        run.settle();
        assertThat(run.view(P).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(run.channel.textsTo(P))
                .contains("Lovely to see you again!")
                .doesNotContain(english(SystemText.RESUMED));
        assertThat(run.view(P).nextDelivery()).isPresent();
    }

    @Test
    void theLanguageCommandRunsTheStudysQuestionAndItsActionChangesTheLanguage() {
        Run run = consented();
        run.type(P, "language");
        assertThat(run.channel.last(P).message().text()).isEqualTo("Which language suits you?");
        assertThat(run.channel.last(P).message().buttons())
                .extracting(Button::label)
                .containsExactly("English", "Català");
        run.press(P, "ca");
        run.settle();
        assertThat(run.view(P).language()).isEqualTo(Language.of("ca"));
        assertThat(run.channel.textsTo(P)).last().isEqualTo("Language set. (ca)");
    }

    @Test
    void theFrequencyCommandRunsTheStudysQuestionAndItsActionChangesTheFrequency() {
        Run run = consented();
        run.type(P, "frequency");
        assertThat(run.channel.last(P).message().buttons())
                .extracting(Button::label)
                .containsExactly("Every day", "Morning and evening");
        run.type(P, "Morning and evening");
        run.settle();
        assertThat(run.view(P).preferences().frequency()).isEqualTo(new Frequency(2, Frequency.Period.DAY));
        assertThat(run.channel.textsTo(P)).contains("We will write that often.");
        // The story the dialogue interrupted starts again right after it.
        assertThat(run.view(P).block()).contains(BlockId.of("s1"));
        assertThat(run.view(P).awaiting()).isTrue();
    }

    @Test
    void theTimeCommandRunsTheStudysQuestionAndItsActionChangesTheTimeOfDay() {
        Run run = consented();
        run.type(P, "time");
        assertThat(run.channel.last(P).message().text()).isEqualTo("When shall we write?");
        run.press(P, "evening");
        run.settle();
        assertThat(run.view(P).preferences().window()).isEqualTo(DailyWindow.EVENING);
    }

    @Test
    void withdrawingRunsTheStudysDialogueAndShowsTheAuthorsGoodbye() {
        Run run = consented();
        run.type(P, "withdraw");
        assertThat(run.channel.last(P).message().text()).isEqualTo("Sure you want to go?");
        run.press(P, "leave");
        run.settle();
        assertThat(run.channel.textsTo(P)).contains("Thank you for everything you shared with us.");
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWING);
        assertThat(run.channel.last(P).message().text()).isEqualTo(english(SystemText.ERASE_QUESTION));
        run.press(P, "no");
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWN);
        assertThat(run.channel.textsTo(P)).doesNotContain(english(SystemText.WITHDRAW_QUESTION));
    }

    @Test
    void stayingInTheStudysWithdrawDialogueKeepsTheParticipant() {
        Run run = consented();
        run.type(P, "withdraw");
        run.press(P, "stay");
        run.settle();
        assertThat(run.channel.textsTo(P)).contains("We are glad you stay!");
        assertThat(run.view(P).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(run.view(P).nextDelivery()).isPresent();
        assertThat(run.engine.counters().stuck()).isZero();
    }

    @Test
    void withoutStudyBlocksTheBuiltInFrequencyQuestionShowsWordsNotRawValues() {
        Run run = new Run(Studies.standard());
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.settle();
        run.type(P, "frequency");
        assertThat(run.channel.last(P).message().buttons())
                .extracting(Button::label)
                .containsExactly("Once a day", "2 times a day");
        run.type(P, "2 times a day");
        assertThat(run.view(P).preferences().frequency()).isEqualTo(new Frequency(2, Frequency.Period.DAY));
    }
}
