package eu.coact.consent.internal;

import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.DocumentReference;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipantState.Active;
import eu.coact.consent.ParticipantState.Erased;
import eu.coact.consent.ParticipantState.Paused;
import eu.coact.consent.ParticipantState.Withdrawn;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Purpose;
import eu.coact.consent.PurposeStatus;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a participant in a given state stands with respect to each purpose, at an instant. */
public final class Standing {

    private final DocumentRegistry documents;
    private final ConsentPolicy policy;

    /** Standing judged against the published documents and the study's catalogue. */
    public Standing(DocumentRegistry documents, ConsentPolicy policy) {
        this.documents = documents;
        this.policy = policy;
    }

    /** The purposes granted and in force (see re-consent) for someone in {@code state} at {@code at}. */
    public Set<PurposeId> grantedInForce(ParticipantState state, Instant at) {
        if (state instanceof Active active) {
            return documents.inForce(active.accepted(), active.granted(), at);
        }
        if (state instanceof Paused paused) {
            return documents.inForce(paused.accepted(), paused.granted(), at);
        }
        return Set.of();
    }

    /** The status of each purpose of the governing document (or of the catalogue) at {@code at}. */
    public Map<PurposeId, PurposeStatus> purposeStatus(ParticipantState state, Instant at) {
        Map<PurposeId, PurposeStatus> out = new LinkedHashMap<>();
        List<PurposeId> listed = state.document()
                .flatMap(doc -> documents.version(doc.id(), doc.version()))
                .map(PublishedVersion::purposes)
                .orElseGet(() ->
                        policy.catalogue().purposes().stream().map(Purpose::id).toList());
        Optional<Set<PurposeId>> granted = state instanceof Active a
                ? Optional.of(a.granted())
                : state instanceof Paused p ? Optional.of(p.granted()) : Optional.empty();
        Set<PurposeId> inForce = grantedInForce(state, at);
        boolean ended = state instanceof Withdrawn || state instanceof Erased;
        for (PurposeId purpose : listed) {
            PurposeStatus status;
            if (ended) {
                status = PurposeStatus.WITHDRAWN;
            } else if (inForce.contains(purpose)) {
                status = PurposeStatus.GRANTED;
            } else if (granted.isPresent() && granted.get().contains(purpose)) {
                status = PurposeStatus.AWAITING_RECONSENT;
            } else {
                status = PurposeStatus.REFUSED;
            }
            out.put(purpose, status);
        }
        return out;
    }

    /** The document version accepted by an active or paused participant. */
    public static Optional<DocumentReference> accepted(ParticipantState state) {
        if (state instanceof Active active) {
            return Optional.of(active.accepted());
        }
        if (state instanceof Paused paused) {
            return Optional.of(paused.accepted());
        }
        return Optional.empty();
    }

    /** The role of a participant in a state, unless erased. */
    public static Optional<ParticipationRole> roleOf(ParticipantState state) {
        if (state instanceof ParticipantState.Prospective s) {
            return Optional.of(s.role());
        }
        if (state instanceof ParticipantState.Informed s) {
            return Optional.of(s.role());
        }
        if (state instanceof Active s) {
            return Optional.of(s.role());
        }
        if (state instanceof Paused s) {
            return Optional.of(s.role());
        }
        if (state instanceof Withdrawn s) {
            return Optional.of(s.role());
        }
        if (state instanceof ParticipantState.Declined s) {
            return Optional.of(s.role());
        }
        return Optional.empty();
    }
}
