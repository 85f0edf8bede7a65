package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A question answered by typing. The answer is checked against a declared length and format;
 * typing the skip word (e.g. "NO") skips the question.
 *
 * @param id        the message id
 * @param text      the question per language
 * @param variable  the name the answer is stored under
 * @param maxLength the longest answer accepted, in characters
 * @param format    the shape an answer must have
 * @param skipWord  the word that skips the question, per language
 * @param pacing    the wait before the next message
 * @param next      where to go next
 * @param actions   side effects once answered
 * @param fills     placeholder fillers by name
 * @param disclosure what the answer can reveal about the participant
 */
public record FreeText(
        MessageId id,
        LocalizedText text,

        @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
        String variable,

        @Min(value = 1, message = "the longest answer must be at least 1 character")
        @Max(value = 4096, message = "the longest answer is at most 4096 characters")
        int maxLength,

        TextFormat format,
        Optional<LocalizedText> skipWord,
        @Valid Pacing pacing,
        Next next,
        List<@Valid Action> actions,
        Map<String, Placeholder> fills,
        DisclosureRole disclosure)
        implements Message {

    /** Checks presence and copies collections. */
    public FreeText {
        MessageRules.requireCommon(id, text, pacing, next);
        MessageRules.requireQuestion(variable, disclosure);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(skipWord, "skipWord");
        actions = List.copyOf(actions);
        fills = MessageRules.fills(fills);
    }

    /** A free-text question of any text up to {@code maxLength}, without skip word. */
    public static FreeText of(MessageId id, LocalizedText text, String variable, int maxLength, Next next) {
        return new FreeText(
                id,
                text,
                variable,
                maxLength,
                TextFormat.TEXT,
                Optional.empty(),
                Pacing.standard(),
                next,
                List.of(),
                Map.of(),
                DisclosureRole.defaultFor(TextFormat.TEXT));
    }

    /**
     * Whether a typed answer is accepted: the skip word in the participant's language, or a text
     * of at most {@code maxLength} characters (surrounding spaces aside) in the declared format.
     */
    public boolean accepts(String answer, eu.coact.core.Language language) {
        String typed = answer.strip();
        if (isSkipWord(typed, language)) {
            return true;
        }
        return typed.codePointCount(0, typed.length()) <= maxLength && format.accepts(typed);
    }

    /** Whether a typed answer is this question's skip word in the participant's language. */
    public boolean isSkipWord(String answer, eu.coact.core.Language language) {
        String typed = answer.strip();
        return skipWord.flatMap(w -> w.in(language))
                .filter(w -> w.equalsIgnoreCase(typed))
                .isPresent();
    }

    @Override
    public String type() {
        return "free-text";
    }

    @Override
    public Optional<String> answerVariable() {
        return Optional.of(variable);
    }
}
