package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ParticipantState;
import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * Model-based test of the consent gate: random participants join, answer, consent or refuse,
 * pause, resume, withdraw (erasing or not), while time passes, the bot is blocked, the engine
 * restarts and the team broadcasts. The model knows only what participants did; after every
 * step, every message delivered in that step must be allowed by the model, and the engine must
 * never have needed the gate to stop one of its own messages.
 */
class ConsentGateTest {

    private static final int PARTICIPANTS = 3;

    @Property(tries = 150)
    void noMessageEverBreaksConsentPauseOrWithdrawal(@ForAll("chains") ActionChain<World> chain) {
        chain.withInvariant("every delivery allowed", World::check).run();
    }

    @Property(tries = 150)
    void withAConsentLedgerNoMessageEverBreaksConsentAndTheLedgerFollowsTheChat(
            @ForAll("ledgerChains") ActionChain<World> chain) {
        chain.withInvariant("every delivery allowed", World::check)
                .withInvariant("the ledger agrees with what participants did", World::checkLedger)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return actions(ActionChain.startWith(World::new));
    }

    @Provide
    Arbitrary<ActionChain<World>> ledgerChains() {
        // The ledger keeps its entries in the engine's journal or in its own.
        return Arbitraries.of(true, false)
                .flatMap(shared ->
                        actions(ActionChain.startWith(() -> new World(Run.withLedger(Studies.standard(), shared)))));
    }

    @Provide
    Arbitrary<ActionChain<World>> ledgerChainsWithStops() {
        return Arbitraries.of(true, false)
                .flatMap(shared -> actions(
                                ActionChain.startWith(() -> new World(Run.withLedger(Studies.standard(), shared))))
                        .withAction(2, new StopsWhileTheDocumentTravels()));
    }

    @Property(tries = 150)
    void whenTheProcessStopsWhileAConsentDocumentTravelsTheLedgerStillFollowsTheChat(
            @ForAll("ledgerChainsWithStops") ActionChain<World> chain) {
        chain.withInvariant("every delivery allowed", World::check)
                .withInvariant("the ledger agrees with what participants did", World::checkLedger)
                .withInvariant("nobody consented to a document they were not delivered", World::checkShown)
                .run();
    }

    private static ActionChainArbitrary<World> actions(ActionChainArbitrary<World> start) {
        return start.withAction(3, new Hello())
                .withAction(6, new Press())
                .withAction(3, new Command())
                .withAction(3, new TimePasses())
                .withAction(1, new Restart())
                .withAction(1, new Broadcast())
                .withAction(1, new Blocked())
                .withMaxTransformations(40);
    }

    /** What the model knows of one participant, from their own actions only. */
    static final class Model {
        boolean joined;
        boolean consented;
        boolean paused;
        boolean withdrawing;
        boolean withdrawn;
        Envelope question;
    }

    /** The engine under test, with the model beside it. */
    static final class World {
        final Run run;
        final Map<Pseudonym, Model> models = new HashMap<>();
        int checked;
        final List<Pseudonym> farewellAllowed = new ArrayList<>();

        World() {
            this(new Run(Studies.standard()));
        }

        World(Run run) {
            this.run = run;
            for (int i = 0; i < PARTICIPANTS; i++) {
                models.put(Run.participant(i), new Model());
            }
        }

        void settle() {
            run.settle();
        }

