package eu.coact.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which of several attempts at a question counts as the participant's answer. */
public enum FinalAnswer {
    /** The last attempt given (a participant who corrects themselves means the correction). */
    LAST_ATTEMPT,
    /** The first attempt given. */
    FIRST_ATTEMPT;

    /** The name used in files, e.g. {@code last-attempt}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule written as {@code code} in a file, if there is one. */
    public static Optional<FinalAnswer> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /**
     * The answer that counts, given the answers recorded so far.
     *
     * @param attempts the attempt variables in order, e.g. {@code [yo_1, yo_2, yo_3]}
     * @param answers  recorded answers by variable
     * @return the value of the counting attempt, if any attempt was answered
     */
    public Optional<String> pick(List<String> attempts, Map<String, String> answers) {
        List<String> given = attempts.stream().filter(answers::containsKey).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answers.get(this == LAST_ATTEMPT ? given.get(given.size() - 1) : given.get(0)));
    }
}
