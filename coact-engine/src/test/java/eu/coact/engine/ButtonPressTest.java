package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Information;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Inbound;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Buttons first, and every press tied to the message that showed it. A model-based test drives
 * one participant through random presses on the current question, presses on older messages,
 * typed labels (some of which are command words too) and commands, with time passing and
 * restarts. After every step: an answer is only ever recorded for the question of the message
 * pressed (or typed while it was open); a press on an older message records nothing and is told
 * that its question has passed; nobody is stuck.
 */
class ButtonPressTest {

    private static final Pseudonym P = Run.participant(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A block whose buttons are labelled with command words: "Resume"/"Continuar" and "Help"/"Ajuda". */
    static ContentBlock colliding(String block) {
        return ContentBlock.of(
                BlockId.of(block),
                BlockKind.QUESTIONNAIRE,
                Studies.LANGUAGES,
                List.of(
                        SingleChoice.of(
                                Studies.id("how"),
                                Studies.text("Shall we go on?", "Continuem?"),
                                "how",
                                List.of(
                                        Option.of("go", Studies.text("Resume", "Continuar")),
                                        Option.of("aid", Studies.text("Help", "Ajuda")),
                                        Option.of("later", Studies.text("Later", "Després"))),
                                Next.goTo(Studies.id("then"))),
                        SingleChoice.of(
                                Studies.id("then"),
                                Studies.text("And now?", "I ara?"),
                                "then",
                                List.of(
                                        Option.of("yes", Studies.text("Yes", "Sí")),
                                        Option.of("no", Studies.text("No", "No"))),
                                Next.goTo(Studies.id("bye"))),
                        Information.of(Studies.id("bye"), Studies.text("Thanks.", "Gràcies."), Next.end())),
                Studies.AUTHORS);
    }

    static Study study() {
        return Studies.of(List.of(
                colliding("c1"), Studies.story("s1"), colliding("c2"), Studies.sensitive("s2"), colliding("c3")));
    }

    /** The SDK's English text of a system text, as the engine sends it. */
    private static String english(SystemText key) {
        return SystemTexts.standard().text(key, Studies.EN);
    }

    @Test
    void aTypedLabelThatIsAlsoACommandWordAnswersTheOpenQuestion() {
        Run run = joinedAndConsented();
        run.advance(Duration.ofDays(1));
        assertThat(run.channel.last(P).message().text()).isEqualTo("Shall we go on?");
        run.type(P, "resume");
        assertThat(answers(run)).last().extracting(a -> a.get("value").asText()).isEqualTo("go");
        assertThat(run.channel.textsTo(P)).doesNotContain(english(SystemText.NOT_PAUSED));
        run.settle();
        assertThat(run.channel.last(P).message().text()).isEqualTo("And now?");
        // "Help" is no label of this question: the same word is the command again.
        int answered = answers(run).size();
        run.type(P, "help");
        assertThat(answers(run)).hasSize(answered);
        assertThat(run.channel.last(P).message().text()).isEqualTo(english(SystemText.HELP));
    }

    @Test
    void aSecondTapOnAnEarlierQuestionIsNotTakenAsTheAnswerToTheNext() {
        Run run = joinedAndConsented();
        run.advance(Duration.ofDays(1));
        Envelope first = run.channel.last(P);
        run.engine.receive(Inbound.press(P, first.question(), "go", run.now));
        run.settle();
        Envelope second = run.channel.last(P);
        assertThat(second.message().text()).isEqualTo("And now?");
        int answered = answers(run).size();
        run.engine.receive(Inbound.press(P, first.question(), "go", run.now));
        assertThat(answers(run)).hasSize(answered);
        assertThat(run.channel.last(P).message().text()).isEqualTo(english(SystemText.QUESTION_PASSED));
        assertThat(run.engine.counters().stalePresses()).isEqualTo(1);
        run.engine.receive(Inbound.press(P, second.question(), "no", run.now));
        assertThat(answers(run)).hasSize(answered + 1);
        assertThat(answers(run))
                .last()
                .extracting(a -> a.get("message").asText())
                .isEqualTo("then");
    }

    @Test
    void thePassedQuestionNoticeIsInTheParticipantsLanguage() {
        Run run = joinedAndConsented();
        run.type(P, "language ca");
        run.advance(Duration.ofDays(1));
        Envelope first = run.channel.last(P);
        run.engine.receive(Inbound.press(P, first.question(), "go", run.now));
        run.engine.receive(Inbound.press(P, first.question(), "go", run.now));
        assertThat(run.channel.last(P).message().text())
                .isEqualTo(run.settings.texts().text(SystemText.QUESTION_PASSED, Language.of("ca")));
        assertThat(run.channel.last(P).message().text()).isNotEqualTo(english(SystemText.QUESTION_PASSED));
    }

    @Property(tries = 120)
    void noAnswerIsEverRecordedForAnotherQuestionAndNobodyIsStuck(@ForAll("chains") ActionChain<World> chain) {
        World world = chain.withInvariant("nobody stuck", World::notStuck).run();
        Statistics.label("stale presses").collect(world.stalePresses > 0);
        Statistics.label("answers by typed label").collect(world.typedAnswers > 0);
        Statistics.label("stale presses").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("answers by typed label").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ActionChain.startWith(World::new)
                .withAction(6, new PressCurrent())
                .withAction(4, new PressStale())
                .withAction(4, new TypeLabel())
                .withAction(2, new TypeCommand())
                .withAction(2, new TimePasses())
                .withAction(1, new Restart())
                .withMaxTransformations(40);
    }

    private static Run joinedAndConsented() {
        Run run = new Run(study());
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.settle();
        return run;
    }

    /** The answers recorded for the participant, as their payloads, in order. */
    static List<JsonNode> answers(Run run) {
        try (var entries = run.journal.readSubject(P)) {
            return entries.filter(e -> e.type().equals(ConversationEvents.ANSWERED))
                    .map(ButtonPressTest::payload)
                    .toList();
        }
    }

    private static JsonNode payload(JournalEntry entry) {
        try {
            return JSON.readTree(entry.payload().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine under test, and every message with buttons it showed the participant. */
    static final class World {
        final Run run = new Run(study());
        final List<Envelope> questions = new ArrayList<>();
        int seen;
        int stalePresses;
        int typedAnswers;

        World() {
            run.type(P, "hello");
            run.settle();
            collect();
        }

        /** Notes the messages with buttons delivered since the last look. */
        void collect() {
            List<Envelope> all = run.channel.to(P);
            for (Envelope envelope : all.subList(seen, all.size())) {
                if (!envelope.message().buttons().isEmpty()) {
                    questions.add(envelope);
                }
            }
            seen = all.size();
        }

        Optional<Envelope> latest() {
            return questions.isEmpty() ? Optional.empty() : Optional.of(questions.get(questions.size() - 1));
        }

        /**
         * Presses (or types) and checks what was recorded: only ever an answer to the pressed
         * message's own question.
         */
        void reply(Envelope shown, Inbound reply, boolean stale) {
            int before = answers(run).size();
            long staleBefore = run.engine.counters().stalePresses();
            run.engine.receive(reply);
            List<JsonNode> after = answers(run);
            List<JsonNode> added = after.subList(before, after.size());
            assertThat(added).as("one reply, at most one answer").hasSizeLessThanOrEqualTo(1);
            String reference = shown.origin().reference();
            for (JsonNode answer : added) {
                assertThat("block " + answer.get("block").asText() + " message "
                                + answer.get("message").asText())
                        .as("the answer belongs to the message pressed")
                        .isEqualTo(reference);
            }
            if (stale) {
                assertThat(added)
                        .as("a press on an earlier message records nothing")
                        .isEmpty();
                assertThat(run.engine.counters().stalePresses()).isEqualTo(staleBefore + 1);
                assertThat(run.channel.last(P).message().text())
                        .isEqualTo(run.settings
                                .texts()
                                .text(SystemText.QUESTION_PASSED, run.view(P).language()));
            }
            if (stale) {
                stalePresses++;
            } else if (!added.isEmpty() && reply.reply() instanceof eu.coact.engine.channel.Reply.TypedText) {
                typedAnswers++;
            }
            run.settle();
            collect();
        }

        void notStuck() {
            assertThat(run.engine.counters().stuck())
                    .as("participants nothing moves on")
                    .isZero();
        }
    }

    static final class PressCurrent implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers()
                    .between(0, 2)
                    .map(i -> Transformer.mutate(
                            "press button " + i + " of the latest",
                            w -> w.latest().ifPresent(q -> {
                                Button button = q.message()
                                        .buttons()
                                        .get(i % q.message().buttons().size());
                                w.reply(q, Inbound.press(P, q.question(), button.value(), w.run.now), false);
                            })));
        }
    }

    static final class PressStale implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers()
                    .between(0, 100)
                    .map(n -> Transformer.mutate("press an earlier message", w -> {
                        Optional<Envelope> latest = w.latest();
                        List<Envelope> older = w.questions.stream()
                                .filter(q -> latest.isPresent()
                                        && !q.question().equals(latest.get().question()))
                                .toList();
                        if (older.isEmpty()) {
                            return;
                        }
                        Envelope q = older.get(n % older.size());
                        Button button = q.message()
                                .buttons()
                                .get(n % q.message().buttons().size());
                        w.reply(q, Inbound.press(P, q.question(), button.value(), w.run.now), true);
                    }));
        }
    }

