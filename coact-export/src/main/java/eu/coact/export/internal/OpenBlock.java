package eu.coact.export.internal;

import eu.coact.content.AttemptedQuestion;
import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The answers of one participant in the block they are in, by question: which attempts were
 * given and which questions are settled, and on closing, the answer that counts for each.
 */
final class OpenBlock {

    /** How a run of a block ended, as far as its answers are concerned. */
    enum Ending {
        /** Completed, replaced by another block, or still open at the end of the journal. */
        KEPT,
        /** Skipped after its content warning, or left unfinished: a story run that gives no answer. */
        DROPPED
    }

    private final Pseudonym participant;
    private final BlockId block;
    private final FewKeys<AnswerRole> roles;
    /** Per question: the recorded value of each attempt variable (the latest if recorded twice). */
    private final Map<String, Map<String, RecordedAnswer>> byQuestion = new LinkedHashMap<>();
    /** The questions with a confirmed attempt, or whose last attempt was answered. */
    private final Set<String> settled = new HashSet<>();

    private boolean story;

    OpenBlock(Pseudonym participant, BlockId block, FewKeys<AnswerRole> roles) {
        this.participant = participant;
        this.block = block;
        this.roles = roles;
    }

    /** The block these answers belong to. */
    BlockId block() {
        return block;
    }

    void add(RecordedAnswer answer) {
        AnswerRole role = roles.get(answer.variable());
        if (role == null) {
            byQuestion
                    .computeIfAbsent(answer.variable(), q -> new LinkedHashMap<>(4))
                    .put(answer.variable(), answer);
            settled.add(answer.variable());
            return;
        }
        if (role.confirms().isPresent()) {
            AnswerRole attempt = roles.get(role.confirms().get());
            String question = attempt.question().orElseThrow().variable();
            Map<String, RecordedAnswer> given = byQuestion.get(question);
            if (given != null
                    && given.containsKey(role.confirms().get())
                    && role.confirming().contains(answer.value())) {
                settled.add(question);
            }
            return;
        }
        if (role.question().isEmpty()) {
            return;
        }
        story = true;
        String question = role.question().get().variable();
        byQuestion.computeIfAbsent(question, q -> new LinkedHashMap<>(4)).put(answer.variable(), answer);
        if (role.finalAttempt()) {
            settled.add(question);
        }
    }

    void close(Consumer<? super QuestionAnswer> sink, Ending ending) {
        if (story && ending == Ending.DROPPED) {
            return;
        }
        byQuestion.forEach((question, attempts) -> {
            if (!settled.contains(question)) {
                return;
            }
            RecordedAnswer counting;
            AnswerRole role = roles.get(attempts.keySet().iterator().next());
            if (role == null || attempts.size() == 1) {
                // Whatever the rule, a single attempt given is the one that counts.
                counting = attempts.values().iterator().next();
            } else {
                AttemptedQuestion rule = role.question().orElseThrow();
                // The rule picks among attempt variables; mapping each to itself yields the one chosen.
                Map<String, String> given = new HashMap<>();
                attempts.keySet().forEach(v -> given.put(v, v));
                String chosen = rule.rule().pick(rule.attempts(), given).orElseThrow();
                counting = attempts.get(chosen);
            }
            sink.accept(
                    new QuestionAnswer(participant, block, question, counting.value(), attempts.size(), counting.at()));
        });
    }
}
