package eu.coact.content;

import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a block a microstory, beyond its messages: who tells it, where the support
 * happens, its themes, how its questions' attempts are answered, and which messages tell it
 * (their texts are the story's text in the open-data release). Immutable; no component is null.
 *
 * @param teller      the teller as a pseudonym or role, e.g. "Pau, a carer"
 * @param environment the social environment of the story
 * @param themes      themes such as {@code stigma} or {@code loneliness}
 * @param questions   the questions asked with confirm-and-retry
 * @param telling     the messages that tell the story, in the order they are read; empty when the
 *                    block names none, and then the message {@code story} tells it
 */
public record Story(
        @NotBlank(message = "name the teller (a pseudonym or a role)") @Size(max = 200)
        String teller,

        SocialEnvironment environment,
        Set<@NotBlank @Size(max = 64) String> themes,
        List<@Valid AttemptedQuestion> questions,
        List<MessageId> telling) {

    /** The message that tells a story when its block names none. */
    public static final MessageId STORY_MESSAGE = MessageId.of("story");

    /** Checks presence and copies collections, keeping the order of themes and telling messages. */
    public Story {
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(environment, "environment");
        themes = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
        questions = List.copyOf(questions);
        telling = List.copyOf(telling);
        if (Set.copyOf(telling).size() != telling.size()) {
            throw new IllegalArgumentException("each message tells a story once: " + telling);
        }
    }

    /**
     * A story told by the message {@code story}, as blocks wrote it before they could name
     * their telling messages.
     *
     * @param teller      the teller as a pseudonym or role
     * @param environment the social environment of the story
     * @param themes      themes of the story
     * @param questions   the questions asked with confirm-and-retry
     */
    public Story(String teller, SocialEnvironment environment, Set<String> themes, List<AttemptedQuestion> questions) {
        this(teller, environment, themes, questions, List.of());
    }

    /**
     * The messages whose texts are the story's text: those named, or the message {@code story}
     * when none is.
     *
     * @return the telling messages, never empty
     */
    public List<MessageId> tellingMessages() {
        return telling.isEmpty() ? List.of(STORY_MESSAGE) : telling;
    }
}
