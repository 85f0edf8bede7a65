package eu.coact.consent.internal;

import eu.coact.consent.Actor;
import eu.coact.consent.AnalysedDataPolicy;
import eu.coact.consent.DocumentReference;
import eu.coact.consent.Eligibility;
import eu.coact.consent.IllegalTransitionException;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipantState.Active;
import eu.coact.consent.ParticipantState.Declined;
import eu.coact.consent.ParticipantState.Erased;
import eu.coact.consent.ParticipantState.Informed;
import eu.coact.consent.ParticipantState.Paused;
import eu.coact.consent.ParticipantState.Prospective;
import eu.coact.consent.ParticipantState.Withdrawn;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Transition;
import eu.coact.consent.Transition.ConsentDeclined;
import eu.coact.consent.Transition.ConsentGiven;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.consent.Transition.ContactPaused;
import eu.coact.consent.Transition.ContactResumed;
import eu.coact.consent.Transition.DataErased;
import eu.coact.consent.Transition.DocumentShown;
import eu.coact.consent.Transition.FirstContact;
import eu.coact.consent.Transition.PurposeChanged;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the consent lifecycle: from each state, which transitions lead where. One method
 * per state; anything a method does not name is rejected with an {@link IllegalTransitionException}.
 */
public final class Lifecycle {

    private final DocumentRegistry documents;
    private final int minimumAge;

    /**
     * Rules that check documents against a registry and ages against the study minimum.
     *
     * @param documents  the published documents
     * @param minimumAge the study's minimum age
     */
    public Lifecycle(DocumentRegistry documents, int minimumAge) {
        this.documents = documents;
        this.minimumAge = minimumAge;
    }

    /**
     * The state after a transition.
     *
     * @param current      the participant's state, empty if the ledger does not know them
     * @param transition   the transition
     * @param analysedData the policy for analysed data to record with a withdrawal
     * @return the next state
     * @throws IllegalTransitionException if the lifecycle does not allow it
     */
    public ParticipantState next(
            Optional<ParticipantState> current, Transition transition, AnalysedDataPolicy analysedData) {
        if (current.isEmpty()) {
            return fromNobody(transition);
        }
        ParticipantState state = current.get();
        if (transition instanceof DataErased erased && !(state instanceof Erased)) {
            return new Erased(erased.participant(), erased.at());
        }
        if (state instanceof Prospective prospective) {
            return fromProspective(prospective, transition);
        }
        if (state instanceof Informed informed) {
            return fromInformed(informed, transition);
        }
        if (state instanceof Active active) {
            return fromActive(active, transition, analysedData);
        }
        if (state instanceof Paused paused) {
            return fromPaused(paused, transition, analysedData);
        }
        if (state instanceof Withdrawn withdrawn) {
            return fromWithdrawn(withdrawn, transition);
        }
        if (state instanceof Declined declined) {
            return fromDeclined(declined, transition);
        }
        return fromErased((Erased) state, transition);
    }

    private ParticipantState fromNobody(Transition transition) {
        if (transition instanceof FirstContact contact) {
            return new Prospective(contact.participant(), contact.role(), contact.at());
        }
        if (transition instanceof DocumentShown shown) {
            PublishedVersion document = published(Optional.empty(), shown, shown.document());
            return new Informed(shown.participant(), document.role(), shown.at(), shown.document());
        }
        throw illegal(
                Optional.empty(),
                transition,
                "the participant is unknown; start with a first contact or " + "by showing a consent document");
    }

    private ParticipantState fromProspective(Prospective state, Transition transition) {
        if (transition instanceof DocumentShown shown) {
            return new Informed(state.participant(), state.role(), shown.at(), shownFor(state, state.role(), shown));
        }
        if (transition instanceof ConsentDeclined declined) {
            return new Declined(state.participant(), state.role(), declined.at(), Optional.empty());
        }
        throw illegal(state, transition, "a prospective participant is first shown a consent document, or declines");
    }

