package eu.coact.content.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.content.Examples;
import eu.coact.content.FuzzTries;
import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The legacy importer, given fixture files with one part broken, answers with content or a report. */
class LegacyFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of(
            "welcome_demo.json",
            "perfil_demo.json",
            "Banc_del_parc.json",
            "Ascensor_7.json",
            "pause.json",
            "unsubscribe.json");
    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("legacy-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        FileTrees.delete(folder);
    }

    @Property
    @FuzzTries(ci = 1000, local = 100)
    void aBrokenLegacyFileIsAReportOrContent(
            @ForAll @IntRange(min = 0, max = 5) int file,
            @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 0, max = 6) int how)
            throws IOException {
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Files.copy(Examples.legacyFixtures().resolve("sequence.txt"), folder.resolve("sequence.txt"));
        for (String name : FILES) {
            JsonNode tree =
                    JSON.readTree(Examples.legacyFixtures().resolve(name).toFile());
            if (name.equals(FILES.get(file))) {
                mutate(tree, where, how);
            }
            Files.writeString(folder.resolve(name), JSON.writeValueAsString(tree));
        }

        Validated<ImportedContent> result = LegacyImporterTest.importer()
                .withMapping(LegacyImporterTest.mapping())
                .importFolder(folder);

        assertThat(result.isValid() || result.problems().hasErrors()).isTrue();
        if (result.isValid()) {
            assertThat(result.orElseThrow().blocks()).hasSize(FILES.size());
        }
    }

    private static void mutate(JsonNode root, int where, int how) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(where % containers.size());
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode replacement = switch (how) {
            case 0 -> nodes.numberNode(-where);
            case 1 -> nodes.booleanNode(false);
            case 2 -> nodes.nullNode();
            case 3 -> nodes.textNode("'x' if '{genere}' == 'm' else __import__('os')");
            case 4 -> nodes.arrayNode();
            default -> nodes.objectNode().put("type", "XX");
        };
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(where % keys.size());
            if (how == 6) {
                object.remove(key);
            } else {
                object.set(key, replacement);
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.set(where % array.size(), replacement);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }
}
