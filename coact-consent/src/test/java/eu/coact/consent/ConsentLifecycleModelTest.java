package eu.coact.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.coact.consent.ParticipantState.Stage;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of transitions, legal and illegal, run against the ledger and against a small
 * reference model of the lifecycle written independently here; after every step the ledger must
 * agree with the model and keep its invariants.
 */
class ConsentLifecycleModelTest {

    private static final List<PurposeId> CATALOGUE = PurposeCatalogue.studyDefaults().purposes().stream()
            .map(Purpose::id)
            .toList();
    private static final List<ConsentDocument> DOCS =
            List.of(SampleStudy.v1(), SampleStudy.v1Catalan(), SampleStudy.v2(), SampleStudy.coResearcher());
    private static final int V2 = 2;

    enum Kind {
        FIRST_CONTACT,
        SHOW,
        GIVE,
        DECLINE,
        PAUSE,
        RESUME,
        CHANGE,
        WITHDRAW,
        ERASE,
        PUBLISH_V2
    }

    /** One random step; its fields are interpreted per kind. */
    record Step(
            Kind kind, int participant, int doc, int mask, int age, boolean flag, Actor actor, ParticipationRole role) {

        /**
         * Consent usually follows the document just shown: most consent steps take the
         * document the person was shown (or, once they consented, its newer version), so that
         * sequences reach the later stages often.
         */
        Step aimedAt(Optional<Person> person) {
            if ((kind != Kind.GIVE && kind != Kind.SHOW) || (!flag && age % 3 == 0) || person.isEmpty()) {
                return this;
            }
            Stage stage = person.get().stage();
            if (stage == Stage.INFORMED && kind == Kind.GIVE) {
                return new Step(kind, participant, person.get().doc(), mask | 0b11, age, flag, actor, role);
            }
            if (stage == Stage.ACTIVE || stage == Stage.PAUSED) {
                return new Step(kind, participant, V2, mask | 0b11, age, flag, actor, role);
            }
            return this;
        }
    }

