package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question where the participant may press several buttons before confirming. Its answer
 * is a set of values, so it cannot branch on its own answer.
 *
 * @param id       the message id
 * @param text     the question per language
 * @param variable the name the answer is stored under
 * @param options  the buttons, in display order
 * @param pacing   the wait before the next message
 * @param next     where to go next
 * @param actions  side effects once answered
 * @param fills    placeholder fillers by name
 * @param disclosure what the answer can reveal about the participant
 */
public record MultipleChoice(
        MessageId id,
        LocalizedText text,

        @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
        String variable,

        @NotEmpty(message = "a choice needs at least one button")
        @Size(max = 20, message = "a choice has at most 20 buttons")
        List<@Valid Option> options,

        @Valid Pacing pacing,
        Next next,
        List<@Valid Action> actions,
        Map<String, Placeholder> fills,
        DisclosureRole disclosure)
        implements Message {

    /** Checks presence and copies collections. */
    public MultipleChoice {
        MessageRules.requireCommon(id, text, pacing, next);
        MessageRules.requireQuestion(variable, disclosure);
        options = List.copyOf(options);
        actions = List.copyOf(actions);
        fills = MessageRules.fills(fills);
    }

    /** A multiple-choice question with default pacing and nothing else attached. */
    public static MultipleChoice of(
            MessageId id, LocalizedText text, String variable, List<Option> options, Next next) {
        return new MultipleChoice(
                id, text, variable, options, Pacing.standard(), next, List.of(), Map.of(), DisclosureRole.NONE);
    }

    @Override
    public String type() {
        return "multiple-choice";
    }

    @Override
    public Optional<String> answerVariable() {
        return Optional.of(variable);
    }
}
