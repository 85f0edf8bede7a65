package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Action;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Image;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.content.TextFormat;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one message of a block (information, single or multiple choice, free text, media) with
 * the parts every message shares: its wait, where it goes next, its actions and its fills.
 */
final class MessageParser {

    private static final Set<String> COMMON = Set.of("type", "text", "wait", "next", "actions", "fill");
    private static final Map<String, Set<String>> MESSAGE_FIELDS = Map.of(
            "information", COMMON,
            "single-choice", with(COMMON, "variable", "options", "image", "disclosure"),
            "multiple-choice", with(COMMON, "variable", "options", "disclosure"),
            "free-text", with(COMMON, "variable", "max-length", "format", "skip-word", "disclosure"),
            "media", with(COMMON, "media", "file", "alt"));

    private final NodeReader in;
    private final CodeReader codes;
    private final NextParser nextParser;
    private final ActionParser actionParser;
    private final PlaceholderParser placeholderParser;

    MessageParser(NodeReader in) {
        this.in = in;
        this.codes = new CodeReader(in);
        this.nextParser = new NextParser(in);
        this.actionParser = new ActionParser(in, codes);
        this.placeholderParser = new PlaceholderParser(in);
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** One message, or empty when it has errors (all reported). */
    Optional<Message> message(MessageId id, JsonNode node, String pointer, List<Language> declared) {
        if (node == null || !node.isObject()) {
            in.error("wrong-type", "Expected a message (a mapping of fields) here.", pointer);
            return Optional.empty();
        }
        Optional<String> type = in.text(node.get("type"), NodeReader.child(pointer, "type"), "a message type");
        if (type.isEmpty()) {
            if (!node.has("type")) {
                in.error(
                        "missing-field",
                        "A message needs a 'type': one of "
                                + String.join(
                                        ", ",
                                        MESSAGE_FIELDS.keySet().stream()
                                                .sorted()
                                                .toList()) + ".",
                        pointer);
            }
            return Optional.empty();
        }
        Set<String> known = MESSAGE_FIELDS.get(type.get());
        if (known == null) {
            in.error(
                    "unknown-message-type",
                    "Unknown message type '" + type.get() + "'; the types are: "
                            + String.join(
                                    ", ",
                                    MESSAGE_FIELDS.keySet().stream().sorted().toList()) + ".",
                    NodeReader.child(pointer, "type"));
            return Optional.empty();
        }
        Set<String> required = switch (type.get()) {
            case "single-choice", "multiple-choice" -> Set.of("text", "variable", "options");
            case "free-text" -> Set.of("text", "variable", "max-length");
            case "media" -> Set.of("media", "file");
            default -> Set.of("text");
        };
        int before = in.errors();
        in.object(node, pointer, "a " + type.get() + " message", known, required);
        LocalizedText text = in.localized(node.get("text"), NodeReader.child(pointer, "text"), "text", declared)
                .orElse(LocalizedText.empty());
        Pacing pacing = pacing(node.get("wait"), NodeReader.child(pointer, "wait"));
        Optional<Next> next = nextParser.next(node.get("next"), NodeReader.child(pointer, "next"));
        List<Action> actions = in.list(
                        node.get("actions"), NodeReader.child(pointer, "actions"), "the actions", actionParser::action)
                .orElse(List.of());
        Map<String, Placeholder> fills = in.map(
                        node.get("fill"),
                        NodeReader.child(pointer, "fill"),
                        "the placeholder fills",
                        (n, p) -> placeholderParser.placeholder(n, p, declared))
                .orElse(Map.of());
        String variable = in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable name")
                .orElse("");
        Optional<DisclosureRole> role = node.has("disclosure")
                ? codes.field(
                        node.get("disclosure"),
                        NodeReader.child(pointer, "disclosure"),
                        "disclosure role",
                        DisclosureRole::fromCode,
                        () -> CodeReader.codes(DisclosureRole.values(), DisclosureRole::code))
                : Optional.empty();
        Message message = switch (type.get()) {
            case "information" -> new Information(id, text, pacing, next.orElse(Next.end()), actions, fills);
            case "single-choice" ->
                new SingleChoice(
                        id,
                        text,
                        variable,
                        options(node, pointer, declared),
                        image(node.get("image"), NodeReader.child(pointer, "image"), declared),
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills,
                        role.orElse(DisclosureRole.NONE));
            case "multiple-choice" ->
                new MultipleChoice(
                        id,
                        text,
                        variable,
                        options(node, pointer, declared),
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills,
                        role.orElse(DisclosureRole.NONE));
            case "free-text" ->
                freeText(
                        node,
                        pointer,
                        declared,
                        new FreeText(
                                id,
                                text,
                                variable,
                                1,
                                TextFormat.TEXT,
                                Optional.empty(),
                                pacing,
                                next.orElse(Next.end()),
                                actions,
                                fills,
                                DisclosureRole.defaultFor(TextFormat.TEXT)),
                        role);
            default ->
                new Media(
                        id,
                        codes.field(
                                        node.get("media"),
                                        NodeReader.child(pointer, "media"),
                                        "media kind",
                                        MediaKind::fromCode,
                                        () -> CodeReader.codes(MediaKind.values(), MediaKind::code))
                                .orElse(MediaKind.DOCUMENT),
                        in.localized(node.get("file"), NodeReader.child(pointer, "file"), "file name", declared)
                                .orElse(LocalizedText.empty()),
                        in.localized(node.get("alt"), NodeReader.child(pointer, "alt"), "alternative text", declared)
                                .orElse(LocalizedText.empty()),
                        text,
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills);
        };
        return in.errors() > before ? Optional.empty() : Optional.of(message);
    }

    /**
     * A free-text message from the fields of {@code shape} and those read here; a formatted answer
     * whose author declared no role is a quasi-identifier ({@link DisclosureRole#defaultFor}).
     */
    private FreeText freeText(
            JsonNode node, String pointer, List<Language> declared, FreeText shape, Optional<DisclosureRole> role) {
        TextFormat format = node.has("format")
                ? codes.field(
                                node.get("format"),
                                NodeReader.child(pointer, "format"),
                                "text format",
                                TextFormat::fromCode,
                                () -> CodeReader.codes(TextFormat.values(), TextFormat::code))
                        .orElse(TextFormat.TEXT)
                : TextFormat.TEXT;
        return new FreeText(
                shape.id(),
                shape.text(),
                shape.variable(),
                in.integer(node.get("max-length"), NodeReader.child(pointer, "max-length"), "a length")
                        .orElse(1),
                format,
                in.localized(node.get("skip-word"), NodeReader.child(pointer, "skip-word"), "skip word", declared),
                shape.pacing(),
                shape.next(),
                shape.actions(),
                shape.fills(),
                role.orElse(DisclosureRole.defaultFor(format)));
    }

    private List<Option> options(JsonNode node, String pointer, List<Language> declared) {
        return in.list(
                        node.get("options"),
                        NodeReader.child(pointer, "options"),
                        "the buttons",
                        (n, p) -> option(n, p, declared))
                .orElse(List.of());
    }

    /** One button, or empty when it has errors (all reported); also read for short-form microstories. */
    Optional<Option> option(JsonNode node, String pointer, List<Language> declared) {
        if (!in.object(node, pointer, "a button", Set.of("value", "label", "missing"), Set.of("value", "label"))) {
            return Optional.empty();
        }
        Optional<String> value = in.scalar(node.get("value"), NodeReader.child(pointer, "value"), "a value");
        Optional<LocalizedText> label =
                in.localized(node.get("label"), NodeReader.child(pointer, "label"), "label", declared);
        boolean missing = in.bool(node.get("missing"), NodeReader.child(pointer, "missing"), "missing")
                .orElse(false);
        if (value.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Option(value.get(), label.get(), missing));
    }

    /** An image with its alternative text, or empty when none is written or it has errors (reported). */
    Optional<Image> image(JsonNode node, String pointer, List<Language> declared) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!in.object(node, pointer, "an image", Set.of("file", "alt"), Set.of("file", "alt"))) {
            return Optional.empty();
        }
        Optional<LocalizedText> file =
                in.localized(node.get("file"), NodeReader.child(pointer, "file"), "file name", declared);
        Optional<LocalizedText> alt =
                in.localized(node.get("alt"), NodeReader.child(pointer, "alt"), "alternative text", declared);
        if (file.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Image(file.get(), alt.get()));
    }

    private Pacing pacing(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Pacing.standard();
        }
        if (!node.isNumber()) {
            in.error(
                    "wrong-type",
                    "Expected the wait in seconds (a number) here, or nothing for the default pacing.",
                    pointer);
            return Pacing.standard();
        }
        BigDecimal seconds = node.decimalValue();
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Pacing.LONGEST.toSeconds())) > 0) {
            in.error("invalid-wait", "A wait is between 0 seconds and 24 hours (86400 seconds).", pointer);
            return Pacing.standard();
        }
        long millis = seconds.movePointRight(3).longValue();
        return Pacing.waitFor(Duration.ofMillis(millis));
    }
}
