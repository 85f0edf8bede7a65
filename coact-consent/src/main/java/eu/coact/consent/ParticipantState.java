package eu.coact.consent;

import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a participant stands in the consent lifecycle; one record per stage:
 * PROSPECTIVE → INFORMED → ACTIVE ⇄ PAUSED → WITHDRAWN, or DECLINED, and ERASED from anywhere.
 * States are derived from the ledger, never stored on their own.
 */
public sealed interface ParticipantState {

    /** The stages of the lifecycle. */
    enum Stage {
        /** First contact made, no document shown yet. */
        PROSPECTIVE,
        /** A consent document was shown. */
        INFORMED,
        /** Consented, with every mandatory purpose granted. */
        ACTIVE,
        /** Consented, but asked not to be contacted for now. */
        PAUSED,
        /** Withdrew: never contacted again. */
        WITHDRAWN,
        /** Refused; may start again later. */
        DECLINED,
        /** Their data was erased. */
        ERASED
    }

    /** The participant. */
    Pseudonym participant();

    /** Since when they are in this state. */
    Instant since();

    /** The stage. */
    Stage stage();

    /** The document that governs them now, if any. */
    Optional<DocumentReference> document();

    /**
     * Contacted, no document shown yet.
     *
     * @param participant the participant
     * @param role        the role they were invited to
     * @param since       since when
     */
    record Prospective(Pseudonym participant, ParticipationRole role, Instant since) implements ParticipantState {
        /** Checks the parts. */
        public Prospective {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Stage stage() {
            return Stage.PROSPECTIVE;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.empty();
        }
    }

    /**
     * Shown a consent document.
     *
     * @param participant the participant
     * @param role        their role
     * @param since       since when
     * @param shown       the text shown last
     */
    record Informed(Pseudonym participant, ParticipationRole role, Instant since, DocumentReference shown)
            implements ParticipantState {
        /** Checks the parts. */
        public Informed {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(shown, "shown");
        }

        @Override
        public Stage stage() {
            return Stage.INFORMED;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.of(shown);
        }
    }

    /**
     * Consented and taking part.
     *
     * @param participant the participant
     * @param role        their role
     * @param since       since when
     * @param accepted    the document version they accepted
     * @param granted     the purposes they granted under it (all its mandatory ones included)
     * @param eligibility what they declared when consenting
     */
    record Active(
            Pseudonym participant,
            ParticipationRole role,
            Instant since,
            DocumentReference accepted,
            Set<PurposeId> granted,
            Eligibility eligibility)
            implements ParticipantState {
        /** Checks the parts and copies the set. */
        public Active {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(accepted, "accepted");
            Objects.requireNonNull(eligibility, "eligibility");
            granted = Set.copyOf(granted);
        }

        @Override
        public Stage stage() {
            return Stage.ACTIVE;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.of(accepted);
        }
    }

    /**
     * Consented, but not to be contacted for now; their consent to processing stands.
     *
     * @param participant the participant
     * @param role        their role
     * @param since       since when
     * @param accepted    the document version they accepted
     * @param granted     the purposes they granted under it
     * @param eligibility what they declared when consenting
     */
    record Paused(
            Pseudonym participant,
            ParticipationRole role,
            Instant since,
            DocumentReference accepted,
            Set<PurposeId> granted,
            Eligibility eligibility)
            implements ParticipantState {
        /** Checks the parts and copies the set. */
        public Paused {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(accepted, "accepted");
            Objects.requireNonNull(eligibility, "eligibility");
            granted = Set.copyOf(granted);
        }

        @Override
        public Stage stage() {
            return Stage.PAUSED;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.of(accepted);
        }
    }

    /**
     * Withdrew: never contacted again, no purpose applies any more.
     *
     * @param participant  the participant
     * @param role         their role
     * @param since        since when
     * @param accepted     the document version they had accepted
     * @param choice       what they chose
     * @param analysedData the study's policy for data already analysed, as declared at that moment
     */
    record Withdrawn(
            Pseudonym participant,
            ParticipationRole role,
            Instant since,
            DocumentReference accepted,
            WithdrawalChoice choice,
            AnalysedDataPolicy analysedData)
            implements ParticipantState {
        /** Checks the parts. */
        public Withdrawn {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(accepted, "accepted");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(analysedData, "analysedData");
        }

        @Override
        public Stage stage() {
            return Stage.WITHDRAWN;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.of(accepted);
        }
    }

    /**
     * Refused to take part; may start again later.
     *
     * @param participant the participant
     * @param role        their role
     * @param since       since when
     * @param shown       the text they had been shown, if any
     */
    record Declined(Pseudonym participant, ParticipationRole role, Instant since, Optional<DocumentReference> shown)
            implements ParticipantState {
        /** Checks the parts. */
        public Declined {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(shown, "shown");
        }

        @Override
        public Stage stage() {
            return Stage.DECLINED;
        }

        @Override
        public Optional<DocumentReference> document() {
            return shown;
        }
    }

    /**
     * Erased: only the fact of the erasure is kept.
     *
     * @param participant the participant's pseudonym
     * @param since       when the data was erased
     */
    record Erased(Pseudonym participant, Instant since) implements ParticipantState {
        /** Checks the parts. */
        public Erased {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Stage stage() {
            return Stage.ERASED;
        }

        @Override
        public Optional<DocumentReference> document() {
            return Optional.empty();
        }
    }
}