        /** Checks the deliveries made since the last check, then notes the questions now pending. */
        void check() {
            List<RecordingChannel.Attempt> all = run.channel.attempts;
            for (RecordingChannel.Attempt attempt : all.subList(checked, all.size())) {
                Envelope envelope = attempt.envelope();
                Model m = models.get(envelope.to());
                if (attempt.outcome() instanceof Delivery.Blocked) {
                    // They blocked the bot: nothing of ours stays open, and an active participant is paused.
                    if (!m.withdrawing) {
                        m.question = null;
                    }
                    if (m.consented && !m.withdrawing && !m.withdrawn) {
                        m.paused = true;
                    }
                    continue;
                }
                if (!(attempt.outcome() instanceof Delivery.Delivered)) {
                    continue;
                }
                ContentKind kind = envelope.origin().kind();
                if (m.withdrawn) {
                    assertThat(kind).as("after withdrawal only the farewell").isEqualTo(ContentKind.FAREWELL);
                    assertThat(farewellAllowed.remove(envelope.to()))
                            .as("one farewell, right at withdrawal")
                            .isTrue();
                } else if (m.withdrawing || m.paused) {
                    assertThat(kind).as("paused or leaving: confirmations only").isEqualTo(ContentKind.CONFIRMATION);
                } else if (!m.consented) {
                    assertThat(kind)
                            .as("before consent: system dialogues")
                            .isIn(ContentKind.SYSTEM, ContentKind.CONFIRMATION);
                } else {
                    assertThat(kind).isNotEqualTo(ContentKind.FAREWELL);
                }
                if (!envelope.message().buttons().isEmpty()) {
                    m.question = envelope;
                }
            }
            checked = all.size();
            farewellAllowed.clear();
            assertThat(run.engine.counters().withheld())
                    .as("the engine never needs the gate")
                    .isZero();
        }

        /** Whoever the ledger says was shown a document, or consented to one, was delivered its text. */
        void checkShown() {
            models.forEach((p, m) -> run.ledger.state(p).ifPresent(state -> {
                Optional<eu.coact.consent.DocumentReference> document =
                        state instanceof ParticipantState.Informed informed
                                ? Optional.of(informed.shown())
                                : state.document();
                document.ifPresent(reference -> assertThat(run.channel.attempts)
                        .as("the document %s was delivered to %s", reference, p)
                        .anySatisfy(a -> {
                            assertThat(a.envelope().to()).isEqualTo(p);
                            assertThat(a.outcome()).isInstanceOf(Delivery.Delivered.class);
                            assertThat(a.envelope().origin().reference())
                                    .startsWith("consent-document ")
                                    .endsWith(" " + reference.language().tag());
                        }));
            }));
        }

        /** The ledger holds what each participant decided in the chat, and nothing else. */
        void checkLedger() {
            models.forEach((p, m) -> {
                Optional<ParticipantState.Stage> stage = run.ledger.state(p).map(ParticipantState::stage);
                if (m.withdrawn) {
                    stage.ifPresent(s -> assertThat(s)
                            .as("left")
                            .isIn(
                                    ParticipantState.Stage.WITHDRAWN,
                                    ParticipantState.Stage.ERASED,
                                    ParticipantState.Stage.DECLINED));
                } else if (m.consented && (m.paused || m.withdrawing)) {
                    assertThat(stage).as("consented, paused or leaving").contains(ParticipantState.Stage.PAUSED);
                } else if (m.consented) {
                    assertThat(stage).as("consented").contains(ParticipantState.Stage.ACTIVE);
                } else {
                    stage.ifPresent(s -> assertThat(s)
                            .as("not consented")
                            .isNotIn(ParticipantState.Stage.ACTIVE, ParticipantState.Stage.PAUSED));
                }
                assertThat(run.ledger.mayContact(p))
                        .as("may contact")
                        .isEqualTo(m.consented && !m.paused && !m.withdrawing && !m.withdrawn);
            });
        }
    }

    private static Arbitrary<Pseudonym> anyone() {
        return Arbitraries.integers().between(0, PARTICIPANTS - 1).map(Run::participant);
    }

