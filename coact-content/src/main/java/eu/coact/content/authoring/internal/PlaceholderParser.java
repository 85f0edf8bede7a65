package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Placeholder;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how a placeholder in a text is filled: with an answer as written, or with a text per
 * answer value.
 */
final class PlaceholderParser {

    private final NodeReader in;

    PlaceholderParser(NodeReader in) {
        this.in = in;
    }

    /** One fill, or empty when it has errors (all reported). */
    Optional<Placeholder> placeholder(JsonNode node, String pointer, List<Language> declared) {
        if (!in.object(node, pointer, "a placeholder fill", Set.of("from", "cases", "otherwise"), Set.of("from"))) {
            return Optional.empty();
        }
        Optional<String> from = in.text(node.get("from"), NodeReader.child(pointer, "from"), "a variable name");
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (!node.has("cases")) {
            if (node.has("otherwise")) {
                in.error("invalid-fill", "A fill with 'otherwise' needs 'cases' (answer value to text).", pointer);
                return Optional.empty();
            }
            return Optional.of(new Placeholder.Answer(from.get()));
        }
        Optional<Map<String, LocalizedText>> cases = in.map(
                node.get("cases"),
                NodeReader.child(pointer, "cases"),
                "the cases (answer value to text)",
                (n, p) -> in.localized(n, p, "text", declared));
        Optional<LocalizedText> otherwise =
                in.localized(node.get("otherwise"), NodeReader.child(pointer, "otherwise"), "text", declared);
        return cases.map(c -> new Placeholder.ValueMap(from.get(), c, otherwise));
    }
}
