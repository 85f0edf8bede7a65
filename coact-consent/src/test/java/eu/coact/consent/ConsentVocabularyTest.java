package eu.coact.consent;

import static eu.coact.consent.SampleStudy.PROCESS;
import static eu.coact.consent.SampleStudy.START;
import static eu.coact.consent.SampleStudy.TAKE_PART;
import static eu.coact.consent.SampleStudy.TELEGRAM;
import static eu.coact.consent.SampleStudy.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.consent.ParticipantState.Stage;
import eu.coact.consent.internal.TransitionTally;
import eu.coact.core.Pseudonym;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The words the ledger and receipts write for transitions and stages are a stored format: each
 * kind of transition and each state keeps its name, and every variant has one.
 */
class ConsentVocabularyTest {

    private static final Pseudonym WHO = participant(1);
    private static final ParticipationRole ROLE = ParticipationRole.CITIZEN_SCIENTIST;
    private static final Eligibility ADULT = new Eligibility(30, Optional.empty());

    @Test
    void everyTransitionKeepsItsKind() {
        DocumentReference doc = SampleStudy.v1().reference();
        Actor who = Actor.PARTICIPANT;
        List<Transition> all = List.of(
                new Transition.FirstContact(WHO, START, who, TELEGRAM, ROLE),
                new Transition.DocumentShown(WHO, START, who, TELEGRAM, doc),
                new Transition.ConsentGiven(WHO, START, who, TELEGRAM, doc, Set.of(TAKE_PART), ADULT),
                new Transition.ConsentDeclined(WHO, START, who, TELEGRAM),
                new Transition.PurposeChanged(WHO, START, who, TELEGRAM, PROCESS, true),
                new Transition.ContactPaused(WHO, START, who, TELEGRAM),
                new Transition.ContactResumed(WHO, START, who, TELEGRAM),
                new Transition.ConsentWithdrawn(WHO, START, who, TELEGRAM, WithdrawalChoice.STOP_CONTACT),
                new Transition.DataErased(WHO, START, who, TELEGRAM));

        // The kinds, in the lifecycle's order, are exactly those the ledger's tally indexes.
        assertThat(all).extracting(Transition::kind).containsExactlyElementsOf(TransitionTally.KINDS);
        assertThat(all)
                .extracting(Object::getClass)
                .containsExactlyInAnyOrder(Transition.class.getPermittedSubclasses());
    }

    @Test
    void everyStateIsInItsOwnStage() {
        DocumentReference doc = SampleStudy.v1().reference();
        Set<eu.coact.core.PurposeId> granted = Set.of(TAKE_PART);
        List<ParticipantState> all = List.of(
                new ParticipantState.Prospective(WHO, ROLE, START),
                new ParticipantState.Informed(WHO, ROLE, START, doc),
                new ParticipantState.Active(WHO, ROLE, START, doc, granted, ADULT),
                new ParticipantState.Paused(WHO, ROLE, START, doc, granted, ADULT),
                new ParticipantState.Withdrawn(
                        WHO,
                        ROLE,
                        START,
                        doc,
                        WithdrawalChoice.ERASE_MY_DATA,
                        AnalysedDataPolicy.KEEP_ANALYSED_RESULTS),
                new ParticipantState.Declined(WHO, ROLE, START, Optional.of(doc)),
                new ParticipantState.Erased(WHO, START));

        assertThat(all).extracting(ParticipantState::stage).containsExactly(Stage.values());
        assertThat(all)
                .extracting(ParticipantState::document)
                .containsExactly(
                        Optional.empty(),
                        Optional.of(doc),
                        Optional.of(doc),
                        Optional.of(doc),
                        Optional.of(doc),
                        Optional.of(doc),
                        Optional.empty());
    }

    @Test
    void consentedStatesNameWhatIsMissing() {
        DocumentReference doc = SampleStudy.v1().reference();
        assertThatThrownBy(() -> new ParticipantState.Paused(WHO, ROLE, START, doc, Set.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("eligibility");
        assertThatThrownBy(() -> new ParticipantState.Active(WHO, null, START, doc, Set.of(), ADULT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("role");
    }
}