    static final class Hello implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return anyone().map(p -> Transformer.mutate("hello " + p, w -> {
                w.check();
                w.run.type(p, "hello");
                w.models.get(p).joined = true;
                w.settle();
            }));
        }
    }

    static final class Press implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return anyone().flatMap(p -> Arbitraries.integers()
                    .between(0, 5)
                    .map(i ->
                            Transformer.mutate("press button " + i + " of the question to " + p, w -> press(w, p, i))));
        }

        private static void press(World w, Pseudonym p, int i) {
            w.check();
            Model m = w.models.get(p);
            if (m.question == null) {
                return;
            }
            List<Button> buttons = m.question.message().buttons();
            String value = buttons.get(i % buttons.size()).value();
            String reference = m.question.origin().reference();
            Envelope pressed = m.question;
            // A pressed question is answered: it no longer waits.
            m.question = null;
            long stale = w.run.engine.counters().stalePresses();
            w.run.engine.receive(eu.coact.engine.channel.Inbound.press(p, pressed.question(), value, w.run.now));
            assertThat(w.run.engine.counters().stalePresses())
                    .as("a press on the open question is never stale")
                    .isEqualTo(stale);
            if (!m.withdrawn && !m.withdrawing && reference.equals("block welcome message consent")) {
                m.consented = value.equals("yes");
            } else if (!m.withdrawn && reference.equals("system withdraw_question") && value.equals("yes")) {
                m.withdrawing = true;
            } else if (m.withdrawing && reference.equals("system erase_question")) {
                m.withdrawing = false;
                m.withdrawn = true;
                w.farewellAllowed.add(p);
            }
            w.settle();
        }
    }

    static final class Command implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return anyone().flatMap(p -> Arbitraries.of(
                            "/pause",
                            "/resume",
                            "/withdraw",
                            "/help",
                            "/frequency 2/day",
                            "/time-window evening",
                            "/language ca",
                            "pausa",
                            "pause")
                    .map(word -> Transformer.mutate("type " + word + " as " + p, w -> command(w, p, word))));
        }

        private static void command(World w, Pseudonym p, String word) {
            w.check();
            Model m = w.models.get(p);
            boolean english = w.run.engine
                    .participant(p)
                    .map(v -> v.language().tag().equals("en"))
                    .orElse(true);
            w.run.type(p, word);
            if (!m.joined) {
                m.joined = true;
            } else if (!m.withdrawing && !m.withdrawn && m.consented) {
                // A word works in its own language only; a slash code in every language.
                if (word.equals("/pause") || word.equals("pausa") && !english || word.equals("pause") && english) {
                    m.paused = true;
                    // Pausing leaves the block in progress unfinished.
                    m.question = null;
                } else if (word.equals("/resume")) {
                    m.paused = false;
                }
            }
            w.settle();
        }
    }

    static final class TimePasses implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.longs()
                    .between(1, 72 * 60)
                    .map(minutes -> Transformer.mutate(minutes + " minutes pass", w -> {
                        w.check();
                        w.run.advance(Duration.ofMinutes(minutes));
                    }));
        }
    }

    static final class Restart implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("restart", w -> {
                w.check();
                w.run.restart();
                w.settle();
            }));
        }
    }

    /**
     * The process is killed just as a consent document is handed to the channel (the next one,
     * whenever the following steps send one), and started again.
     */
    static final class StopsWhileTheDocumentTravels implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return anyone().map(p -> Transformer.mutate("the process stops while a document travels to " + p, w -> {
                w.check();
                w.run.channel.stopBefore =
                        e -> e.to().equals(p) && e.origin().reference().startsWith("consent-document ");
                try {
                    w.run.type(p, "hello");
                    w.models.get(p).joined = true;
                } catch (RecordingChannel.ProcessStopped stopped) {
                    w.models.get(p).joined = true;
                    w.run.restart();
                }
                w.run.channel.stopBefore = e -> false;
                w.settle();
            }));
        }
    }

    static final class Broadcast implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("broadcast", w -> {
                w.check();
                w.run.engine.broadcast(Studies.text("News from the team", "Notícies"), w.run.now);
            }));
        }
    }

    static final class Blocked implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("the next delivery finds the bot blocked", w -> {
                w.check();
                w.run.channel.outcomes.add(Delivery.blocked());
            }));
        }
    }
}
