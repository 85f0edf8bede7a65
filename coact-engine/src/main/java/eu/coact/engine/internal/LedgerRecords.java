package eu.coact.engine.internal;

import eu.coact.consent.Actor;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.DocumentReference;
import eu.coact.consent.Eligibility;
import eu.coact.consent.IllegalTransitionException;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Transition;
import eu.coact.consent.WithdrawalChoice;
import eu.coact.content.Action;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.engine.LedgerConsent;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.Outgoing;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Records the conversation's consent decisions and lifecycle changes as transitions in a
 * {@link ConsentLedger}. The ledger keeps its entries in time order while the engine handles a
 * batch of replies in arrival order and its timers afterwards, so a transition is dated no
 * earlier than the last one this engine recorded.
 */
public final class LedgerRecords implements ConsentRecords {

    private final LedgerConsent consent;
    private final ConsentLedger ledger;
    private Instant floor;
    /** The text of a consent document delivered to a participant whose document's file is still on its way. */
    private final Map<Pseudonym, String> textDelivered = new HashMap<>();

    /**
     * Records into a ledger.
     *
     * @param consent the binding
     * @param now     the current instant; nothing is dated before it
     */
    public LedgerRecords(LedgerConsent consent, Instant now) {
        this.consent = consent;
        this.ledger = consent.ledger();
        this.floor = now;
    }

