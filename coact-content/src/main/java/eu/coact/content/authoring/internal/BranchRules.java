package eu.coact.content.authoring.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.SingleChoice;
import eu.coact.core.MessageId;
import eu.coact.core.read.SourceDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules about where a block's messages go next: every target is a message of the block, a
 * branch reads an answer that can choose, and its cases cover the values that answer can take.
 */
final class BranchRules {

    private final BlockUnderCheck checked;
    private final ContentBlock block;
    private final Map<String, Message> answeredBy;

    BranchRules(BlockUnderCheck checked) {
        this.checked = checked;
        this.block = checked.block();
        this.answeredBy = checked.answeredBy();
    }

    /** Checks the {@code next} of one message, found at {@code at}. */
    void check(Message message, String at) {
        Next next = message.next();
        if (next instanceof Next.GoTo goTo) {
            target(goTo.target(), at + "/next");
        } else if (next instanceof Next.OnAnswer branch) {
            branch.cases()
                    .forEach((value, target) -> target(target, at + "/next/cases/" + SourceDocument.escape(value)));
            branch.otherwise().ifPresent(t -> target(t, at + "/next/otherwise"));
            if (message instanceof SingleChoice || message instanceof FreeText) {
                coverage(
                        message.options(),
                        branch.cases(),
                        branch.otherwise(),
                        message.id().value(),
                        at);
            } else {
                checked.error(
                        "branch-without-answer",
                        "Only a single-choice or free-text message can branch on its own " + "answer; this is a "
                                + message.type() + " message.",
                        at + "/next");
            }
        } else if (next instanceof Next.OnTyped typed) {
            target(typed.valid(), at + "/next/valid");
            typed.skipped().ifPresent(t -> target(t, at + "/next/skipped"));
            typed.invalid().ifPresent(t -> target(t, at + "/next/invalid"));
            if (!(message instanceof FreeText free)) {
                checked.error(
                        "branch-without-answer",
                        "Only a free-text message can branch on the shape of its answer; " + "this is a "
                                + message.type() + " message.",
                        at + "/next");
            } else if (typed.skipped().isPresent() && free.skipWord().isEmpty()) {
                checked.error(
                        "missing-field",
                        "The branch names where the skip word goes, but the question has no " + "'skip-word'.",
                        at + "/next/skipped");
            }
        } else if (next instanceof Next.OnEarlierAnswer branch) {
            branch.cases()
                    .forEach((value, target) -> target(target, at + "/next/cases/" + SourceDocument.escape(value)));
            branch.otherwise().ifPresent(t -> target(t, at + "/next/otherwise"));
            Message source = answeredBy.get(branch.variable());
            if (source == null) {
                checked.error(
                        "unknown-variable",
                        "The branch reads '" + branch.variable()
                                + "', but no message of this block stores an answer under that name.",
                        at + "/next/variable");
            } else if (source instanceof MultipleChoice) {
                checked.error(
                        "branch-without-answer",
                        "'" + branch.variable() + "' holds several values (multiple choice) "
                                + "and cannot choose one branch.",
                        at + "/next/variable");
            } else {
                coverage(source.options(), branch.cases(), branch.otherwise(), branch.variable(), at);
            }
        }
    }

    private void target(MessageId target, String at) {
        if (!block.messages().containsKey(target)) {
            checked.error("dangling-next", "There is no message '" + target + "' in this block.", at);
        }
    }

    private void coverage(
            List<Option> options, Map<String, MessageId> cases, Optional<MessageId> otherwise, String what, String at) {
        if (options.isEmpty()) {
            if (otherwise.isEmpty()) {
                checked.error(
                        "branch-not-covering",
                        "A branch on the typed answer to '" + what + "' needs 'otherwise' for answers not listed.",
                        at + "/next");
            }
            return;
        }
        Set<String> values = new LinkedHashSet<>();
        options.forEach(o -> values.add(o.value()));
        for (String value : cases.keySet()) {
            if (!values.contains(value)) {
                checked.error(
                        "unknown-branch-value",
                        "'" + value + "' is not a value of '" + what + "' (its values are: " + String.join(", ", values)
                                + ").",
                        at + "/next/cases/" + SourceDocument.escape(value));
            }
        }
        if (otherwise.isEmpty()) {
            List<String> uncovered =
                    values.stream().filter(v -> !cases.containsKey(v)).toList();
            if (!uncovered.isEmpty()) {
                checked.error(
                        "branch-not-covering",
                        "The branch on '" + what + "' says nothing for " + String.join(", ", uncovered)
                                + "; add those values or 'otherwise'.",
                        at + "/next");
            }
        }
    }
}
