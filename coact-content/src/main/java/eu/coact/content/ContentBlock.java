package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dialogue sent to a participant as a unit: a microstory with its questions, a
 * questionnaire, an information text or a settings dialogue. Immutable.
 *
 * @param id          the block id, unique in the study
 * @param kind        what the block is for
 * @param languages   the languages every text of the block must be written in
 * @param entry       the first message
 * @param messages    the messages by id, in the order they were written
 * @param authorship  who wrote the block, when, and where it comes from
 * @param sensitivity content warnings and the help note
 * @param score       points a participant earns for completing the block, if the study counts them
 * @param story       microstory details (teller, social environment, themes, question attempts)
 */
public record ContentBlock(
        BlockId id,
        BlockKind kind,
        @NotEmpty(message = "declare at least one language") List<Language> languages,
        MessageId entry,

        @NotEmpty(message = "a block needs at least one message")
        Map<MessageId, @Valid Message> messages,

        @Valid Authorship authorship,
        Sensitivity sensitivity,
        Optional<
                        @PositiveOrZero(message = "a score cannot be negative")
                        @Max(value = 1000, message = "a score is at most 1000") Integer>
                score,
        Optional<@Valid Story> story) {

    /** Checks presence and copies collections, keeping the order of messages. */
    public ContentBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        languages = List.copyOf(languages);
        Objects.requireNonNull(entry, "entry");
        messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        messages.forEach((key, message) -> {
            if (!key.equals(message.id())) {
                throw new IllegalArgumentException("message " + message.id() + " is filed under the id " + key);
            }
        });
        Objects.requireNonNull(authorship, "authorship");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(story, "story");
    }

    /**
     * A block from a list of messages (the first one is the entry), without content warnings,
     * score or story; {@link #withSensitivity} and {@link #withScore} add them.
     *
     * @param id         the block id
     * @param kind       what the block is for
     * @param languages  the languages every text of the block must be written in
     * @param messages   the messages in the order they were written, the entry first
     * @param authorship who wrote the block
     * @return the block
     * @throws IllegalArgumentException when two messages have the same id or the list is empty
     */
    public static ContentBlock of(
            BlockId id, BlockKind kind, List<Language> languages, List<Message> messages, Authorship authorship) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one message");
        }
        Map<MessageId, Message> byId = new LinkedHashMap<>();
        for (Message message : messages) {
            if (byId.put(message.id(), message) != null) {
                throw new IllegalArgumentException("two messages have the id " + message.id());
            }
        }
        return new ContentBlock(
                id,
                kind,
                languages,
                messages.get(0).id(),
                byId,
                authorship,
                Sensitivity.none(),
                Optional.empty(),
                Optional.empty());
    }

    /** The message with this id, if the block has one. */
    public Optional<Message> message(MessageId messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    /** This block with these content warnings and help note in place of its own. */
    public ContentBlock withSensitivity(Sensitivity newSensitivity) {
        return new ContentBlock(id, kind, languages, entry, messages, authorship, newSensitivity, score, story);
    }

    /** This block with a score. */
    public ContentBlock withScore(int points) {
        return new ContentBlock(
                id, kind, languages, entry, messages, authorship, sensitivity, Optional.of(points), story);
    }

    /**
     * This block with other messages, everything else kept; the entry must still be among them.
     *
     * @param newMessages the messages by id
     * @return the block with these messages
     */
    public ContentBlock withMessages(Map<MessageId, Message> newMessages) {
        return new ContentBlock(id, kind, languages, entry, newMessages, authorship, sensitivity, score, story);
    }
}
