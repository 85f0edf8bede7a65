package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * What every microstory of one kind shares: how it is introduced, the questions asked after it,
 * and the closing thanks. Declared once per study in the {@code microstories:} section.
 *
 * @param introduction the message before the story, e.g. "Someone wants to share an experience with you."
 * @param questions    the questions asked after the story, in order
 * @param thanks       the closing message
 */
public record StoryTemplate(LocalizedText introduction, List<PatternQuestion> questions, LocalizedText thanks) {

    /** Checks presence and copies the list. */
    public StoryTemplate {
        Objects.requireNonNull(introduction, "introduction");
        questions = List.copyOf(questions);
        Objects.requireNonNull(thanks, "thanks");
    }

    /** True when one of the questions takes its buttons from each story. */
    public boolean takesStoryOptions() {
        return questions.stream().anyMatch(PatternQuestion::storyOptions);
    }
}
