package eu.coact.content.legacy.internal;

import eu.coact.content.AttemptedQuestion;
import eu.coact.content.BlockKind;
import eu.coact.content.FinalAnswer;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Story;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.core.BlockId;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story details of an imported microstory: teller, environment and themes from the mapping
 * (the legacy files never had them), and the confirm-and-retry questions from the answer
 * variables' names ({@code yo_1}, {@code yo_2} are attempts at {@code yo}; the last one given
 * counts, as in the original study). Confirmations ({@code v_yo_1}) and continue-presses are
 * not questions. The messages that tell the story are the mapping's {@code story-messages}, or
 * else those with text that a participant reads from the start of the block up to its first
 * question: information, media, and the old format's texts with a single "continue" button.
 */
final class LegacyStories {

    private static final Pattern ATTEMPT = Pattern.compile("(?!v_)([\\p{L}][\\p{L}\\p{N}]*)_([1-9])");

    private LegacyStories() {}

    /**
     * The story of a microstory block; empty, with an error, when the mapping lacks its details.
     *
     * @param id       the block
     * @param kind     its kind: only microstories have a story
     * @param said     what the mapping says about the block
     * @param entry    the block's first message
     * @param messages the block's messages by id
     * @param in       where problems are reported, located in the block's legacy file
     */
    static Optional<Story> story(
            BlockId id,
            BlockKind kind,
            BlockMapping said,
            MessageId entry,
            Map<MessageId, Message> messages,
            NodeReader in) {
        if (kind != BlockKind.SHARE_EXPERIENCE && kind != BlockKind.FIND_SOLUTIONS) {
            if (!said.storyMessages().isEmpty()) {
                in.warning(
                        "unused-mapping",
                        "The mapping names the messages that tell the story of '" + id
                                + "', but this block is not a microstory (share-experience or find-solutions).",
                        "/title");
            }
            return Optional.empty();
        }
        if (said.teller().isEmpty() || said.environment().isEmpty()) {
            in.error(
                    "missing-story-details",
                    "The legacy files do not say who tells this microstory or in which "
                            + "social environment it happens; give them in the mapping file under 'blocks: " + id
                            + ": {teller: ..., environment: close | professional-institutional | society, themes: [...]}'.",
                    "/title");
            return Optional.empty();
        }
        Map<String, List<String>> attempts = new LinkedHashMap<>();
        for (Message message : messages.values()) {
            message.answerVariable().filter(v -> message.options().size() > 1).ifPresent(variable -> {
                Matcher m = ATTEMPT.matcher(variable);
                if (m.matches()) {
                    attempts.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(variable);
                }
            });
        }
        List<AttemptedQuestion> questions = new ArrayList<>();
        attempts.forEach((question, variables) -> questions.add(
                new AttemptedQuestion(question, variables.stream().sorted().toList(), FinalAnswer.LAST_ATTEMPT)));
        return Optional.of(new Story(
                said.teller().get(),
                said.environment().get(),
                said.themes(),
                questions,
                telling(id, said, entry, messages, in)));
    }

    /** The mapping's telling messages that the block has (the others reported), or those found in the block. */
    private static List<MessageId> telling(
            BlockId id, BlockMapping said, MessageId entry, Map<MessageId, Message> messages, NodeReader in) {
        if (said.storyMessages().isEmpty()) {
            return beforeFirstQuestion(entry, messages);
        }
        List<MessageId> found = new ArrayList<>();
        for (MessageId message : said.storyMessages()) {
            if (messages.containsKey(message)) {
                found.add(message);
            } else {
                in.error(
                        "dangling-story-message",
                        "The mapping's 'story-messages' of '" + id + "' name '" + message
                                + "', which is not a message of this block.",
                        "/messages");
            }
        }
        return found;
    }

    /**
     * The messages with text on the way from the block's first message to its first question,
     * following single continuations only (a branch is a choice, and what it leads to is not
     * told to everyone).
     */
    static List<MessageId> beforeFirstQuestion(MessageId entry, Map<MessageId, Message> messages) {
        List<MessageId> telling = new ArrayList<>();
        Set<MessageId> seen = new HashSet<>();
        Optional<MessageId> at = Optional.of(entry);
        while (at.isPresent() && seen.add(at.get())) {
            Message message = messages.get(at.get());
            if (message == null || isQuestion(message)) {
                break;
            }
            if (!message.text().isEmpty()) {
                telling.add(message.id());
            }
            List<MessageId> next = message.next().targets().distinct().toList();
            at = next.size() == 1 ? Optional.of(next.get(0)) : Optional.empty();
        }
        return telling;
    }

    /** A message that asks something: typed, several choices, or buttons to choose between. */
    private static boolean isQuestion(Message message) {
        return message instanceof FreeText
                || message instanceof MultipleChoice
                || message.options().size() > 1;
    }
}
