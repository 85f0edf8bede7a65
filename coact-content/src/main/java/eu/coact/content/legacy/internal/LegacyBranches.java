package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Next;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads where a legacy message goes next: nowhere, one message, or a branch on an answer given
 * now or earlier in the block, with the case values written as the study writes them.
 */
final class LegacyBranches {

    private LegacyBranches() {}

    /** Where the message goes; the end, with the problem reported, when it cannot be read. */
    static Next next(JsonNode node, String at, Optional<String> variable, LegacyAnswerValues values, NodeReader in) {
        if (node == null || node.isNull()) {
            return Next.end();
        }
        if (node.isTextual()) {
            return in.messageId(node, at).map(Next::goTo).orElse(Next.end());
        }
        if (!node.isObject()) {
            in.error("wrong-type", "Expected 'next' to be null, a message id or a branch.", at);
            return Next.end();
        }
        Optional<String> replaced = node.has("replace_variable")
                ? in.text(node.get("replace_variable"), at + "/replace_variable", "a variable name")
                : Optional.empty();
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!k.equals("replace_variable")) {
                keys.add(k);
            }
        });
        if (keys.size() != 1) {
            in.error("invalid-value", "A legacy branch names exactly one variable.", at);
            return Next.end();
        }
        String branchVariable = keys.get(0);
        if (replaced.isPresent() && !replaced.get().equals(branchVariable)) {
            in.error(
                    "invalid-value",
                    "'replace_variable' names '" + replaced.get() + "' but the branch is on '" + branchVariable + "'.",
                    at);
            return Next.end();
        }
        Optional<Map<String, MessageId>> read = in.map(
                node.get(branchVariable),
                NodeReader.child(at, branchVariable),
                "the branch cases (value to message id)",
                in::messageId);
        if (read.isEmpty()) {
            return Next.end();
        }
        Map<String, MessageId> written = new LinkedHashMap<>();
        read.get().forEach((value, target) -> written.put(values.written(branchVariable, value), target));
        Optional<Map<String, MessageId>> cases = Optional.of(written);
        if (replaced.isEmpty() && variable.filter(branchVariable::equals).isPresent()) {
            return Next.onAnswer(cases.get(), Optional.empty());
        }
        return Next.onEarlierAnswer(branchVariable, cases.get(), Optional.empty());
    }
}
