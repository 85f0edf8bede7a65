package eu.coact.engine.internal;

import eu.coact.consent.ConsentDocument;
import eu.coact.content.Action;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.Outgoing;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the engine records consent decisions and lifecycle changes besides its own journal
 * events: nowhere (the journal alone is the record), or a consent ledger. Each method is called
 * before the engine writes its own event, so the ledger is never behind the conversation.
 */
interface ConsentRecords {

    /** The journal alone: nothing is recorded elsewhere, every decision stands. */
    ConsentRecords NONE = new ConsentRecords() {};

    /** Records first contact with someone who just wrote for the first time. */
    default void joined(Participant p, Instant at) {}

    /**
     * The consent document a block that asks for consent must send first, in the participant's
     * language: for someone the record has not yet settled (a newcomer); empty otherwise.
     */
    default Optional<ConsentDocument> toShow(Participant p, Action.RecordConsent decision) {
        return Optional.empty();
    }

    /**
     * Records that a message of a consent document sent by {@link #toShow} reached the channel:
     * once its text and (when it has one) its file have, "shown" with the digest of exactly the
     * text and file bytes delivered, dated when the last of them was delivered.
     *
     * @param p         the participant
     * @param reference the envelope's reference ({@link ConsentDocuments#reference})
     * @param message   the message handed to the channel: the text, or the file with the digest of its bytes
     * @param at        when
     */
    default void delivered(Participant p, String reference, Outgoing message, Instant at) {}

    /**
     * Whether the consent document a decision is about has reached the participant in full, as
     * {@link #delivered} records it (or consent to it already stands): only then may consent be
     * recorded. True where the journal alone is the record.
     */
    default boolean shown(Participant p, Action.RecordConsent decision) {
        return true;
    }

    /**
     * Records consent given in a conversation.
     *
     * @return empty when recorded; otherwise why the ledger did not accept it (the participant
     *         then has not consented)
     */
    default Optional<String> given(Participant p, Action.RecordConsent decision, Instant at) {
        return Optional.empty();
    }

    /** Records consent refused by someone who had not consented, or withdrawn by someone who had. */
    default void refused(Participant p, Action.RecordConsent decision, Instant at) {}

    /** Grants or revokes the optional purposes a decision names, for someone who consented. */
    default void purposes(Participant p, Action.RecordConsent decision, Instant at) {}

    /** Records a pause; {@code byParticipant} is false when the channel caused it. */
    default void paused(Participant p, boolean byParticipant, Instant at) {}

    /** Records a resumption. */
    default void resumed(Participant p, Instant at) {}

    /** Records that the participant confirmed leaving and is asked whether to erase: no more contact. */
    default void leaving(Participant p, Instant at) {}

    /** Records the withdrawal, with the choice to erase. */
    default void withdrew(Participant p, boolean erase, Instant at) {}

    /** True when the record says the participant's data was erased. */
    default boolean erased(Participant p) {
        return false;
    }

    /** Where the record says the participant stands, when there is a record besides the journal. */
    default Optional<Standing> standing(Participant p) {
        return Optional.empty();
    }
}
