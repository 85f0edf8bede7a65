package eu.coact.export.internal;

import eu.coact.content.AttemptedQuestion;
import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Study;
import eu.coact.core.BlockId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an answer variable of a block stands for: an attempt at a question (final when no
 * confirmation follows it), the confirmation of an attempt (with the values that confirm),
 * or nothing to report (a continue button). Found once per study from its blocks; the final
 * answers of a journal are picked by it.
 */
record AnswerRole(
        Optional<AttemptedQuestion> question, boolean finalAttempt, Optional<String> confirms, Set<String> confirming) {

    /** A variable that gives no answer: a continue button, or a message of a story that is no attempt. */
    static final AnswerRole NOTHING = new AnswerRole(Optional.empty(), false, Optional.empty(), Set.of());

    /** The roles of a block the study does not have: every variable is a plain question. */
    static final FewKeys<AnswerRole> NO_ROLES = new FewKeys<>(Map.of());

    /** The roles of the answer variables of each block of a study. */
    static Map<BlockId, FewKeys<AnswerRole>> byBlock(Study study) {
        Map<BlockId, FewKeys<AnswerRole>> roles = new HashMap<>();
        for (ContentBlock block : study.blocks().values()) {
            Map<String, AnswerRole> byVariable = new HashMap<>();
            for (Message message : block.messages().values()) {
                // A button with a single choice carries no answer: it only moves the conversation on.
                boolean continuePress = message instanceof eu.coact.content.SingleChoice
                        && message.options().size() == 1;
                if (block.story().isPresent() || continuePress) {
                    message.answerVariable().ifPresent(v -> byVariable.put(v, NOTHING));
                }
            }
            block.story().ifPresent(story -> {
                for (AttemptedQuestion question : story.questions()) {
                    for (String attempt : question.attempts()) {
                        Optional<Message> confirmation = confirmationAfter(block, attempt);
                        byVariable.put(
                                attempt,
                                new AnswerRole(
                                        Optional.of(question), confirmation.isEmpty(), Optional.empty(), Set.of()));
                        confirmation.ifPresent(c -> byVariable.put(
                                c.answerVariable().orElseThrow(),
                                new AnswerRole(
                                        Optional.empty(),
                                        false,
                                        Optional.of(attempt),
                                        confirmingValues(block, c, question))));
                    }
                }
            });
            roles.put(block.id(), new FewKeys<>(byVariable));
        }
        return roles;
    }

    /**
     * The choice message that asks to confirm an attempt, if one follows it: it branches on its
     * own answer and is no attempt itself (a last attempt may lead straight to the next question).
     */
    private static Optional<Message> confirmationAfter(ContentBlock block, String attempt) {
        Set<String> attempts = new HashSet<>();
        block.story().ifPresent(s -> s.questions().forEach(q -> attempts.addAll(q.attempts())));
        return block.messages().values().stream()
                .filter(m -> m.answerVariable().filter(attempt::equals).isPresent())
                .findFirst()
                .map(Message::next)
                .filter(n -> n instanceof Next.GoTo)
                .map(n -> ((Next.GoTo) n).target())
                .flatMap(id -> Optional.ofNullable(block.messages().get(id)))
                .filter(m ->
                        m.answerVariable().filter(v -> !attempts.contains(v)).isPresent()
                                && !m.options().isEmpty()
                                && m.next() instanceof Next.OnAnswer);
    }

    /**
     * The values of a confirmation that do not lead to another attempt: pressing one of them
     * confirms. An attempt is known by the variable its message asks, whatever the message's id.
     */
    private static Set<String> confirmingValues(ContentBlock block, Message confirmation, AttemptedQuestion question) {
        Set<String> values = new HashSet<>();
        Map<String, eu.coact.core.MessageId> cases =
                confirmation.next() instanceof Next.OnAnswer on ? on.cases() : Map.of();
        for (eu.coact.content.Option option : confirmation.options()) {
            Optional<String> asked = Optional.ofNullable(cases.get(option.value()))
                    .flatMap(block::message)
                    .flatMap(Message::answerVariable);
            if (asked.filter(question.attempts()::contains).isEmpty()) {
                values.add(option.value());
            }
        }
        return Set.copyOf(values);
    }
}
