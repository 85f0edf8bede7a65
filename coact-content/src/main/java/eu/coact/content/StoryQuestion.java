package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A question asked after a microstory, e.g. "has something like this happened to you?".
 *
 * @param variable the question's name in the codebook, e.g. {@code yo}
 * @param question the question per language
 * @param options  the buttons
 */
public record StoryQuestion(String variable, LocalizedText question, List<Option> options) {

    /** Checks presence and copies the list. */
    public StoryQuestion {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
    }
}