    /** The reference model's view of one participant. */
    record Person(Stage stage, ParticipationRole role, int doc, Set<PurposeId> granted) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.FIRST_CONTACT)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.SHOW)),
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.GIVE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.DECLINE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.PAUSE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.RESUME)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.CHANGE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.WITHDRAW)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.ERASE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.PUBLISH_V2)));
        Arbitrary<Integer> participant = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> doc = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, 0),
                net.jqwik.api.Tuple.of(2, 1),
                net.jqwik.api.Tuple.of(3, 2),
                net.jqwik.api.Tuple.of(1, 3));
        Arbitrary<Integer> mask = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 31),
                Arbitraries.integers().between(0, 31).map(m -> m | 0b11),
                Arbitraries.integers().between(0, 31).map(m -> m | 0b11));
        Arbitrary<Integer> age = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(12, 17)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(18, 90)));
        Arbitrary<Actor> actor = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(3, Actor.PARTICIPANT),
                net.jqwik.api.Tuple.of(1, Actor.RESEARCHER),
                net.jqwik.api.Tuple.of(1, Actor.SYSTEM));
        Arbitrary<ParticipationRole> role = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, ParticipationRole.CITIZEN_SCIENTIST),
                net.jqwik.api.Tuple.of(1, ParticipationRole.CO_RESEARCHER),
                net.jqwik.api.Tuple.of(1, ParticipationRole.KNOWLEDGE_COALITION_MEMBER));
        return Combinators.combine(kind, participant, doc, mask, age, Arbitraries.of(true, false), actor, role)
                .as(Step::new)
                .list()
                .ofMinSize(20)
                .ofMaxSize(60);
    }

    @Provide
    Arbitrary<JournalUnderTest> journals() {
        return Arbitraries.of(JournalUnderTest.all());
    }

    @Property(tries = 150)
    void theLedgerFollowsTheReferenceModelAndKeepsItsInvariants(
            @ForAll("steps") List<Step> steps, @ForAll("journals") JournalUnderTest store) {
        Journal journal = store.open().get();
        ConsentLedger ledger = ConsentLedger.open(journal, SampleStudy.policy());
        Instant start = SampleStudy.START;
        ledger.publish(DOCS.get(0), start);
        ledger.publish(DOCS.get(1), start);
        ledger.publish(DOCS.get(3), start);
        Set<Integer> published = new HashSet<>(Set.of(0, 1, 3));
        Map<Integer, Person> model = new HashMap<>();
        Set<Integer> withdrawnSinceConsent = new HashSet<>();
        Map<Pseudonym, Instant> lastErasure = new HashMap<>();
        List<Instant> times = new ArrayList<>();
        List<SortedMap<Pseudonym, ParticipantState>> snapshots = new ArrayList<>();

        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i)
                    .aimedAt(Optional.ofNullable(model.get(steps.get(i).participant())));
            Instant at = start.plusSeconds(60L * (i + 1));
            if (step.kind() == Kind.PUBLISH_V2) {
                assertThat(ledger.publish(DOCS.get(V2), at)).isEqualTo(published.add(V2));
            } else {
                Pseudonym p = SampleStudy.participant(step.participant());
                Optional<Person> expected = expect(Optional.ofNullable(model.get(step.participant())), step, published);
                Transition transition = transition(step, p, at);
                Optional<Recorded> recorded;
                try {
                    recorded = Optional.of(ledger.record(transition));
                } catch (IllegalTransitionException e) {
                    recorded = Optional.empty();
                }
                assertThat(recorded.isPresent())
                        .as("step %s: legal per model is %s", step, expected.isPresent())
                        .isEqualTo(expected.isPresent());
                if (recorded.isPresent()) {
                    model.put(step.participant(), expected.orElseThrow());
                    assertThat(ReceiptSchema.violations(recorded.get().receipt().toJson()))
                            .isEmpty();
                    if (transition instanceof Transition.ConsentGiven) {
                        withdrawnSinceConsent.remove(step.participant());
                    }
                    Stage stage = recorded.get().state().stage();
                    Statistics.label("recorded").collect(step.kind(), stage);
                    if (stage == Stage.WITHDRAWN) {
                        withdrawnSinceConsent.add(step.participant());
                    }
                    if (stage == Stage.ERASED) {
                        lastErasure.put(p, at);
                        assertErasedFromTheStore(store, journal, p, step.participant());
                    }
                }
            }
            checkInvariants(ledger, model, withdrawnSinceConsent);
            times.add(at);
            snapshots.add(ledger.states());
        }

        assertThat(ledger.verify().isIntact()).isTrue();
        assertThat(journal.verify().isIntact()).isTrue();
        ConsentLedger replayed = ConsentLedger.open(journal, SampleStudy.policy());
        assertThat(replayed.states()).isEqualTo(ledger.states());
        for (int i = 0; i < times.size(); i++) {
            Instant t = times.get(i);
            SortedMap<Pseudonym, ParticipantState> expected = new TreeMap<>(snapshots.get(i));
            // An erasure forgets the history before it: earlier states of that person are gone.
            expected.keySet()
                    .removeIf(p ->
                            lastErasure.containsKey(p) && lastErasure.get(p).isAfter(t));
            assertThat(replayed.statesAt(t)).as("replayed at step %d", i).isEqualTo(expected);
            assertThat(ledger.statesAt(t)).as("incremental at step %d", i).isEqualTo(expected);
        }
    }

    private static void checkInvariants(
            ConsentLedger ledger, Map<Integer, Person> model, Set<Integer> withdrawnSinceConsent) {
        for (Map.Entry<Integer, Person> entry : model.entrySet()) {
            Pseudonym p = SampleStudy.participant(entry.getKey());
            ParticipantState state = ledger.state(p).orElseThrow();
            assertThat(state.stage()).isEqualTo(entry.getValue().stage());
            assertThat(ledger.mayContact(p)).isEqualTo(state.stage() == Stage.ACTIVE);
            if (state.stage() == Stage.ACTIVE || state.stage() == Stage.PAUSED) {
                assertThat(withdrawnSinceConsent).doesNotContain(entry.getKey());
                DocumentReference accepted = state.document().orElseThrow();
                ConsentDocument doc = DOCS.stream()
                        .filter(d -> d.reference().equals(accepted))
                        .findFirst()
                        .orElseThrow();
                Set<PurposeId> granted = state instanceof ParticipantState.Active a
                        ? a.granted()
                        : ((ParticipantState.Paused) state).granted();
                assertThat(granted).containsAll(doc.mandatory());
                assertThat(granted).isEqualTo(entry.getValue().granted());
            }
        }
    }

    private static void assertErasedFromTheStore(JournalUnderTest store, Journal journal, Pseudonym p, int who) {
        List<JournalEntry> about;
        try (Stream<JournalEntry> entries = journal.readSubject(p)) {
            about = entries.toList();
        }
        JournalEntry tombstone = about.get(about.size() - 1);
        assertThat(tombstone.type()).isEqualTo("consent.data-erased");
        assertThat(about.subList(0, about.size() - 1))
                .allSatisfy(e -> assertThat(e.isRedacted()).isTrue());
        assertThat(store.stores(journal, supportNote(who).getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        // The pseudonym itself stays in the tombstone and in the redacted entries' headers (the chain
        // needs them, and a pseudonym is not an identity); no remaining payload may name it.
        assertThat(JournalUnderTest.payloadsMention(journal, p.value().getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    private static String supportNote(int who) {
        return "helped by the supporter of person " + who;
    }

    private static Transition transition(Step step, Pseudonym p, Instant at) {
        Channel channel = SampleStudy.TELEGRAM;
        ConsentDocument doc = DOCS.get(step.doc());
        return switch (step.kind()) {
            case FIRST_CONTACT -> new Transition.FirstContact(p, at, step.actor(), channel, step.role());
            case SHOW -> new Transition.DocumentShown(p, at, step.actor(), channel, doc.reference());
            case GIVE -> {
                Eligibility eligibility = Eligibility.declaredAge(step.age());
                if (step.age() % 2 == 0) {
                    eligibility = eligibility.withSupport(supportNote(step.participant()));
                }
                yield new Transition.ConsentGiven(
                        p, at, step.actor(), channel, doc.reference(), purposes(step.mask()), eligibility);
            }
            case DECLINE -> new Transition.ConsentDeclined(p, at, step.actor(), channel);
            case PAUSE -> new Transition.ContactPaused(p, at, step.actor(), channel);
            case RESUME -> new Transition.ContactResumed(p, at, step.actor(), channel);
            case CHANGE ->
                new Transition.PurposeChanged(
                        p, at, step.actor(), channel, CATALOGUE.get(step.mask() % CATALOGUE.size()), step.flag());
            case WITHDRAW ->
                new Transition.ConsentWithdrawn(
                        p,
                        at,
                        step.actor(),
                        channel,
                        step.flag() ? WithdrawalChoice.ERASE_MY_DATA : WithdrawalChoice.STOP_CONTACT);
            case ERASE -> new Transition.DataErased(p, at, step.actor(), channel);
            case PUBLISH_V2 -> throw new IllegalStateException("not a transition");
        };
    }

    private static Set<PurposeId> purposes(int mask) {
        Set<PurposeId> out = new HashSet<>();
        for (int bit = 0; bit < CATALOGUE.size(); bit++) {
            if ((mask & (1 << bit)) != 0) {
                out.add(CATALOGUE.get(bit));
            }
        }
        return out;
    }

    /** The reference model: the next person, or empty when the step is illegal. */
    private static Optional<Person> expect(Optional<Person> current, Step step, Set<Integer> published) {
        int d = step.doc();
        ConsentDocument doc = DOCS.get(d);
        boolean pub = published.contains(d);
        Kind kind = step.kind();
        if (current.isEmpty()) {
            if (kind == Kind.FIRST_CONTACT) {
                return Optional.of(new Person(Stage.PROSPECTIVE, step.role(), -1, Set.of()));
            }
            if (kind == Kind.SHOW && pub) {
                return Optional.of(new Person(Stage.INFORMED, doc.role(), d, Set.of()));
            }
            return Optional.empty();
        }
        Person person = current.get();
        Stage stage = person.stage();
        if (kind == Kind.ERASE) {
            return stage == Stage.ERASED
                    ? Optional.empty()
                    : Optional.of(new Person(Stage.ERASED, person.role(), -1, Set.of()));
        }
        boolean roleFits = doc.role() == person.role();
        switch (stage) {
            case PROSPECTIVE, INFORMED, DECLINED -> {
                if (kind == Kind.SHOW && pub && roleFits) {
                    return Optional.of(new Person(Stage.INFORMED, person.role(), d, Set.of()));
                }
                if (kind == Kind.DECLINE && stage != Stage.DECLINED) {
                    return Optional.of(new Person(Stage.DECLINED, person.role(), -1, Set.of()));
                }
                if (kind == Kind.FIRST_CONTACT && stage == Stage.DECLINED) {
                    return Optional.of(new Person(Stage.PROSPECTIVE, step.role(), -1, Set.of()));
                }
                if (kind == Kind.GIVE && stage == Stage.INFORMED && d == person.doc() && consentFits(step, doc)) {
                    return Optional.of(new Person(Stage.ACTIVE, person.role(), d, purposes(step.mask())));
                }
                return Optional.empty();
            }
            case ACTIVE, PAUSED -> {
                ConsentDocument accepted = DOCS.get(person.doc());
                boolean newer = pub && roleFits && doc.id().equals(accepted.id()) && doc.version() > accepted.version();
                if (kind == Kind.PAUSE && stage == Stage.ACTIVE) {
                    return Optional.of(new Person(Stage.PAUSED, person.role(), person.doc(), person.granted()));
                }
                if (kind == Kind.RESUME && stage == Stage.PAUSED) {
                    return Optional.of(new Person(Stage.ACTIVE, person.role(), person.doc(), person.granted()));
                }
                if (kind == Kind.CHANGE) {
                    PurposeId purpose = CATALOGUE.get(step.mask() % CATALOGUE.size());
                    if (!accepted.purposes().contains(purpose)
                            || (!step.flag() && accepted.mandatory().contains(purpose))) {
                        return Optional.empty();
                    }
                    Set<PurposeId> granted = new HashSet<>(person.granted());
                    if (step.flag()) {
                        granted.add(purpose);
                    } else {
                        granted.remove(purpose);
                    }
                    return Optional.of(new Person(stage, person.role(), person.doc(), Set.copyOf(granted)));
                }
                if (kind == Kind.GIVE && newer && consentFits(step, doc)) {
                    return Optional.of(new Person(stage, person.role(), d, purposes(step.mask())));
                }
                if (kind == Kind.SHOW && newer) {
                    return Optional.of(person);
                }
                if (kind == Kind.WITHDRAW) {
                    return Optional.of(
                            new Person(step.flag() ? Stage.ERASED : Stage.WITHDRAWN, person.role(), -1, Set.of()));
                }
                return Optional.empty();
            }
            case WITHDRAWN -> {
                if (kind == Kind.SHOW && pub && roleFits && step.actor() == Actor.PARTICIPANT) {
                    return Optional.of(new Person(Stage.INFORMED, person.role(), d, Set.of()));
                }
                return Optional.empty();
            }
            case ERASED -> {
                if (kind == Kind.FIRST_CONTACT) {
                    return Optional.of(new Person(Stage.PROSPECTIVE, step.role(), -1, Set.of()));
                }
                if (kind == Kind.SHOW && pub && step.actor() == Actor.PARTICIPANT) {
                    return Optional.of(new Person(Stage.INFORMED, doc.role(), d, Set.of()));
                }
                return Optional.empty();
            }
            default -> fail("unknown stage " + stage);
        }
        return Optional.empty();
    }

    private static boolean consentFits(Step step, ConsentDocument doc) {
        Set<PurposeId> granted = purposes(step.mask());
        return doc.purposes().containsAll(granted) && granted.containsAll(doc.mandatory()) && step.age() >= 18;
    }
}
