package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message of a content block. Every message has a text, pacing, a {@link Next} and may
 * trigger {@link Action}s and fill {@link Placeholder}s; the variants differ in what the
 * participant can answer.
 */
public sealed interface Message permits Information, SingleChoice, MultipleChoice, FreeText, Media {

    /** The message's id, unique in its block. */
    MessageId id();

    /** The text shown (for media: the caption, possibly empty). */
    LocalizedText text();

    /** How long to wait before the next message. */
    Pacing pacing();

    /** Where the conversation goes next. */
    Next next();

    /** The side effects once the message is answered (or shown). */
    List<Action> actions();

    /** What fills each {@code {name}} placeholder of the text, by name. */
    Map<String, Placeholder> fills();

    /** The name used in files for this variant, e.g. {@code single-choice}. */
    String type();

    /** The variable the answer is stored under, for messages that take an answer. */
    default Optional<String> answerVariable() {
        return Optional.empty();
    }

    /**
     * What the answer can reveal about the participant, for messages that take an answer;
     * {@link DisclosureRole#NONE} for the others.
     */
    default DisclosureRole disclosure() {
        return DisclosureRole.NONE;
    }

    /** The buttons, for choice messages; empty otherwise. */
    default List<Option> options() {
        return List.of();
    }
}
