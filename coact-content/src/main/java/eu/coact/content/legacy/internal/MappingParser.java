package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentWarning;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.SystemRole;
import eu.coact.content.TextFormat;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.content.legacy.FreeTextRoute;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads a legacy mapping file as a whole; every problem with its line, nothing half-read. */
public final class MappingParser {

    private static final Set<String> ROUTE_FIELDS =
            Set.of("next", "variable", "format", "skip-word", "on-skip", "on-invalid");
    private static final Set<String> BLOCK_FIELDS = Set.of(
            "role",
            "kind",
            "teller",
            "environment",
            "themes",
            "content-warnings",
            "help-note",
            "values",
            "story-messages");

    private final NodeReader in;

    private MappingParser(NodeReader in) {
        this.in = in;
    }

    /** The mapping a document says, or every problem of it. */
    public static Validated<LegacyMapping> parse(SourceDocument doc) {
        Problems.Builder problems = Problems.builder();
        NodeReader in = new NodeReader(doc, problems);
        MappingParser parser = new MappingParser(in);
        JsonNode root = doc.root();
        Map<BlockId, Map<MessageId, FreeTextRoute>> continuations = new LinkedHashMap<>();
        Map<BlockId, BlockMapping> blocks = new LinkedHashMap<>();
        Map<String, LocalizedText> alt = new LinkedHashMap<>();
        // 'consent' (the consent policy skeleton), 'commands' (command words per language) and 'release'
        // (the release configuration to copy) are read by the command that writes the study folder.
        if (in.object(
                root,
                "",
                "the legacy mapping",
                Set.of("continuations", "blocks", "alt-texts", "consent", "commands", "release"),
                Set.of())) {
            in.map(
                    root.get("continuations"),
                    "/continuations",
                    "the continuations (block id to messages)",
                    (node, pointer) -> parser.blockId(pointer)
                            .flatMap(id -> parser.routes(node, pointer).map(routes -> {
                                continuations.put(id, routes);
                                return routes;
                            })));
            in.map(
                    root.get("blocks"),
                    "/blocks",
                    "the blocks (block id to what the files do not say)",
                    (node, pointer) -> parser.blockId(pointer)
                            .flatMap(id -> parser.block(node, pointer).map(block -> {
                                blocks.put(id, block);
                                return block;
                            })));
            in.map(
                    root.get("alt-texts"),
                    "/alt-texts",
                    "the alternative texts (file name to text per language)",
                    (node, pointer) -> in.localized(node, pointer, "alternative text", List.<Language>of())
                            .map(text -> {
                                alt.put(Normalizer.normalize(key(pointer), Normalizer.Form.NFC), text);
                                return text;
                            }));
        }
        Problems found = problems.build();
        return found.hasErrors()
                ? Validated.invalid(found)
                : Validated.valid(new LegacyMapping(continuations, blocks, alt), found);
    }

    private Optional<Map<MessageId, FreeTextRoute>> routes(JsonNode node, String pointer) {
        Optional<Map<String, FreeTextRoute>> map =
                in.map(node, pointer, "the continuations (free-text message to what follows)", this::route);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<MessageId, FreeTextRoute> byId = new LinkedHashMap<>();
        map.get()
                .forEach((from, route) ->
                        in.messageIdKey(from, NodeReader.child(pointer, from)).ifPresent(id -> byId.put(id, route)));
        return Optional.of(byId);
    }

    private Optional<FreeTextRoute> route(JsonNode node, String pointer) {
        if (node.isTextual()) {
            return in.messageId(node, pointer).map(FreeTextRoute::to);
        }
        int before = in.errors();
        if (!in.object(
                node,
                pointer,
                "a continuation (a message id, or next with format, skip-word, on-skip, " + "on-invalid)",
                ROUTE_FIELDS,
                Set.of("next"))) {
            return Optional.empty();
        }
        Optional<MessageId> next = in.messageId(node.get("next"), NodeReader.child(pointer, "next"));
        Optional<String> variable = in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable");
        Optional<TextFormat> format = code(
                node.get("format"),
                NodeReader.child(pointer, "format"),
                "answer format",
                TextFormat::fromCode,
                Arrays.stream(TextFormat.values()).map(TextFormat::code).toList());
        JsonNode skipNode = node.get("skip-word");
        if (skipNode != null && skipNode.isTextual()) {
            // Skip words differ by language (NO, NEIN): one word for all would be a silent guess.
            in.error(
                    "wrong-type",
                    "Give the skip word per language, e.g. {ca: NO, es: NO, en: NO, de: NEIN}.",
                    NodeReader.child(pointer, "skip-word"));
        }
        Optional<LocalizedText> skip = skipNode != null && skipNode.isTextual()
                ? Optional.empty()
                : in.localized(skipNode, NodeReader.child(pointer, "skip-word"), "skip word", List.of());
        Optional<MessageId> onSkip = in.messageId(node.get("on-skip"), NodeReader.child(pointer, "on-skip"));
        Optional<MessageId> onInvalid = in.messageId(node.get("on-invalid"), NodeReader.child(pointer, "on-invalid"));
        if (onSkip.isPresent() && skip.isEmpty()) {
            in.error(
                    "missing-field",
                    "'on-skip' says where the skip word goes: give the word as 'skip-word'.",
                    NodeReader.child(pointer, "on-skip"));
        }
        if (onInvalid.isPresent() && format.isEmpty()) {
            in.error(
                    "missing-field",
                    "'on-invalid' says where an answer of another shape goes: give the shape as " + "'format'.",
                    NodeReader.child(pointer, "on-invalid"));
        }
        if (in.errors() > before || next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FreeTextRoute(next.get(), variable, format, skip, onSkip, onInvalid));
    }