    private ParticipantState fromInformed(Informed state, Transition transition) {
        if (transition instanceof DocumentShown shown) {
            return new Informed(state.participant(), state.role(), shown.at(), shownFor(state, state.role(), shown));
        }
        if (transition instanceof ConsentGiven given) {
            if (!given.document().equals(state.shown())) {
                throw illegal(
                        state,
                        transition,
                        "consent is given to the document that was shown (" + state.shown() + "), not to "
                                + given.document());
            }
            checkConsent(state, given, state.role());
            return new Active(
                    state.participant(),
                    state.role(),
                    given.at(),
                    given.document(),
                    given.granted(),
                    given.eligibility());
        }
        if (transition instanceof ConsentDeclined declined) {
            return new Declined(state.participant(), state.role(), declined.at(), Optional.of(state.shown()));
        }
        throw illegal(state, transition, "an informed participant consents, declines or is shown a document again");
    }

    private ParticipantState fromActive(Active state, Transition transition, AnalysedDataPolicy analysedData) {
        Consented active = (at, document, granted, eligibility) ->
                new Active(state.participant(), state.role(), at, document, granted, eligibility);
        if (transition instanceof ContactPaused paused) {
            return new Paused(
                    state.participant(),
                    state.role(),
                    paused.at(),
                    state.accepted(),
                    state.granted(),
                    state.eligibility());
        }
        return fromConsented(
                state,
                new Terms(state.role(), state.accepted(), state.granted(), state.eligibility()),
                transition,
                analysedData,
                active,
                "an active participant pauses, changes a purpose, re-consents or withdraws");
    }

    private ParticipantState fromPaused(Paused state, Transition transition, AnalysedDataPolicy analysedData) {
        Consented paused = (at, document, granted, eligibility) ->
                new Paused(state.participant(), state.role(), at, document, granted, eligibility);
        if (transition instanceof ContactResumed resumed) {
            return new Active(
                    state.participant(),
                    state.role(),
                    resumed.at(),
                    state.accepted(),
                    state.granted(),
                    state.eligibility());
        }
        return fromConsented(
                state,
                new Terms(state.role(), state.accepted(), state.granted(), state.eligibility()),
                transition,
                analysedData,
                paused,
                "a paused participant resumes, changes a purpose, re-consents or withdraws");
    }

    /** The consent an active or paused participant holds. */
    private record Terms(
            ParticipationRole role, DocumentReference accepted, Set<PurposeId> granted, Eligibility eligibility) {}

    private interface Consented {
        ParticipantState with(Instant at, DocumentReference document, Set<PurposeId> granted, Eligibility eligibility);
    }

    /** What active and paused participants share: purpose changes, re-consent, newer documents, withdrawal. */
    private ParticipantState fromConsented(
            ParticipantState state,
            Terms terms,
            Transition transition,
            AnalysedDataPolicy analysedData,
            Consented same,
            String allowed) {
        ParticipationRole role = terms.role();
        DocumentReference accepted = terms.accepted();
        Set<PurposeId> granted = terms.granted();
        Eligibility eligibility = terms.eligibility();
        if (transition instanceof PurposeChanged changed) {
            return same.with(changed.at(), accepted, changedPurposes(state, accepted, granted, changed), eligibility);
        }
        if (transition instanceof ConsentGiven given) {
            checkReconsent(state, accepted, given, role);
            return same.with(given.at(), given.document(), given.granted(), given.eligibility());
        }
        if (transition instanceof DocumentShown shown) {
            checkNewerShown(state, accepted, shown, role);
            return state;
        }
        if (transition instanceof ConsentWithdrawn withdrawn) {
            return new Withdrawn(state.participant(), role, withdrawn.at(), accepted, withdrawn.choice(), analysedData);
        }
        throw illegal(state, transition, allowed);
    }

    private ParticipantState fromWithdrawn(Withdrawn state, Transition transition) {
        if (transition instanceof DocumentShown shown && shown.actor() == Actor.PARTICIPANT) {
            return new Informed(state.participant(), state.role(), shown.at(), shownFor(state, state.role(), shown));
        }
        throw illegal(
                state,
                transition,
                "a withdrawn participant is never contacted again; only they can start "
                        + "again, by asking to see the consent document (actor: participant)");
    }

    private ParticipantState fromDeclined(Declined state, Transition transition) {
        if (transition instanceof FirstContact contact) {
            return new Prospective(state.participant(), contact.role(), contact.at());
        }
        if (transition instanceof DocumentShown shown) {
            return new Informed(state.participant(), state.role(), shown.at(), shownFor(state, state.role(), shown));
        }
        throw illegal(
                state,
                transition,
                "someone who declined may only start again, with a first contact or by "
                        + "being shown a consent document");
    }

