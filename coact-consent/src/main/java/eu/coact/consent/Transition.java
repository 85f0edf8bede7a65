package eu.coact.consent;

import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable fact that moves a participant through the consent lifecycle. Each names the
 * participant (by pseudonym), when it happened, who caused it and through which kind of channel;
 * the ledger adds the consent document the participant was under, so that every recorded
 * transition carries document version and digest.
 */
public sealed interface Transition {

    /** The participant. */
    Pseudonym participant();

    /** When it happened. */
    Instant at();

    /** Who caused it. */
    Actor actor();

    /** Through which kind of channel. */
    Channel channel();

    /** The kebab-case kind of transition, e.g. {@code consent-given}, used in the ledger and receipts. */
    default String kind() {
        return TransitionKinds.of(this);
    }

    /**
     * First contact with a prospective participant in a role (PROSPECTIVE).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     * @param role        the role they are invited to
     */
    record FirstContact(Pseudonym participant, Instant at, Actor actor, Channel channel, ParticipationRole role)
            implements Transition {
        /** Checks the parts. */
        public FirstContact {
            requireCommon(participant, at, actor, channel);
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * A consent document was shown (INFORMED).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     * @param document    exactly which text was shown
     */
    record DocumentShown(Pseudonym participant, Instant at, Actor actor, Channel channel, DocumentReference document)
            implements Transition {
        /** Checks the parts. */
        public DocumentShown {
            requireCommon(participant, at, actor, channel);
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * The participant consented to a document, granting some of its purposes (ACTIVE); also
     * used for re-consent to a newer version.
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     * @param document    the document consented to
     * @param granted     the purposes granted; the document's other purposes are refused
     * @param eligibility the age declared and whether a supporter helped decide
     */
    record ConsentGiven(
            Pseudonym participant,
            Instant at,
            Actor actor,
            Channel channel,
            DocumentReference document,
            Set<PurposeId> granted,
            Eligibility eligibility)
            implements Transition {
        /** Checks the parts and copies the set. */
        public ConsentGiven {
            requireCommon(participant, at, actor, channel);
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(eligibility, "eligibility");
            granted = Set.copyOf(granted);
        }
    }

    /**
     * The participant refused to take part (DECLINED).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     */
    record ConsentDeclined(Pseudonym participant, Instant at, Actor actor, Channel channel) implements Transition {
        /** Checks the parts. */
        public ConsentDeclined {
            requireCommon(participant, at, actor, channel);
        }
    }

    /**
     * An active or paused participant granted or revoked one optional purpose.
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     * @param purpose     the purpose
     * @param granted     true to grant, false to revoke
     */
    record PurposeChanged(
            Pseudonym participant, Instant at, Actor actor, Channel channel, PurposeId purpose, boolean granted)
            implements Transition {
        /** Checks the parts. */
        public PurposeChanged {
            requireCommon(participant, at, actor, channel);
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    /**
     * An active participant paused contact (PAUSED).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     */
    record ContactPaused(Pseudonym participant, Instant at, Actor actor, Channel channel) implements Transition {
        /** Checks the parts. */
        public ContactPaused {
            requireCommon(participant, at, actor, channel);
        }
    }

    /**
     * A paused participant resumed (ACTIVE again).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     */
    record ContactResumed(Pseudonym participant, Instant at, Actor actor, Channel channel) implements Transition {
        /** Checks the parts. */
        public ContactResumed {
            requireCommon(participant, at, actor, channel);
        }
    }

    /**
     * An active or paused participant withdrew (WITHDRAWN; ERASED too if they chose so). The
     * ledger records the study's policy for already-analysed data with it.
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     * @param choice      stop contact only, or also erase
     */
    record ConsentWithdrawn(Pseudonym participant, Instant at, Actor actor, Channel channel, WithdrawalChoice choice)
            implements Transition {
        /** Checks the parts. */
        public ConsentWithdrawn {
            requireCommon(participant, at, actor, channel);
            Objects.requireNonNull(choice, "choice");
        }
    }

    /**
     * The participant's data is erased (ERASED): the ledger redacts every payload about them and
     * keeps only a tombstone (pseudonym, time, kind).
     *
     * @param participant the participant
     * @param at          when
     * @param actor       who
     * @param channel     through which kind of channel
     */
    record DataErased(Pseudonym participant, Instant at, Actor actor, Channel channel) implements Transition {
        /** Checks the parts. */
        public DataErased {
            requireCommon(participant, at, actor, channel);
        }
    }

    private static void requireCommon(Pseudonym participant, Instant at, Actor actor, Channel channel) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
    }
}
