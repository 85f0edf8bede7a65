package eu.coact.export.internal;

import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer as the engine recorded it in the journal: who answered, in which block, to which
 * answer variable (an attempt such as {@code yo_2}, a confirmation, or a questionnaire item), the
 * stored value and when.
 *
 * @param sequence    the journal entry that holds it
 * @param participant the participant's pseudonym
 * @param block       the block answered in
 * @param variable    the answer variable
 * @param value       the stored value: a button's value, several separated by commas, or a free text
 * @param at          when the answer was accepted
 */
public record RecordedAnswer(
        long sequence, Pseudonym participant, BlockId block, String variable, String value, Instant at) {

    /** Checks presence. */
    public RecordedAnswer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    /** Names the block and variable only: the value may be a participant's own words. */
    @Override
    public String toString() {
        return "RecordedAnswer[#" + sequence + " " + block + "/" + variable + "]";
    }
}
