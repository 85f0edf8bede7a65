package eu.coact.content.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.read.NodeReader;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the legacy files do not say and a person must supply: where each free-text ({@code WA})
 * message continues (the original program hard-coded it), and the alternative text of each
 * image. Written as a small YAML file:
 *
 * <pre>
 * continuations:
 *   perfil_demo:
 *     p_3: p_4
 *     p_4: vp
 * alt-texts:
 *   Banc_del_parc.jpg:
 *     en: A drawing of a park bench.
 * </pre>
 *
 * @param continuations per block, the message that follows each free-text message
 * @param altTexts      per image file name, its alternative text
 */
public record LegacyMapping(Map<BlockId, Map<MessageId, MessageId>> continuations,
        Map<String, LocalizedText> altTexts) {

    private static final LegacyMapping NONE = new LegacyMapping(Map.of(), Map.of());

    /** Copies the maps. */
    public LegacyMapping {
        Map<BlockId, Map<MessageId, MessageId>> copy = new LinkedHashMap<>();
        continuations.forEach((block, map) -> copy.put(block, Collections.unmodifiableMap(new LinkedHashMap<>(map))));
        continuations = Collections.unmodifiableMap(copy);
        altTexts = Collections.unmodifiableMap(new LinkedHashMap<>(altTexts));
    }

    /** No continuations and no alternative texts. */
    public static LegacyMapping none() {
        return NONE;
    }

    /** The message after a free-text message, if supplied. */
    public Optional<MessageId> continuation(BlockId block, MessageId message) {
        return Optional.ofNullable(continuations.getOrDefault(block, Map.of()).get(message));
    }

    /** Reads a mapping file; every problem is reported with its line. */
    public static Validated<LegacyMapping> read(Path file) {
        return DocumentReader.standard().read(file).flatMap(LegacyMapping::of);
    }

    private static Validated<LegacyMapping> of(SourceDocument doc) {
        Problems.Builder problems = Problems.builder();
        NodeReader in = new NodeReader(doc, problems);
        JsonNode root = doc.root();
        Map<BlockId, Map<MessageId, MessageId>> continuations = new LinkedHashMap<>();
        Map<String, LocalizedText> alt = new LinkedHashMap<>();
        if (in.object(root, "", "the legacy mapping", Set.of("continuations", "alt-texts"), Set.of())) {
            in.map(root.get("continuations"), "/continuations", "the continuations (block id to messages)",
                    (node, pointer) -> {
                        String block = key(pointer);
                        Optional<BlockId> id = parse(in, block, pointer);
                        Optional<Map<String, MessageId>> map = in.map(node, pointer,
                                "the continuations (free-text message to next message)", in::messageId);
                        if (id.isEmpty() || map.isEmpty()) {
                            return Optional.empty();
                        }
                        Map<MessageId, MessageId> byId = new LinkedHashMap<>();
                        map.get().forEach((from, to) -> in.messageIdKey(from, NodeReader.child(pointer, from))
                                .ifPresent(f -> byId.put(f, to)));
                        continuations.put(id.get(), byId);
                        return Optional.of(byId);
                    });
            in.map(root.get("alt-texts"), "/alt-texts", "the alternative texts (file name to text per language)",
                    (node, pointer) -> in.localized(node, pointer, "alternative text", List.<Language>of())
                            .map(text -> {
                                alt.put(key(pointer), text);
                                return text;
                            }));
        }
        Problems found = problems.build();
        return found.hasErrors() ? Validated.invalid(found) : Validated.valid(new LegacyMapping(continuations, alt), found);
    }

    private static Optional<BlockId> parse(NodeReader in, String block, String pointer) {
        try {
            return Optional.of(BlockId.of(block));
        } catch (IllegalArgumentException e) {
            in.error("invalid-value", "Not a valid block id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    private static String key(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