    @Override
    public void joined(Participant p, Instant at) {
        if (ledger.state(p.id).isEmpty()) {
            record(new Transition.FirstContact(
                    p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id), ParticipationRole.CITIZEN_SCIENTIST));
        }
    }

    @Override
    public Optional<ConsentDocument> toShow(Participant p, Action.RecordConsent decision) {
        Optional<ConsentDocument> document = consent.document(decision.document(), p.language);
        // Only someone who is to decide is informed here: a newcomer, someone shown the document in
        // another language, or someone who declined or left and came back; a consent that stands
        // settles their record.
        return document.filter(d -> undecided(p, d));
    }

    /** Whether the record leaves the participant to be shown this document: not consented, and not shown it yet. */
    private boolean undecided(Participant p, ConsentDocument document) {
        Optional<ParticipantState> state = ledger.state(p.id);
        if (state.isEmpty()) {
            return true;
        }
        if (state.get() instanceof ParticipantState.Informed informed) {
            return !informed.shown().equals(document.reference());
        }
        return !consented(state.get());
    }

    private static boolean consented(ParticipantState state) {
        return state instanceof ParticipantState.Active || state instanceof ParticipantState.Paused;
    }

    /** Someone who left comes back on their own initiative: only they may ask to see the document again. */
    private static Actor showing(Optional<ParticipantState> state) {
        return state.filter(s -> s instanceof ParticipantState.Withdrawn || s instanceof ParticipantState.Erased)
                        .isPresent()
                ? Actor.PARTICIPANT
                : Actor.SYSTEM;
    }

    @Override
    public boolean shown(Participant p, Action.RecordConsent decision) {
        Optional<ConsentDocument> document = consent.document(decision.document(), p.language);
        Optional<ParticipantState> state = ledger.state(p.id);
        if (document.isEmpty() || state.isEmpty()) {
            // No document: the decision is refused for that reason; no record: nothing was shown.
            return document.isEmpty();
        }
        DocumentReference reference = document.get().reference();
        if (state.get() instanceof ParticipantState.Informed informed) {
            return informed.shown().equals(reference);
        }
        return consented(state.get())
                && state.get().document().filter(reference::equals).isPresent();
    }

    @Override
    public void delivered(Participant p, String reference, Outgoing message, Instant at) {
        Optional<ConsentDocument> document = consent.documents().stream()
                .filter(d -> ConsentDocuments.reference(d).equals(reference))
                .findFirst();
        if (document.isEmpty() || !undecided(p, document.get())) {
            textDelivered.remove(p.id);
            return;
        }
        ConsentDocument d = document.get();
        String digest;
        if (message instanceof Outgoing.Document file) {
            // The file follows its text: shown means both, the text exactly as delivered just before.
            String text = textDelivered.remove(p.id);
            if (text == null || file.promised().isEmpty()) {
                return;
            }
            digest = ConsentDocument.digestOf(text, file.promised());
        } else if (d.file().isPresent()) {
            textDelivered.put(p.id, message.text());
            return;
        } else {
            digest = ConsentDocument.digestOf(message.text(), Optional.empty());
        }
        DocumentReference sent = new DocumentReference(d.id(), d.version(), d.language(), digest);
        if (message.text().isBlank() && !(message instanceof Outgoing.Document) || !sent.equals(d.reference())) {
            // What reached the channel is not the published document: it is not recorded as shown.
            return;
        }
        try {
            Actor actor = showing(ledger.state(p.id));
            if (actor == Actor.SYSTEM) {
                joined(p, at);
            }
            record(new Transition.DocumentShown(p.id, when(at), actor, consent.channelOf(p.id), sent));
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            // The decision records what the ledger needs; showing is not worth stopping the conversation for.
        }
    }

    @Override
    public Optional<String> given(Participant p, Action.RecordConsent decision, Instant at) {
        Optional<ConsentDocument> found = consent.document(decision.document(), p.language);
        if (found.isEmpty()) {
            return Optional.of("no consent document fits the decision");
        }
        ConsentDocument document = found.get();
        OptionalInt age = age(p);
        Set<PurposeId> granted = new LinkedHashSet<>(document.mandatory());
        granted.addAll(decision.grants());
        Optional<ParticipantState> state = ledger.state(p.id);
        try {
            boolean consented = state.filter(
                            s -> s instanceof ParticipantState.Active || s instanceof ParticipantState.Paused)
                    .isPresent();
            if (consented
                    && state.get()
                            .document()
                            .filter(d -> d.equals(document.reference()))
                            .isPresent()) {
                // Consent already stands: the conversation ran again after a stop between ledger and journal.
                return Optional.empty();
            }
            if (!shown(p, decision)) {
                // Shown means delivered: a decision about a document that did not reach the
                // participant in full is not consent (the engine sends the document again).
                return Optional.of("the consent document did not reach the participant in full");
            }
            if (age.isEmpty()) {
                return Optional.of("no declared age");
            }
            record(new Transition.ConsentGiven(
                    p.id,
                    when(at),
                    Actor.PARTICIPANT,
                    consent.channelOf(p.id),
                    document.reference(),
                    granted,
                    Eligibility.declaredAge(age.getAsInt())));
            return Optional.empty();
        } catch (IllegalTransitionException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void refused(Participant p, Action.RecordConsent decision, Instant at) {
        Optional<ParticipantState> state = ledger.state(p.id);
        if (state.isPresent()
                && (state.get() instanceof ParticipantState.Active || state.get() instanceof ParticipantState.Paused)) {
            record(new Transition.ConsentWithdrawn(
                    p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id), WithdrawalChoice.STOP_CONTACT));
            return;
        }
        if (state.isPresent()
                && !(state.get() instanceof ParticipantState.Prospective
                        || state.get() instanceof ParticipantState.Informed)) {
            return;
        }
        if (state.isEmpty()) {
            // Declining needs no document: a first contact is all the record needs, never a
            // "shown" for a document that did not reach them.
            joined(p, at);
        }
        record(new Transition.ConsentDeclined(p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id)));
    }

    @Override
    public void purposes(Participant p, Action.RecordConsent decision, Instant at) {
        Optional<Set<PurposeId>> granted = ledger.state(p.id).flatMap(LedgerRecords::granted);
        if (granted.isEmpty()) {
            return;
        }
        boolean grant = decision.decision() == Action.ConsentDecision.GIVEN;
        for (PurposeId purpose : decision.grants()) {
            if (granted.get().contains(purpose) != grant) {
                try {
                    record(new Transition.PurposeChanged(
                            p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id), purpose, grant));
                } catch (IllegalTransitionException e) {
                    // A mandatory purpose cannot be revoked, nor a purpose the document does not ask for.
                }
            }
        }
    }

    @Override
    public void paused(Participant p, boolean byParticipant, Instant at) {
        if (ledger.state(p.id).orElse(null) instanceof ParticipantState.Active) {
            record(new Transition.ContactPaused(
                    p.id, when(at), byParticipant ? Actor.PARTICIPANT : Actor.SYSTEM, consent.channelOf(p.id)));
        }
    }

    @Override
    public void resumed(Participant p, Instant at) {
        if (ledger.state(p.id).orElse(null) instanceof ParticipantState.Paused) {
            record(new Transition.ContactResumed(p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id)));
        }
    }

    @Override
    public void leaving(Participant p, Instant at) {
        paused(p, true, at);
    }

    @Override
    public void withdrew(Participant p, boolean erase, Instant at) {
        Optional<ParticipantState> state = ledger.state(p.id);
        if (state.isEmpty() || state.get() instanceof ParticipantState.Erased) {
            return;
        }
        WithdrawalChoice choice = erase ? WithdrawalChoice.ERASE_MY_DATA : WithdrawalChoice.STOP_CONTACT;
        if (state.get() instanceof ParticipantState.Active || state.get() instanceof ParticipantState.Paused) {
            record(new Transition.ConsentWithdrawn(p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id), choice));
        } else if (erase) {
            record(new Transition.DataErased(p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id)));
        } else if (state.get() instanceof ParticipantState.Prospective
                || state.get() instanceof ParticipantState.Informed) {
            record(new Transition.ConsentDeclined(p.id, when(at), Actor.PARTICIPANT, consent.channelOf(p.id)));
        }
    }

    @Override
    public Optional<Standing> standing(Participant p) {
        return ledger.state(p.id).map(LedgerRecords::standing);
    }

    @Override
    public boolean erased(Participant p) {
        return ledger.state(p.id).orElse(null) instanceof ParticipantState.Erased;
    }

    private static Standing standing(ParticipantState state) {
        return switch (state.stage()) {
            case ACTIVE -> Standing.ACTIVE;
            case PAUSED -> Standing.PAUSED;
            case WITHDRAWN, ERASED -> Standing.WITHDRAWN;
            default -> Standing.INVITED;
        };
    }

    private static Optional<Set<PurposeId>> granted(ParticipantState state) {
        if (state instanceof ParticipantState.Active active) {
            return Optional.of(active.granted());
        }
        if (state instanceof ParticipantState.Paused paused) {
            return Optional.of(paused.granted());
        }
        return Optional.empty();
    }

    private OptionalInt age(Participant p) {
        String declared = p.profile == null ? null : p.profile.get(consent.ageField());
        if (declared != null) {
            try {
                return OptionalInt.of(Integer.parseInt(declared.strip()));
            } catch (NumberFormatException e) {
                // Not a number: fall back to what consenting declares, if anything.
            }
        }
        return consent.ageByConsenting();
    }

    private Instant when(Instant at) {
        if (at.isAfter(floor)) {
            floor = at;
        }
        return floor;
    }

    private void record(Transition transition) {
        ledger.record(transition);
    }
}
