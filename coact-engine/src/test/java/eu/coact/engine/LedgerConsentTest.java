package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.consent.Actor;
import eu.coact.consent.Channel;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.Purpose;
import eu.coact.consent.Transition;
import eu.coact.content.Action;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.SingleChoice;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.DocumentId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.channel.ChannelPseudonyms;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.ScriptedBehaviour;
import eu.coact.engine.channel.SimulatedChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LedgerConsentTest {

    private static final Pseudonym P = Run.participant(1);
    private static final Pseudonym Q = Run.participant(2);

    /** A welcome whose consent question offers taking part with or without publication. */
    private static ContentBlock welcomeWithPublication() {
        Map<String, eu.coact.core.MessageId> cases = new LinkedHashMap<>();
        cases.put("publish", Studies.id("publish"));
        cases.put("yes", Studies.id("given"));
        cases.put("no", Studies.id("refused"));
        DocumentId document = Consents.DOCUMENT.id();
        List<Message> messages = List.of(
                SingleChoice.of(
                        Studies.id("consent"),
                        Studies.text("Do you consent?", "Hi dones el consentiment?"),
                        "consent",
                        List.of(
                                Option.of("publish", Studies.text("Yes, and publish", "Sí, i publiqueu")),
                                Option.of("yes", Studies.text("Yes", "Sí")),
                                Option.of("no", Studies.text("No", "No"))),
                        Next.onAnswer(cases, Optional.empty())),
                new Information(
                        Studies.id("publish"),
                        Studies.text("Thank you.", "Gràcies."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(new Action.RecordConsent(
                                Action.ConsentDecision.GIVEN,
                                Optional.of(document),
                                List.of(Purpose.PUBLISH_OPEN_DATA.id()))),
                        Map.of()),
                new Information(
                        Studies.id("given"),
                        Studies.text("Thank you.", "Gràcies."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(new Action.RecordConsent(
                                Action.ConsentDecision.GIVEN, Optional.of(document), List.of())),
                        Map.of()),
                new Information(
                        Studies.id("refused"),
                        Studies.text("All right.", "D'acord."),
                        Pacing.standard(),
                        Next.end(),
                        List.of(new Action.RecordConsent(Action.ConsentDecision.REFUSED)),
                        Map.of()));
        return ContentBlock.of(BlockId.of("welcome"), BlockKind.SYSTEM, Studies.LANGUAGES, messages, Studies.AUTHORS);
    }

    private static Study studyWithPublication() {
        return Studies.of(welcomeWithPublication(), List.of(Studies.story("s1"), Studies.story("s2")));
    }

    private static void join(Run run, Pseudonym p, String answer) {
        run.type(p, "hello");
        run.settle();
        run.press(p, answer);
        run.settle();
    }

    @Test
    void consentInTheChatIsRecordedWithTheDocumentAndThePurposesTheButtonGrants() {
        Run run = Run.withLedger(studyWithPublication(), true);
        join(run, P, "publish");
        join(run, Q, "yes");

        ParticipantState.Active p =
                (ParticipantState.Active) run.ledger.state(P).orElseThrow();
        assertThat(p.accepted()).isEqualTo(Consents.DOCUMENT.reference());
        assertThat(p.accepted().digest()).isEqualTo(Consents.DOCUMENT.digest());
        assertThat(p.granted())
                .containsExactlyInAnyOrder(
                        Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id(), Purpose.PUBLISH_OPEN_DATA.id());
        assertThat(run.ledger.publishable(Purpose.PUBLISH_OPEN_DATA.id(), run.now))
                .containsExactly(P);
        assertThat(run.ledger.publishable(Purpose.PROCESS_ANSWERS.id(), run.now))
                .containsExactly(P, Q);
        assertThat(run.view(Q).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(run.channel.to(Q)).anyMatch(e -> e.origin().kind() == ContentKind.STUDY);
        assertThat(run.ledger.verify().isIntact()).isTrue();
    }

    @Test
    void theLedgerDatesInformedWhenTheConsentQuestionIsShownNotWhenItIsAnswered() {
        Run run = Run.withLedger(studyWithPublication(), true);
        Instant joined = run.now;
        run.type(P, "hello");
        run.settle();

        ParticipantState shown = run.ledger.state(P).orElseThrow();
        assertThat(shown).isInstanceOf(ParticipantState.Informed.class);
        assertThat(((ParticipantState.Informed) shown).shown()).isEqualTo(Consents.DOCUMENT.reference());
        assertThat(shown.since()).isEqualTo(joined);
        assertThat(run.ledger.mayContact(P)).isFalse();

        run.press(P, "yes");
        run.settle();
        assertThat(run.ledger.stateAt(P, joined))
                .map(ParticipantState::stage)
                .contains(ParticipantState.Stage.INFORMED);
        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.ACTIVE);
        assertThat(run.ledger.verify().isIntact()).isTrue();
    }

    @Test
    void refusingInTheChatIsRecordedAsDeclinedAfterTheDocumentWasShown() {
        Run run = Run.withLedger(studyWithPublication(), false);
        join(run, P, "no");
        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.DECLINED);
        assertThat(run.ledger.mayContact(P)).isFalse();
        assertThat(run.view(P).standing()).isEqualTo(Standing.INVITED);
    }

    @Test
    void pauseResumeAndWithdrawalWithErasureAreTransitionsInTheLedger() {
        Run run = Run.withLedger(studyWithPublication(), true);
        join(run, P, "publish");
        run.type(P, "pause");
        run.settle();
        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.PAUSED);
        run.type(P, "resume");
        run.settle();
        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.ACTIVE);
        run.type(P, "withdraw");
        run.press(P, "yes");
        assertThat(run.ledger.mayContact(P))
                .as("no contact while choosing about erasure")
                .isFalse();
        run.press(P, "yes");
        run.settle();

        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.ERASED);
        assertThat(run.ledger.publishable(Purpose.PUBLISH_OPEN_DATA.id(), run.now))
                .isEmpty();
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWN);
        try (var entries = run.journal.readAll()) {
            String everything = entries.filter(
                            e -> e.subject().filter(P::equals).isPresent())
                    .map(e -> e.payload()
                            .map(b -> new String(b, StandardCharsets.UTF_8))
                            .orElse(""))
                    .reduce("", String::concat);
            assertThat(everything).doesNotContain("\"value\"").doesNotContain("participation");
        }
        assertThat(run.ledger.verify().isIntact()).isTrue();
    }

    @Test
    void afterARestartTheEngineFollowsTheLedgerWhenTheLedgerIsAhead() {
        Run run = Run.withLedger(studyWithPublication(), false);
        join(run, P, "yes");
        join(run, Q, "yes");
        // A stop between the ledger's entry and the engine's: the ledger holds a pause and a withdrawal
        // the conversation never wrote.
        run.ledger.record(new Transition.ContactPaused(P, run.now, Actor.PARTICIPANT, Channel.of("telegram")));
        run.ledger.record(new Transition.ConsentWithdrawn(
                Q, run.now, Actor.RESEARCHER, Channel.of("post"), eu.coact.consent.WithdrawalChoice.STOP_CONTACT));
        run.restart();
        assertThat(run.view(P).standing()).isEqualTo(Standing.PAUSED);
        assertThat(run.view(Q).standing()).isEqualTo(Standing.WITHDRAWN);

        int before = run.channel.to(Q).size();
        run.engine.broadcast(Studies.text("News", "Notícies"), run.now);
        run.advance(Duration.ofDays(5));
        run.type(Q, "hello");
        run.settle();
        assertThat(run.channel.to(Q)).hasSize(before);
        assertThat(run.channel.to(P))
                .noneMatch(e -> e.origin().kind() == ContentKind.STUDY
                        && e.message().text().equals("News"));
        assertThat(run.engine.counters().withheld()).isZero();
    }

    @Test
    void afterASimulationExactlyThoseWhoGrantedPublicationInTheChatAndStayedArePublishable() {
        Study study = studyWithPublication();
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, Consents.POLICY);
        Instant start = Run.MONDAY_9_MADRID;
        Consents.publishAll(ledger, start.minusSeconds(60));
        ScriptedBehaviour behaviour = ScriptedBehaviour.standard()
                .withAnswers(Map.of("publish", 2, "yes", 2, "no", 1), 0.2)
                .withPauses(0.05, Duration.ofDays(1))
                .withWithdrawals(0.03, 0.5);
        SimulatedChannel channel = SimulatedChannel.of(
                40,
                behaviour,
                ChannelPseudonyms.of(Pseudonymiser.of(
                        PseudonymKey.of(
                                KeyId.of("k1"),
                                "a key for the ledger simulation, long enough".getBytes(StandardCharsets.UTF_8)),
                        PseudonymDomain.of("engine-test", "participation"))),
                11);
        ConversationEngine engine = ConversationEngine.builder(study, journal, channel)
                .consent(Consents.binding(ledger))
                .start(start);
        channel.joinAll(start, Duration.ofHours(1));
        Instant end =
                Simulation.of(engine, channel, Duration.ofSeconds(1), start).runUntil(start.plus(Duration.ofDays(6)));

        Set<Pseudonym> granted = new TreeSet<>();
        try (var entries = journal.readAll()) {
            entries.filter(e -> e.type().equals(ConversationEvents.ANSWERED))
                    .filter(e -> e.payload()
                            .map(b -> new String(b, StandardCharsets.UTF_8))
                            .filter(t -> t.contains("\"variable\":\"consent\"") && t.contains("\"value\":\"publish\""))
                            .isPresent())
                    .forEach(e -> granted.add(e.subject().orElseThrow()));
        }
        Set<Pseudonym> stayed = new TreeSet<>(granted);
        stayed.removeIf(p -> channel.experience(p).left());
        assertThat(stayed).isNotEmpty();
        assertThat(ledger.publishable(Purpose.PUBLISH_OPEN_DATA.id(), end)).isEqualTo(stayed);
        assertThat(ledger.publishable(Purpose.PROCESS_ANSWERS.id(), end))
                .containsAll(stayed)
                .hasSizeGreaterThan(stayed.size());
        for (Pseudonym p : channel.participants()) {
            assertThat(channel.experience(p).afterLeaving()).isZero();
        }
        assertThat(engine.counters().withheld()).isZero();
        assertThat(ledger.verify().isIntact()).isTrue();
    }

    @Test
    void consentTheLedgerCannotRecordLeavesTheParticipantOutsideTheStudy() {
        Run run = Run.withLedger(studyWithPublication(), true, false);
        join(run, P, "yes");
        assertThat(run.ledger.state(P)).map(ParticipantState::stage).contains(ParticipantState.Stage.INFORMED);
        assertThat(run.view(P).standing()).isEqualTo(Standing.INVITED);
        run.advance(Duration.ofDays(2));
        assertThat(run.channel.to(P)).noneMatch(e -> e.origin().kind() == ContentKind.STUDY);
        try (var entries = run.journal.readAll()) {
            List<JournalEntry> notRecorded = entries.filter(
                            e -> e.type().equals(ConversationEvents.CONSENT_NOT_RECORDED))
                    .toList();
            assertThat(notRecorded).hasSize(1);
        }
    }
}