    private ParticipantState fromErased(Erased state, Transition transition) {
        if (transition instanceof FirstContact contact) {
            return new Prospective(state.participant(), contact.role(), contact.at());
        }
        if (transition instanceof DocumentShown shown && shown.actor() == Actor.PARTICIPANT) {
            PublishedVersion document = published(Optional.of(state), shown, shown.document());
            return new Informed(state.participant(), document.role(), shown.at(), shown.document());
        }
        throw illegal(state, transition, "an erased participant's data is gone; they may only join again as new");
    }

    private DocumentReference shownFor(ParticipantState state, ParticipationRole role, DocumentShown shown) {
        PublishedVersion document = published(Optional.of(state), shown, shown.document());
        if (document.role() != role) {
            throw illegal(
                    state,
                    shown,
                    "the document " + shown.document() + " is for role '"
                            + document.role().code() + "', the participant's role is '" + role.code() + "'");
        }
        return shown.document();
    }

    private void checkNewerShown(
            ParticipantState state, DocumentReference accepted, DocumentShown shown, ParticipationRole role) {
        shownFor(state, role, shown);
        if (!shown.document().id().equals(accepted.id()) || shown.document().version() <= accepted.version()) {
            throw illegal(
                    state,
                    shown,
                    "a participant who consented is only shown a newer version of the " + "document they accepted ("
                            + accepted + "), for re-consent");
        }
    }

    private void checkReconsent(
            ParticipantState state, DocumentReference accepted, ConsentGiven given, ParticipationRole role) {
        if (!given.document().id().equals(accepted.id()) || given.document().version() <= accepted.version()) {
            throw illegal(
                    state, given, "re-consent is given to a newer version of the accepted document (" + accepted + ")");
        }
        checkConsent(state, given, role);
    }

    private void checkConsent(ParticipantState state, ConsentGiven given, ParticipationRole role) {
        PublishedVersion document = published(Optional.of(state), given, given.document());
        if (document.role() != role) {
            throw illegal(
                    state,
                    given,
                    "the document " + given.document() + " is for role '"
                            + document.role().code() + "', the participant's role is '" + role.code() + "'");
        }
        for (PurposeId purpose : given.granted()) {
            if (!document.purposes().contains(purpose)) {
                throw illegal(state, given, "the purpose '" + purpose + "' is not asked for by " + given.document());
            }
        }
        for (PurposeId purpose : document.mandatory()) {
            if (!given.granted().contains(purpose)) {
                throw illegal(
                        state,
                        given,
                        "the mandatory purpose '" + purpose + "' was not granted; without it "
                                + "the person declines instead");
            }
        }
        checkAge(state, given, given.eligibility());
    }

    private void checkAge(ParticipantState state, Transition transition, Eligibility eligibility) {
        if (eligibility.declaredAge() < minimumAge) {
            throw illegal(state, transition, "the declared age is below the study's minimum age of " + minimumAge);
        }
    }

    private Set<PurposeId> changedPurposes(
            ParticipantState state, DocumentReference accepted, Set<PurposeId> granted, PurposeChanged changed) {
        PublishedVersion document = published(Optional.of(state), changed, accepted);
        if (!document.purposes().contains(changed.purpose())) {
            throw illegal(state, changed, "the purpose '" + changed.purpose() + "' is not asked for by " + accepted);
        }
        if (!changed.granted() && document.mandatory().contains(changed.purpose())) {
            throw illegal(
                    state,
                    changed,
                    "the purpose '" + changed.purpose() + "' is mandatory: revoking it " + "means withdrawing");
        }
        Set<PurposeId> next = new HashSet<>(granted);
        if (changed.granted()) {
            next.add(changed.purpose());
        } else {
            next.remove(changed.purpose());
        }
        return next;
    }

    private PublishedVersion published(
            Optional<ParticipantState> state, Transition transition, DocumentReference reference) {
        return documents
                .find(reference)
                .orElseThrow(() -> illegal(
                        state,
                        transition,
                        "the document " + reference + " with this digest was never published in the ledger"));
    }

    private static IllegalTransitionException illegal(ParticipantState state, Transition transition, String reason) {
        return illegal(Optional.of(state), transition, reason);
    }

    private static IllegalTransitionException illegal(
            Optional<ParticipantState> state, Transition transition, String reason) {
        return new IllegalTransitionException(state.map(ParticipantState::stage), transition.kind(), reason);
    }
}
