package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question the study asks after every microstory of one kind, declared once in the study's
 * {@code microstories:} section, e.g. "Has something like this happened to you?".
 *
 * <p>A question may take its answers from each story ({@code storyOptions}): a find-solutions
 * story offers its own ways out of its dilemma. The question's own {@code options} then follow
 * the story's, which suits a shared "I'd rather not answer".
 *
 * @param variable     the question's name in the codebook, e.g. {@code me}
 * @param question     the question per language
 * @param options      the buttons every story shares (after the story's own, when it brings them)
 * @param storyOptions true when each story brings its own buttons for this question
 */
public record PatternQuestion(String variable, LocalizedText question, List<Option> options, boolean storyOptions) {

    /** Checks presence and copies the list. */
    public PatternQuestion {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(question, "question");
        options = List.copyOf(options);
    }

    /** The question as asked after one story, whose own buttons are {@code storyButtons}. */
    public StoryQuestion forStory(List<Option> storyButtons) {
        if (!storyOptions) {
            return new StoryQuestion(variable, question, options);
        }
        List<Option> all = new ArrayList<>(storyButtons);
        all.addAll(options);
        return new StoryQuestion(variable, question, all);
    }
}
