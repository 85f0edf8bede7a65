package eu.coact.export.internal;

import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer that counts for one question of one block, for one participant: for a microstory
 * question the attempt chosen by the block's final-answer rule, for any other question the
 * last value recorded.
 *
 * @param participant the participant's pseudonym
 * @param block       the block
 * @param question    the question's variable in the codebook, e.g. {@code yo} (not {@code yo_2})
 * @param value       the final answer
 * @param attempts    how many attempts at the question were answered, at least 1
 * @param answeredAt  when the counting answer was given
 */
public record QuestionAnswer(
        Pseudonym participant, BlockId block, String question, String value, int attempts, Instant answeredAt) {

    /** Checks presence and that at least one attempt was made. */
    public QuestionAnswer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (attempts < 1) {
            throw new IllegalArgumentException("an answered question has at least one attempt");
        }
    }

    /** Names the block and question only: the value may be a participant's own words. */
    @Override
    public String toString() {
        return "QuestionAnswer[" + block + "/" + question + ", " + attempts + " attempt(s)]";
    }
}
