package eu.coact.consent;

import java.util.Optional;

/**
 * The states of a participant who gave consent (active, paused) or had given it (withdrawn): the
 * document they accepted is the one that governs them.
 */
sealed interface Consented extends ParticipantState
        permits ParticipantState.Active, ParticipantState.Paused, ParticipantState.Withdrawn {

    /** The document version they accepted. */
    DocumentReference accepted();

    @Override
    default Optional<DocumentReference> document() {
        return Optional.of(accepted());
    }
}
