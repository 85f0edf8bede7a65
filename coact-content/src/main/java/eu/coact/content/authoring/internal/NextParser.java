package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Next;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads where the conversation goes after a message ({@code next}): the end, one message, a
 * branch on an answer, or a branch on the shape of a typed answer.
 */
final class NextParser {

    private final NodeReader in;

    NextParser(NodeReader in) {
        this.in = in;
    }

    /** Where the conversation goes; the end when nothing is written, empty on errors (reported). */
    Optional<Next> next(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.of(Next.end());
        }
        if (node.isTextual()) {
            return in.messageId(node, pointer).map(Next::goTo);
        }
        if (node.isObject() && node.has("valid")) {
            return typedBranch(node, pointer);
        }
        if (!in.object(node, pointer, "a branch", Set.of("variable", "cases", "otherwise"), Set.of("cases"))) {
            return Optional.empty();
        }
        Optional<Map<String, MessageId>> cases = in.map(
                node.get("cases"),
                NodeReader.child(pointer, "cases"),
                "the branch cases (answer value to message id)",
                in::messageId);
        Optional<MessageId> otherwise = node.has("otherwise")
                ? in.messageId(node.get("otherwise"), NodeReader.child(pointer, "otherwise"))
                : Optional.empty();
        if (cases.isEmpty() || (node.has("otherwise") && otherwise.isEmpty())) {
            return Optional.empty();
        }
        if (node.has("variable")) {
            return in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable name")
                    .map(v -> Next.onEarlierAnswer(v, cases.get(), otherwise));
        }
        return Optional.of(Next.onAnswer(cases.get(), otherwise));
    }

    /** {@code {valid: id, skipped: id, invalid: id}}: a typed answer chooses by its shape. */
    private Optional<Next> typedBranch(JsonNode node, String pointer) {
        if (!in.object(
                node,
                pointer,
                "a branch on a typed answer's shape",
                Set.of("valid", "skipped", "invalid"),
                Set.of("valid"))) {
            return Optional.empty();
        }
        Optional<MessageId> valid = in.messageId(node.get("valid"), NodeReader.child(pointer, "valid"));
        Optional<MessageId> skipped = node.has("skipped")
                ? in.messageId(node.get("skipped"), NodeReader.child(pointer, "skipped"))
                : Optional.empty();
        Optional<MessageId> invalid = node.has("invalid")
                ? in.messageId(node.get("invalid"), NodeReader.child(pointer, "invalid"))
                : Optional.empty();
        if (valid.isEmpty()
                || (node.has("skipped") && skipped.isEmpty())
                || (node.has("invalid") && invalid.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Next.onTyped(valid.get(), skipped, invalid));
    }
}
