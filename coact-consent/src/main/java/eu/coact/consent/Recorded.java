package eu.coact.consent;

import java.util.Objects;

/**
 * What recording a transition produced.
 *
 * @param sequence the journal sequence number of the recorded transition
 * @param state    the participant's state after it
 * @param receipt  the receipt to give the participant
 */
public record Recorded(long sequence, ParticipantState state, ConsentReceipt receipt) {

    /** Checks the parts. */
    public Recorded {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receipt, "receipt");
    }
}