    private Optional<BlockMapping> block(JsonNode node, String pointer) {
        int before = in.errors();
        if (!in.object(node, pointer, "what the mapping says about a block", BLOCK_FIELDS, Set.of())) {
            return Optional.empty();
        }
        Optional<SystemRole> role = code(
                node.get("role"),
                NodeReader.child(pointer, "role"),
                "settings role",
                SystemRole::fromCode,
                Arrays.stream(SystemRole.values()).map(SystemRole::code).toList());
        Optional<BlockKind> kind = code(
                node.get("kind"),
                NodeReader.child(pointer, "kind"),
                "block kind",
                BlockKind::fromCode,
                Arrays.stream(BlockKind.values()).map(BlockKind::code).toList());
        Optional<String> teller = in.text(node.get("teller"), NodeReader.child(pointer, "teller"), "the teller");
        Optional<SocialEnvironment> environment = code(
                node.get("environment"),
                NodeReader.child(pointer, "environment"),
                "social environment",
                SocialEnvironment::fromCode,
                Arrays.stream(SocialEnvironment.values())
                        .map(SocialEnvironment::code)
                        .toList());
        Set<String> themes = new LinkedHashSet<>(in.list(
                        node.get("themes"),
                        NodeReader.child(pointer, "themes"),
                        "the themes",
                        (n, p) -> in.text(n, p, "a theme"))
                .orElse(List.of()));
        Set<ContentWarning> warnings = new LinkedHashSet<>(in.list(
                        node.get("content-warnings"),
                        NodeReader.child(pointer, "content-warnings"),
                        "the content warnings",
                        (n, p) -> code(
                                n,
                                p,
                                "content warning",
                                ContentWarning::fromCode,
                                Arrays.stream(ContentWarning.values())
                                        .map(ContentWarning::code)
                                        .toList()))
                .orElse(List.of()));
        Optional<MessageId> helpNote = in.messageId(node.get("help-note"), NodeReader.child(pointer, "help-note"));
        if (!warnings.isEmpty() && helpNote.isEmpty()) {
            in.error(
                    "missing-field",
                    "A block with content warnings needs the message with help contacts as " + "'help-note'.",
                    pointer);
        }
        Map<String, String> values = in.map(
                        node.get("values"),
                        NodeReader.child(pointer, "values"),
                        "the answer values (legacy value to value in the study)",
                        (n, p) -> in.scalar(n, p, "a value"))
                .orElse(Map.of());
        List<MessageId> telling = in.list(
                        node.get("story-messages"),
                        NodeReader.child(pointer, "story-messages"),
                        "the messages that tell the story",
                        // Legacy message ids are often numbers: [2, 3] names the messages "2" and "3".
                        (n, p) -> in.scalar(n, p, "a message id").flatMap(t -> messageId(t, p)))
                .orElse(List.of());
        if (Set.copyOf(telling).size() != telling.size()) {
            in.error(
                    "duplicate-value",
                    "Each message tells the story once.",
                    NodeReader.child(pointer, "story-messages"));
        }
        if (in.errors() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new BlockMapping(role, kind, teller, environment, themes, warnings, helpNote, values, telling));
    }

    private <T> Optional<T> code(
            JsonNode node, String pointer, String what, Function<String, Optional<T>> fromCode, List<String> codes) {
        return in.text(node, pointer, "a " + what).flatMap(text -> {
            Optional<T> value = fromCode.apply(text);
            if (value.isEmpty()) {
                in.error(
                        "unknown-value",
                        "'" + text + "' is not a " + what + "; the choices are: " + String.join(", ", codes) + ".",
                        pointer);
            }
            return value;
        });
    }

    private Optional<MessageId> messageId(String text, String pointer) {
        try {
            return Optional.of(MessageId.of(text));
        } catch (IllegalArgumentException e) {
            in.error("invalid-value", "Not a valid message id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    private Optional<BlockId> blockId(String pointer) {
        String block = key(pointer);
        try {
            return Optional.of(BlockId.of(Normalizer.normalize(block, Normalizer.Form.NFC)));
        } catch (IllegalArgumentException e) {
            in.error("invalid-value", "Not a valid block id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    private static String key(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }
}
