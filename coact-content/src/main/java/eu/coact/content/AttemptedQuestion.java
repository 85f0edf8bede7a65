package eu.coact.content;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A question asked with confirm-and-retry: the variables of its attempts, and the rule for
 * which attempt is the answer. The codebook names the question by {@code variable}.
 *
 * @param variable the question's name in the codebook, e.g. {@code yo}
 * @param attempts the answer variables of the attempts, in order, e.g. {@code [yo_1, yo_2, yo_3]}
 * @param rule     which attempt counts
 */
public record AttemptedQuestion(
        @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
        String variable,

        @NotEmpty(message = "a question needs at least one attempt")
        List<@Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE) String> attempts,

        FinalAnswer rule) {

    /** Checks presence and copies the list. */
    public AttemptedQuestion {
        Objects.requireNonNull(variable, "variable");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(rule, "rule");
    }

    /** The answer that counts, given the answers recorded in the block. */
    public Optional<String> finalAnswer(Map<String, String> answers) {
        return rule.pick(attempts, answers);
    }
}
