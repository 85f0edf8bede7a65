package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.Objects;

/**
 * The confirm-and-retry pattern of the original study, defined once and applied to every
 * microstory question: after an answer the participant confirms it; on "no" the question is
 * asked again, up to {@code attempts} times; after the last attempt a note says the answer was
 * saved. Which attempt counts is given by {@code rule}.
 *
 * @param attempts how many times a question may be asked (1 means no confirmation)
 * @param confirm  the confirmation question, e.g. "Do you confirm?"
 * @param yes      the confirming button
 * @param no       the button that asks again
 * @param saved    the note after the last attempt
 * @param rule     which attempt is the answer
 */
public record ConfirmAndRetry(
        int attempts, LocalizedText confirm, Option yes, Option no, LocalizedText saved, FinalAnswer rule) {

    /** Checks the parts; at most 9 attempts, because participants should not be asked endlessly. */
    public ConfirmAndRetry {
        if (attempts < 1 || attempts > 9) {
            throw new IllegalArgumentException("a question is asked between 1 and 9 times");
        }
        Objects.requireNonNull(confirm, "confirm");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(rule, "rule");
        if (yes.value().equals(no.value())) {
            throw new IllegalArgumentException("the confirming and retrying buttons need different values");
        }
    }

    /** The attempt variable for a question: {@code yo} and 2 give {@code yo_2}. */
    public String attemptVariable(String question, int attempt) {
        return question + "_" + attempt;
    }

    /** The confirmation variable for an attempt: {@code v_yo_2}. */
    public String confirmVariable(String question, int attempt) {
        return "v_" + attemptVariable(question, attempt);
    }
}
