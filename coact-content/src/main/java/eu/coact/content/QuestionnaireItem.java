package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question as a codebook describes it: variable name, question per language, answer codes
 * with labels, and the missing-value codes (such as {@code nvr}, "I'd rather not answer").
 *
 * @param block     the block that asks it
 * @param variable  the variable name
 * @param question  the question per language
 * @param codes     the answer codes, in display order
 * @param missing   the missing-value codes
 * @param multiple  true when several codes can be chosen at once
 * @param disclosure what the answer can reveal about the participant, as the content declares it
 */
public record QuestionnaireItem(
        BlockId block,
        String variable,
        LocalizedText question,
        List<AnswerCode> codes,
        List<AnswerCode> missing,
        boolean multiple,
        DisclosureRole disclosure) {

    /** Checks presence and copies the lists. */
    public QuestionnaireItem {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(question, "question");
        codes = List.copyOf(codes);
        missing = List.copyOf(missing);
        Objects.requireNonNull(disclosure, "disclosure");
    }

    /**
     * The codebook items of a block: one per choice question, in message order. Free-text
     * answers are not coded and do not appear.
     */
    public static List<QuestionnaireItem> of(ContentBlock block) {
        List<QuestionnaireItem> items = new ArrayList<>();
        for (Message message : block.messages().values()) {
            if (message.options().isEmpty() || message.answerVariable().isEmpty()) {
                continue;
            }
            List<AnswerCode> codes = new ArrayList<>();
            List<AnswerCode> missing = new ArrayList<>();
            for (Option option : message.options()) {
                (option.missing() ? missing : codes).add(new AnswerCode(option.value(), option.label()));
            }
            items.add(new QuestionnaireItem(
                    block.id(),
                    message.answerVariable().get(),
                    message.text(),
                    codes,
                    missing,
                    message instanceof MultipleChoice,
                    message.disclosure()));
        }
        return items;
    }
}
