package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Action;
import eu.coact.core.DocumentId;
import eu.coact.core.PurposeId;
import eu.coact.core.read.NodeReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the actions a message triggers (record consent, set a profile field, pause, ...), each
 * with the fields its type allows.
 */
final class ActionParser {

    private final NodeReader in;
    private final CodeReader codes;

    ActionParser(NodeReader in, CodeReader codes) {
        this.in = in;
        this.codes = codes;
    }

    /** One action, or empty when it has errors (all reported). */
    Optional<Action> action(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            in.error("wrong-type", "Expected an action (a mapping with a 'type') here.", pointer);
            return Optional.empty();
        }
        Optional<String> type = in.text(node.get("type"), NodeReader.child(pointer, "type"), "an action type");
        if (type.isEmpty()) {
            if (!node.has("type")) {
                in.error(
                        "missing-field",
                        "An action needs a 'type'; the actions are: " + String.join(", ", Action.NAMES) + ".",
                        pointer);
            }
            return Optional.empty();
        }
        Set<String> fields = switch (type.get()) {
            case "record-consent" -> Set.of("type", "decision", "document", "grants");
            case "set-profile-field" -> Set.of("type", "field", "from");
            case "change-frequency", "set-time-zone", "set-language", "set-time-of-day" -> Set.of("type", "from");
            case "pause", "resume", "withdraw", "next-block-at-once" -> Set.of("type");
            default -> null;
        };
        if (fields == null) {
            in.error(
                    "unknown-action",
                    "Unknown action '" + type.get() + "'; the actions are: " + String.join(", ", Action.NAMES) + ".",
                    NodeReader.child(pointer, "type"));
            return Optional.empty();
        }
        Set<String> required = new LinkedHashSet<>(fields);
        required.remove("type");
        required.remove("document");
        required.remove("grants");
        if (!in.object(node, pointer, "the action " + type.get(), fields, required)) {
            return Optional.empty();
        }
        Optional<String> from = in.text(node.get("from"), NodeReader.child(pointer, "from"), "a variable name");
        return switch (type.get()) {
            case "record-consent" -> recordConsent(node, pointer);
            case "set-profile-field" ->
                in.text(node.get("field"), NodeReader.child(pointer, "field"), "a profile field")
                        .flatMap(f -> from.map(v -> new Action.SetProfileField(f, v)));
            case "change-frequency" -> from.map(Action.ChangeFrequency::new);
            case "set-time-zone" -> from.map(Action.SetTimeZone::new);
            case "set-language" -> from.map(Action.SetLanguage::new);
            case "set-time-of-day" -> from.map(Action.SetTimeOfDay::new);
            case "pause" -> Optional.of(new Action.Pause());
            case "resume" -> Optional.of(new Action.Resume());
            case "next-block-at-once" -> Optional.of(new Action.NextBlockAtOnce());
            default -> Optional.of(new Action.Withdraw());
        };
    }

    private Optional<Action> recordConsent(JsonNode node, String pointer) {
        Optional<Action.ConsentDecision> decision = codes.field(
                node.get("decision"),
                NodeReader.child(pointer, "decision"),
                "consent decision",
                Action.ConsentDecision::fromCode,
                () -> CodeReader.codes(Action.ConsentDecision.values(), Action.ConsentDecision::code));
        Optional<DocumentId> document = Optional.empty();
        boolean complete = true;
        if (node.has("document")) {
            String at = NodeReader.child(pointer, "document");
            document =
                    in.text(node.get("document"), at, "a consent document id").flatMap(t -> id(t, at, DocumentId::of));
            complete = document.isPresent();
        }
        List<PurposeId> grants = List.of();
        if (node.has("grants")) {
            String at = NodeReader.child(pointer, "grants");
            Optional<List<PurposeId>> read = in.list(
                    node.get("grants"),
                    at,
                    "the purposes granted",
                    (n, p) -> in.text(n, p, "a purpose id").flatMap(t -> id(t, p, PurposeId::of)));
            if (read.isPresent() && Set.copyOf(read.get()).size() != read.get().size()) {
                in.error("duplicate-value", "Each purpose is granted once.", at);
                read = Optional.empty();
            }
            complete &= read.isPresent();
            grants = read.orElse(List.of());
        }
        if (decision.isEmpty() || !complete) {
            return Optional.empty();
        }
        return Optional.of(new Action.RecordConsent(decision.get(), document, grants));
    }

    private <T> Optional<T> id(String text, String pointer, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            in.error("invalid-id", "Not a valid id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }
}
