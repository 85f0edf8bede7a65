package eu.coact.export;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which final answers an indicator counts: answers to a question (in one block, or in every block
 * that asks it, as every microstory asks "has it happened to you?"), with one of the given codes,
 * or any code that is not a "rather not answer" one when no codes are given.
 *
 * @param block    the block, or empty for every block that asks the question
 * @param question the question's variable, e.g. {@code yo}
 * @param answers  the answer codes counted; empty means every answer except missing ones
 */
public record AnswerFilter(Optional<String> block, String question, Set<String> answers) {

    /** Checks presence and copies the set. */
    public AnswerFilter {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(question, "question");
        answers = Set.copyOf(answers);
    }

    /**
     * Whether an answer passes the filter.
     *
     * @param answerBlock    the block it was given in
     * @param answerQuestion the question
     * @param code           the final answer code
     * @param missing        whether the code is a "rather not answer" code
     * @return true when counted
     */
    public boolean matches(String answerBlock, String answerQuestion, String code, boolean missing) {
        if (!question.equals(answerQuestion)
                || block.filter(b -> !b.equals(answerBlock)).isPresent()) {
            return false;
        }
        return answers.isEmpty() ? !missing : answers.contains(code);
    }
}
