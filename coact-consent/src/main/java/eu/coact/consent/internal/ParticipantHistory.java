package eu.coact.consent.internal;

import eu.coact.consent.ParticipantState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One participant's states over time, to answer "where did they stand at t?" by binary search. */
public final class ParticipantHistory {

    private final List<ParticipantState> states = new ArrayList<>(4);

    /** Adds the state entered at {@code state.since()} or, when unchanged, at {@code at}. */
    public void add(ParticipantState state) {
        states.add(state);
    }

    /** Forgets everything before an erasure, keeping only the erased state. */
    public void forgetAllBut(ParticipantState erased) {
        states.clear();
        states.add(erased);
    }

    /** The latest state. */
    public ParticipantState current() {
        return states.get(states.size() - 1);
    }

    /** The state at {@code at}: the last one entered at or before it. */
    public Optional<ParticipantState> at(Instant at) {
        int low = 0;
        int high = states.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (!states.get(mid).since().isAfter(at)) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(states.get(found));
    }
}
