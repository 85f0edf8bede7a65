package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * A message without an answer: shown, then the conversation continues after the pacing.
 *
 * @param id      the message id
 * @param text    the text per language
 * @param pacing  the wait before the next message
 * @param next    where to go next
 * @param actions side effects once shown
 * @param fills   placeholder fillers by name
 */
public record Information(
        MessageId id,
        LocalizedText text,
        @Valid Pacing pacing,
        Next next,
        List<@Valid Action> actions,
        Map<String, Placeholder> fills)
        implements Message {

    /** Checks presence and copies collections. */
    public Information {
        MessageRules.requireCommon(id, text, pacing, next);
        actions = List.copyOf(actions);
        fills = MessageRules.fills(fills);
    }

    /** An information message with default pacing, no actions and no placeholders. */
    public static Information of(MessageId id, LocalizedText text, Next next) {
        return new Information(id, text, Pacing.standard(), next, List.of(), Map.of());
    }

    @Override
    public String type() {
        return "information";
    }
}
