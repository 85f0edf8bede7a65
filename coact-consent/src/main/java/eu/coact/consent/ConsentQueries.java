package eu.coact.consent;

import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The consent questions other modules ask before they act: the conversation engine before it
 * sends anything, the export before it releases anything. Answers are derived from the ledger.
 */
public interface ConsentQueries {

    /**
     * May study content be sent to this participant now? Only if they are ACTIVE (not paused,
     * withdrawn, declined or erased) and the study's contact purpose is in force for them.
     * Constant time.
     *
     * @param participant the participant
     * @return true when they may be contacted
     */
    boolean mayContact(Pseudonym participant);

    /**
     * May this participant's data be used for a purpose at an instant? Only if at that instant
     * they were ACTIVE or PAUSED and the purpose was granted and in force (see re-consent).
     *
     * @param participant the participant
     * @param purpose     the purpose
     * @param at          the instant
     * @return true when it may
     */
    boolean mayProcess(Pseudonym participant, PurposeId purpose, Instant at);

    /**
     * Everyone whose data may be used for a purpose at an instant, e.g. to release open data.
     *
     * @param purpose the purpose
     * @param at      the instant
     * @return their pseudonyms, sorted
     */
    SortedSet<Pseudonym> publishable(PurposeId purpose, Instant at);

    /**
     * The state of a participant at an instant.
     *
     * @param participant the participant
     * @param at          the instant
     * @return their state, or empty if the ledger knew nothing of them then (or it was erased)
     */
    Optional<ParticipantState> stateAt(Pseudonym participant, Instant at);

    /**
     * The status of each purpose for a participant at an instant: the purposes of the document
     * that governed them, or every purpose of the study once they withdrew.
     *
     * @param participant the participant
     * @param at          the instant
     * @return purpose to status, in the document's order; empty if the ledger knew nothing of them
     */
    Map<PurposeId, PurposeStatus> purposesAt(Pseudonym participant, Instant at);

    /**
     * Participants who consented to a document version whose successor, published by
     * {@code at}, asks for other purposes: they are to be asked again.
     *
     * @param at the instant
     * @return their pseudonyms, sorted
     */
    SortedSet<Pseudonym> awaitingReconsent(Instant at);
}
