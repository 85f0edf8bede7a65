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
public sealed interface ParticipantState
        permits ParticipantState.Prospective,
                ParticipantState.Informed,
                Consented,
                ParticipantState.Declined,
                ParticipantState.Erased {

    /** The stages of the lifecycle. */
    enum Stage {
        /** First contact made, no document shown yet. */
        PROSPECTIVE(Prospective.class),
        /** A consent document was shown. */
        INFORMED(Informed.class),
        /** Consented, with every mandatory purpose granted. */
        ACTIVE(Active.class),
        /** Consented, but asked not to be contacted for now. */
        PAUSED(Paused.class),
        /** Withdrew: never contacted again. */
        WITHDRAWN(Withdrawn.class),
        /** Refused; may start again later. */
        DECLINED(Declined.class),
        /** Their data was erased. */
        ERASED(Erased.class);

        // One record per stage, so a state's type says its stage and no record can claim another.
        private final Class<? extends ParticipantState> state;

        Stage(Class<? extends ParticipantState> state) {
            this.state = state;
        }

        private static Stage of(ParticipantState state) {
            for (Stage stage : values()) {
                if (stage.state == state.getClass()) {
                    return stage;
                }
            }
            throw new IllegalStateException("no stage for " + state.getClass());
        }
    }

    /** The participant. */
    Pseudonym participant();

    /** Since when they are in this state. */
    Instant since();

    /** The stage. */
    default Stage stage() {
        return Stage.of(this);
    }

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
            requireCommon(participant, role, since);
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
            requireCommon(participant, role, since);
            Objects.requireNonNull(shown, "shown");
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
            implements Consented {
        /** Checks the parts and copies the set. */
        public Active {
            requireCommon(participant, role, since);
            granted = consentTerms(accepted, granted, eligibility);
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
            implements Consented {
        /** Checks the parts and copies the set. */
        public Paused {
            requireCommon(participant, role, since);
            granted = consentTerms(accepted, granted, eligibility);
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
            implements Consented {
        /** Checks the parts. */
        public Withdrawn {
            requireCommon(participant, role, since);
            Objects.requireNonNull(accepted, "accepted");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(analysedData, "analysedData");
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
            requireCommon(participant, role, since);
            Objects.requireNonNull(shown, "shown");
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
        public Optional<DocumentReference> document() {
            return Optional.empty();
        }
    }

    private static void requireCommon(Pseudonym participant, ParticipationRole role, Instant since) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
    }

    /** The consent an active or paused participant holds: document and eligibility present; the purposes copied. */
    private static Set<PurposeId> consentTerms(
            DocumentReference accepted, Set<PurposeId> granted, Eligibility eligibility) {
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(eligibility, "eligibility");
        return Set.copyOf(granted);
    }
}
