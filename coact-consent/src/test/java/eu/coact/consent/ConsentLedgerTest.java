package eu.coact.consent;

import static eu.coact.consent.SampleStudy.PROCESS;
import static eu.coact.consent.SampleStudy.PUBLISH;
import static eu.coact.consent.SampleStudy.QUOTE;
import static eu.coact.consent.SampleStudy.RECONTACT;
import static eu.coact.consent.SampleStudy.TAKE_PART;
import static eu.coact.consent.SampleStudy.TELEGRAM;
import static eu.coact.consent.SampleStudy.minutes;
import static eu.coact.consent.SampleStudy.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.consent.ParticipantState.Stage;
import eu.coact.consent.Transition.ConsentDeclined;
import eu.coact.consent.Transition.ConsentGiven;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.consent.Transition.ContactPaused;
import eu.coact.consent.Transition.ContactResumed;
import eu.coact.consent.Transition.DataErased;
import eu.coact.consent.Transition.DocumentShown;
import eu.coact.consent.Transition.FirstContact;
import eu.coact.consent.Transition.PurposeChanged;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {

    private final Pseudonym p = participant(1);
    private InMemoryJournal journal;
    private ConsentLedger ledger;
    private long clock;

    @BeforeEach
    void openLedger() {
        journal = new InMemoryJournal();
        ledger = ConsentLedger.open(journal, SampleStudy.policy());
        ledger.publish(SampleStudy.v1(), now());
        ledger.publish(SampleStudy.v1Catalan(), now());
        ledger.publish(SampleStudy.coResearcher(), now());
    }

    private Instant now() {
        return minutes(clock++);
    }

    private Recorded join(Pseudonym who, Set<PurposeId> granted) {
        ledger.record(new FirstContact(who, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        ledger.record(new DocumentShown(
                who, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1().reference()));
        return ledger.record(new ConsentGiven(
                who,
                now(),
                Actor.PARTICIPANT,
                TELEGRAM,
                SampleStudy.v1().reference(),
                granted,
                Eligibility.declaredAge(30)));
    }

    @Test
    void aParticipantBecomesActiveOnceTheMandatoryPurposesAreGranted() {
        Recorded recorded = join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));

        assertThat(recorded.state()).isInstanceOf(ParticipantState.Active.class);
        assertThat(ledger.mayContact(p)).isTrue();
        Instant t = minutes(clock);
        assertThat(ledger.mayProcess(p, PUBLISH, t)).isTrue();
        assertThat(ledger.mayProcess(p, QUOTE, t)).isFalse();
        assertThat(ledger.purposesAt(p, t))
                .containsEntry(PUBLISH, PurposeStatus.GRANTED)
                .containsEntry(QUOTE, PurposeStatus.REFUSED)
                .containsEntry(RECONTACT, PurposeStatus.REFUSED);
        assertThat(ledger.publishable(PUBLISH, t)).containsExactly(p);
    }

    @Test
    void consentWithoutAMandatoryPurposeIsATypedErrorAndRecordsNothing() {
        ledger.record(new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        ledger.record(new DocumentShown(
                p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1().reference()));
        long before = journal.lastSequence();

        assertThatThrownBy(() -> ledger.record(new ConsentGiven(
                        p,
                        now(),
                        Actor.PARTICIPANT,
                        TELEGRAM,
                        SampleStudy.v1().reference(),
                        Set.of(TAKE_PART),
                        Eligibility.declaredAge(30))))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).contains(Stage.INFORMED);
                    assertThat(e.transition()).isEqualTo("consent-given");
                    assertThat(e.getMessage()).contains("process-answers").doesNotContain(p.value());
                });
        assertThat(journal.lastSequence()).isEqualTo(before);
        assertThat(ledger.state(p).orElseThrow().stage()).isEqualTo(Stage.INFORMED);
    }

    @Test
    void someoneBelowTheMinimumAgeCannotConsentAndASupportedDecisionIsRecorded() {
        ledger.record(new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        ledger.record(new DocumentShown(
                p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1().reference()));

        assertThatThrownBy(() -> ledger.record(new ConsentGiven(
                        p,
                        now(),
                        Actor.PARTICIPANT,
                        TELEGRAM,
                        SampleStudy.v1().reference(),
                        Set.of(TAKE_PART, PROCESS),
                        Eligibility.declaredAge(16))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("minimum age");
        Recorded ok = ledger.record(new ConsentGiven(
                p,
                now(),
                Actor.PARTICIPANT,
                TELEGRAM,
                SampleStudy.v1().reference(),
                Set.of(TAKE_PART, PROCESS),
                Eligibility.declaredAge(19).withSupport("decided together with a peer supporter")));

        assertThat(((ParticipantState.Active) ok.state()).eligibility().supported())
                .isTrue();
        assertThat(ok.receipt().toJson())
                .contains("\"supported_decision\" : true")
                .doesNotContain("peer supporter");
    }

    @Test
    void consentIsGivenToTheDocumentThatWasShown() {
        ledger.record(new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        ledger.record(new DocumentShown(
                p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1Catalan().reference()));

        assertThatThrownBy(() -> ledger.record(new ConsentGiven(
                        p,
                        now(),
                        Actor.PARTICIPANT,
                        TELEGRAM,
                        SampleStudy.v1().reference(),
                        Set.of(TAKE_PART, PROCESS),
                        Eligibility.declaredAge(30))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("was shown");
    }

    @Test
    void aDocumentForAnotherRoleOrNeverPublishedCannotBeShown() {
        ledger.record(new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));

        assertThatThrownBy(() -> ledger.record(new DocumentShown(
                        p,
                        now(),
                        Actor.SYSTEM,
                        TELEGRAM,
                        SampleStudy.coResearcher().reference())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("co-researcher");
        assertThatThrownBy(() -> ledger.record(new DocumentShown(
                        p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v2().reference())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("never published");
    }

    @Test
    void pauseStopsContactButNotProcessingAndResumeRestoresIt() {
        join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));
        ledger.record(new ContactPaused(p, now(), Actor.PARTICIPANT, TELEGRAM));

        assertThat(ledger.mayContact(p)).isFalse();
        assertThat(ledger.mayProcess(p, PUBLISH, minutes(clock))).isTrue();
        ledger.record(new ContactResumed(p, now(), Actor.PARTICIPANT, TELEGRAM));
        assertThat(ledger.mayContact(p)).isTrue();
    }

    @Test
    void optionalPurposesChangeOneByOneButAMandatoryOneCannotBeRevoked() {
        join(p, Set.of(TAKE_PART, PROCESS));
        Instant before = minutes(clock - 1);
        ledger.record(new PurposeChanged(p, now(), Actor.PARTICIPANT, TELEGRAM, PUBLISH, true));

        assertThat(ledger.mayProcess(p, PUBLISH, before)).isFalse();
        assertThat(ledger.mayProcess(p, PUBLISH, minutes(clock))).isTrue();
        assertThatThrownBy(
                        () -> ledger.record(new PurposeChanged(p, now(), Actor.PARTICIPANT, TELEGRAM, PROCESS, false)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("mandatory");
    }

    @Test
    void withdrawnParticipantsAreNeverContactedAgainAndOnlyTheyCanStartOver() {
        join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));
        Instant active = minutes(clock - 1);
        Recorded withdrawn = ledger.record(
                new ConsentWithdrawn(p, now(), Actor.PARTICIPANT, TELEGRAM, WithdrawalChoice.STOP_CONTACT));

        assertThat(withdrawn.state())
                .isInstanceOfSatisfying(
                        ParticipantState.Withdrawn.class,
                        w -> assertThat(w.analysedData()).isEqualTo(AnalysedDataPolicy.KEEP_ANALYSED_RESULTS));
        assertThat(ledger.mayContact(p)).isFalse();
        assertThat(ledger.mayProcess(p, PUBLISH, minutes(clock))).isFalse();
        assertThat(ledger.mayProcess(p, PUBLISH, active)).isTrue();
        assertThatThrownBy(() -> ledger.record(new ContactResumed(p, now(), Actor.PARTICIPANT, TELEGRAM)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ledger.record(
                        new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ledger.record(new DocumentShown(
                        p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1().reference())))
                .isInstanceOf(IllegalTransitionException.class);

        ledger.record(new DocumentShown(
                p, now(), Actor.PARTICIPANT, TELEGRAM, SampleStudy.v1().reference()));
        ledger.record(new ConsentGiven(
                p,
                now(),
                Actor.PARTICIPANT,
                TELEGRAM,
                SampleStudy.v1().reference(),
                Set.of(TAKE_PART, PROCESS),
                Eligibility.declaredAge(30)));
        assertThat(ledger.mayContact(p)).isTrue();
    }

    @Test
    void theDeclaredAnalysedDataPolicyIsRecordedWithEachWithdrawal() {
        InMemoryJournal other = new InMemoryJournal();
        ConsentPolicy removing = ConsentPolicy.builder("Study", "dpo@example.org")
                .analysedData(AnalysedDataPolicy.REMOVE_WHERE_RECOMPUTABLE)
                .build();
        ConsentLedger first = ConsentLedger.open(other, removing);
        first.publish(SampleStudy.v1(), minutes(0));
        first.record(new DocumentShown(
                p, minutes(1), Actor.PARTICIPANT, TELEGRAM, SampleStudy.v1().reference()));
        first.record(new ConsentGiven(
                p,
                minutes(2),
                Actor.PARTICIPANT,
                TELEGRAM,
                SampleStudy.v1().reference(),
                Set.of(TAKE_PART, PROCESS),
                Eligibility.declaredAge(40)));
        Recorded recorded = first.record(
                new ConsentWithdrawn(p, minutes(3), Actor.PARTICIPANT, TELEGRAM, WithdrawalChoice.STOP_CONTACT));
        assertThat(recorded.receipt().toJson()).contains("remove-where-recomputable");

        // Reopened under a policy that changed since: the recorded policy stands.
        ConsentLedger reopened = ConsentLedger.open(other, SampleStudy.policy());
        assertThat(reopened.state(p).orElseThrow())
                .isInstanceOfSatisfying(
                        ParticipantState.Withdrawn.class,
                        w -> assertThat(w.analysedData()).isEqualTo(AnalysedDataPolicy.REMOVE_WHERE_RECOMPUTABLE));
    }

    @Test
    void declinedParticipantsMayStartAgainLater() {
        ledger.record(new FirstContact(p, now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        ledger.record(new DocumentShown(
                p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v1().reference()));
        ledger.record(new ConsentDeclined(p, now(), Actor.PARTICIPANT, TELEGRAM));

        assertThat(ledger.mayContact(p)).isFalse();
        assertThat(ledger.purposesAt(p, minutes(clock)).values()).containsOnly(PurposeStatus.REFUSED);
        join(p, Set.of(TAKE_PART, PROCESS));
        assertThat(ledger.mayContact(p)).isTrue();
    }

    @Test
    void aNewVersionWithOtherPurposesLimitsConsentToTheSharedPurposesUntilAccepted() {
        join(p, Set.of(TAKE_PART, PROCESS, PUBLISH, QUOTE));
        Instant beforeV2 = minutes(clock - 1);
        ledger.publish(SampleStudy.v2(), now());
        Instant afterV2 = minutes(clock);

        assertThat(ledger.awaitingReconsent(afterV2)).containsExactly(p);
        assertThat(ledger.awaitingReconsent(beforeV2)).isEmpty();
        assertThat(ledger.mayProcess(p, QUOTE, beforeV2)).isTrue();
        assertThat(ledger.mayProcess(p, QUOTE, afterV2)).isFalse();
        assertThat(ledger.mayProcess(p, PUBLISH, afterV2)).isTrue();
        assertThat(ledger.purposesAt(p, afterV2)).containsEntry(QUOTE, PurposeStatus.AWAITING_RECONSENT);
        assertThat(ledger.mayContact(p)).isTrue();

        ledger.record(new DocumentShown(
                p, now(), Actor.SYSTEM, TELEGRAM, SampleStudy.v2().reference()));
        Recorded reconsent = ledger.record(new ConsentGiven(
                p,
                now(),
                Actor.PARTICIPANT,
                TELEGRAM,
                SampleStudy.v2().reference(),
                Set.of(TAKE_PART, PROCESS, RECONTACT),
                Eligibility.declaredAge(30)));

        Instant accepted = minutes(clock);
        assertThat(reconsent.state().document()).contains(SampleStudy.v2().reference());
        assertThat(ledger.awaitingReconsent(accepted)).isEmpty();
        assertThat(ledger.mayProcess(p, RECONTACT, accepted)).isTrue();
        assertThat(ledger.mayProcess(p, PUBLISH, accepted)).isFalse();
    }

    @Test
    void aChangedTextUnderTheSameVersionCannotBePublished() {
        ConsentDocument v1 = SampleStudy.v1();
        ConsentDocument tampered = new ConsentDocument(
                v1.id(),
                v1.version(),
                v1.language(),
                v1.role(),
                v1.effective(),
                v1.purposes(),
                v1.mandatory(),
                v1.text() + "\nOne more sentence.",
                Optional.empty());

        assertThatThrownBy(() -> ledger.publish(tampered, now()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("new version");
        assertThat(ledger.publish(v1, now())).isFalse();
    }

    @Test
    void transitionsAreKeptInTimeOrder() {
        join(p, Set.of(TAKE_PART, PROCESS));

        assertThatThrownBy(() -> ledger.record(new ContactPaused(p, minutes(0), Actor.PARTICIPANT, TELEGRAM)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("time order");
    }

    @Test
    void everyTransitionRecordsActorChannelDocumentVersionAndDigest() throws IOException {
        join(p, Set.of(TAKE_PART, PROCESS));
        ledger.record(new ContactPaused(p, now(), Actor.RESEARCHER, Channel.of("paper")));

        ObjectMapper json = new ObjectMapper();
        List<JournalEntry> entries;
        try (var stream = journal.readSubject(p)) {
            entries = stream.toList();
        }
        assertThat(entries)
                .extracting(JournalEntry::type)
                .containsExactly(
                        "consent.first-contact",
                        "consent.document-shown",
                        "consent.consent-given",
                        "consent.contact-paused");
        JsonNode paused = json.readTree(entries.get(3).payload().orElseThrow());
        assertThat(paused.path("actor").asText()).isEqualTo("researcher");
        assertThat(paused.path("channel").asText()).isEqualTo("paper");
        assertThat(paused.path("document").path("version").asInt()).isEqualTo(1);
        assertThat(paused.path("document").path("digest").asText())
                .isEqualTo(SampleStudy.v1().digest());
        for (JournalEntry entry : entries) {
            assertThat(new String(entry.payload().orElseThrow(), StandardCharsets.UTF_8))
                    .doesNotContain(p.value());
        }
    }

    @Test
    void erasureRedactsEveryPayloadAboutTheParticipantAndLeavesATombstone() {
        join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));
        journal.append(
                JournalEvent.about(p, now(), "content.answer", "my secret answer".getBytes(StandardCharsets.UTF_8)));
        Pseudonym other = participant(2);
        join(other, Set.of(TAKE_PART, PROCESS));

        Recorded erased = ledger.record(new DataErased(p, now(), Actor.PARTICIPANT, TELEGRAM));

        assertThat(erased.state()).isInstanceOf(ParticipantState.Erased.class);
        List<JournalEntry> entries;
        try (var stream = journal.readSubject(p)) {
            entries = stream.toList();
        }
        JournalEntry tombstone = entries.get(entries.size() - 1);
        assertThat(tombstone.type()).isEqualTo("consent.data-erased");
        assertThat(entries.subList(0, entries.size() - 1))
                .allSatisfy(e -> assertThat(e.isRedacted()).isTrue());
        assertThat(journal.verify().isIntact()).isTrue();
        assertThat(ledger.verify().isIntact()).isTrue();
        assertThat(ledger.mayContact(p)).isFalse();
        assertThat(ledger.stateAt(p, minutes(3))).isEmpty();
        assertThat(ledger.publishable(PUBLISH, minutes(clock))).doesNotContain(p);
        assertThat(ledger.mayContact(other)).isTrue();
        assertThat(ConsentLedger.open(journal, SampleStudy.policy()).state(p)).contains(erased.state());
    }

    @Test
    void aWithdrawalAskingForErasureErases() {
        join(p, Set.of(TAKE_PART, PROCESS));

        Recorded recorded = ledger.record(
                new ConsentWithdrawn(p, now(), Actor.PARTICIPANT, TELEGRAM, WithdrawalChoice.ERASE_MY_DATA));

        assertThat(recorded.state().stage()).isEqualTo(Stage.ERASED);
        assertThat(recorded.receipt().stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(recorded.receipt().withdrawal())
                .hasValueSatisfying(w -> assertThat(w.choice()).isEqualTo(WithdrawalChoice.ERASE_MY_DATA));
        assertThat(ConsentLedger.open(journal, SampleStudy.policy())
                        .state(p)
                        .orElseThrow()
                        .stage())
                .isEqualTo(Stage.ERASED);
    }

    @Test
    void receiptsFollowThePublishedSchema() {
        Recorded consent = join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));
        Recorded paused = ledger.record(new ContactPaused(p, now(), Actor.PARTICIPANT, TELEGRAM));
        Recorded withdrawn = ledger.record(
                new ConsentWithdrawn(p, now(), Actor.PARTICIPANT, TELEGRAM, WithdrawalChoice.STOP_CONTACT));
        Recorded erased = ledger.record(new DataErased(p, now(), Actor.RESEARCHER, Channel.of("email")));

        for (Recorded recorded : List.of(consent, paused, withdrawn, erased)) {
            assertThat(ReceiptSchema.violations(recorded.receipt().toJson())).isEmpty();
        }
        assertThat(consent.receipt().toJson())
                .contains("\"sha256\" : \"" + SampleStudy.v1().digest() + "\"")
                .contains("\"status\" : \"granted\"")
                .contains("\"pii_principal_id\" : \"" + p.value() + "\"");
        assertThat(withdrawn.receipt().toJson()).contains("\"analysed_data\" : \"keep-analysed-results\"");
    }

    @Test
    void aReceiptMissingAConsentNoticeFailsTheSchema() {
        String json = join(p, Set.of(TAKE_PART, PROCESS)).receipt().toJson();
        String withoutNotice = json.replaceAll("(?s)\"notice\" : \\{[^}]*\\},", "");

        assertThat(withoutNotice).isNotEqualTo(json);
        assertThat(ReceiptSchema.violations(withoutNotice)).isNotEmpty();
    }

    @Test
    void theAuditReportCountsWithoutIdentities() {
        join(p, Set.of(TAKE_PART, PROCESS, PUBLISH));
        join(participant(2), Set.of(TAKE_PART, PROCESS));
        ledger.record(new ContactPaused(participant(2), now(), Actor.PARTICIPANT, TELEGRAM));
        ledger.record(new FirstContact(participant(3), now(), Actor.SYSTEM, TELEGRAM, ParticipationRole.CO_RESEARCHER));

        AuditReport report = ledger.audit(minutes(clock));

        assertThat(report.byState())
                .containsEntry(Stage.ACTIVE, 1L)
                .containsEntry(Stage.PAUSED, 1L)
                .containsEntry(Stage.PROSPECTIVE, 1L);
        assertThat(report.byRole())
                .containsEntry(ParticipationRole.CITIZEN_SCIENTIST, 2L)
                .containsEntry(ParticipationRole.CO_RESEARCHER, 1L);
        assertThat(report.byDocumentVersion()).containsEntry("participant-consent@1", 2L);
        assertThat(report.byPurpose()).containsEntry(PUBLISH, 1L).containsEntry(PROCESS, 2L);
        assertThat(report.transitionsByDay().values().iterator().next()).containsEntry("consent-given", 2L);
        String json = report.toJson();
        for (int i = 1; i <= 3; i++) {
            assertThat(json).doesNotContain(participant(i).value());
        }
        assertThat(ledger.audit(minutes(0)).participants()).isZero();
    }

    @Test
    void otherModulesEventsInTheSameJournalAreLeftAlone() {
        journal.append(JournalEvent.of(now(), "content.block-published", "{}".getBytes(StandardCharsets.UTF_8)));
        join(p, Set.of(TAKE_PART, PROCESS));

        ConsentLedger reopened = ConsentLedger.open(journal, SampleStudy.policy());

        assertThat(reopened.states()).isEqualTo(ledger.states());
        assertThat(reopened.purposesAt(p, minutes(clock))).isEqualTo(ledger.purposesAt(p, minutes(clock)));
        assertThat(Map.copyOf(reopened.purposesAt(p, minutes(clock)))).containsEntry(TAKE_PART, PurposeStatus.GRANTED);
    }
}