    static final class TypeLabel implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.integers()
                    .between(0, 2)
                    .map(i -> Transformer.mutate(
                            "type label " + i + " of the latest",
                            w -> w.latest().ifPresent(q -> {
                                Button button = q.message()
                                        .buttons()
                                        .get(i % q.message().buttons().size());
                                boolean openHere = w.run.view(P).awaiting()
                                        && w.run.view(P).block().isPresent()
                                        && q.origin()
                                                .reference()
                                                .equals("block "
                                                        + w.run.view(P)
                                                                .block()
                                                                .get()
                                                                .value() + " message "
                                                        + w.run.view(P)
                                                                .message()
                                                                .map(m -> m.value())
                                                                .orElse(""));
                                int before = answers(w.run).size();
                                w.reply(q, Inbound.typed(P, button.label(), w.run.now), false);
                                if (openHere && w.run.view(P).standing() != Standing.WITHDRAWN) {
                                    assertThat(answers(w.run))
                                            .as("a typed label answers the open question first")
                                            .hasSize(before + 1);
                                }
                            })));
        }
    }

    static final class TypeCommand implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(
                            "pause", "resume", "help", "frequency 2/day", "language ca", "language en", "frequency")
                    .map(word -> Transformer.mutate("type " + word, w -> {
                        int before = answers(w.run).size();
                        w.run.type(P, word);
                        assertThat(answers(w.run))
                                .as("a command word records at most the answer it is a label of")
                                .hasSizeLessThanOrEqualTo(before + 1);
                        w.run.settle();
                        w.collect();
                    }));
        }
    }

    static final class TimePasses implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.longs()
                    .between(1, 48 * 60)
                    .map(minutes -> Transformer.mutate(minutes + " minutes pass", w -> {
                        w.run.advance(Duration.ofMinutes(minutes));
                        w.collect();
                    }));
        }
    }

    static final class Restart implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("restart", w -> {
                w.run.restart();
                w.run.settle();
                w.collect();
            }));
        }
    }
}
