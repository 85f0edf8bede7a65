package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.ContentArbitraries;
import eu.coact.content.ContentBlock;
import eu.coact.content.FuzzTries;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a loader is given — noise, or valid content with one part broken — it answers with
 * content or a report with at least one error; it never throws and never returns part of a file.
 */
class LoaderFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> fragments = Arbitraries.of(
                "id: ",
                "kind: ",
                "messages:",
                "  ",
                "\n",
                "- ",
                "{",
                "}",
                "[",
                "]",
                ":",
                ",",
                "\"",
                "'",
                "&a ",
                "*a",
                "!!str ",
                "!tag ",
                "---",
                "...",
                "#",
                "|",
                ">",
                "type: ",
                "single-choice",
                "next: ",
                "cases:",
                "null",
                "true",
                "1e999",
                "\u0000",
                "\uFEFF",
                "é",
                "\t",
                "{\"id\":",
                "\"messages\":{}",
                "languages: [en]",
                "\\u0000",
                "%YAML 1.1");
        return Arbitraries.oneOf(
                fragments.list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(300));
    }

    @Property
    @FuzzTries(ci = 5000, local = 300)
    void noiseIsNeverAnException(@ForAll("noise") String text, @ForAll boolean yaml) {
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("noise", text, yaml ? DocumentFormat.YAML : DocumentFormat.JSON);

        assertThat(
                        read.isValid()
                                ? !read.asOptional().orElseThrow().isEmpty()
                                : read.problems().hasErrors())
                .isTrue();
    }

    @Provide
    Arbitrary<String> mutated() {
        return Combinators.combine(
                        ContentArbitraries.blocks(),
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 7),
                        Arbitraries.of(DocumentFormat.class))
                .as((block, where, how, format) -> {
                    ObjectMapper mapper = DocumentReader.standard().mapper(format);
                    ObjectNode tree = mapper.valueToTree(mapperTree(block));
                    mutate(tree, where, how);
                    try {
                        return (format == DocumentFormat.YAML ? "#yaml\n" : "") + mapper.writeValueAsString(tree);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Property
    @FuzzTries(ci = 3000, local = 300)
    void brokenContentIsAReportOrStillValidContent(@ForAll("mutated") String text) {
        DocumentFormat format = text.startsWith("#yaml") ? DocumentFormat.YAML : DocumentFormat.JSON;

        Validated<List<ContentBlock>> read = ContentReader.standard().readBlocks("mutated", text, format);

        if (read.isValid()) {
            for (ContentBlock block : read.orElseThrow()) {
                String again = ContentWriter.yaml().write(block);
                assertThat(ContentReader.standard()
                                .readBlocks("again.yaml", again, DocumentFormat.YAML)
                                .orElseThrow())
                        .containsExactly(block);
            }
        } else {
            assertThat(read.problems().errors()).isNotEmpty();
            assertThat(read.problems().asList())
                    .allSatisfy(p -> assertThat(p.location().source()).isEqualTo("mutated"));
        }
    }

    @Property
    @FuzzTries(ci = 2000, local = 200)
    void deeplyNestedOrHugeInputIsRefusedCalmly(@ForAll("depths") int depth, @ForAll boolean yaml) {
        String text = yaml
                ? "id: x\nmessages: " + "[".repeat(depth) + "]".repeat(depth)
                : "{\"id\": \"x\", \"messages\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("deep", text, yaml ? DocumentFormat.YAML : DocumentFormat.JSON);

        assertThat(read.isValid()).isFalse();
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(1, 5000);
    }

    private static ObjectNode mapperTree(ContentBlock block) {
        return eu.coact.content.authoring.internal.BlockWriter.block(block);
    }

    /** Breaks one node of the tree: removes it, changes its type, renames it or nests it deeply. */
    static void mutate(ObjectNode root, int where, int how) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(where % containers.size());
        List<String> keys = new ArrayList<>();
        target.fieldNames().forEachRemaining(keys::add);
        JsonNode replacement = switch (how) {
            case 0 -> NODES.numberNode(where);
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.nullNode();
            case 3 -> NODES.textNode("x".repeat(where % 500));
            case 4 -> NODES.arrayNode().add(NODES.objectNode());
            case 5 -> NODES.objectNode().put("unexpected", "field");
            default -> NODES.textNode("");
        };
        if (target instanceof ObjectNode object && !keys.isEmpty()) {
            String key = keys.get(where % keys.size());
            if (how == 6) {
                object.remove(key);
            } else if (how == 7) {
                JsonNode value = object.remove(key);
                object.set(key + "_renamed", value);
            } else {
                object.set(key, replacement);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            int index = where % array.size();
            if (how == 6) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }
}
