package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Examples;
import eu.coact.content.legacy.ImportedContent;
import eu.coact.content.legacy.LegacyImporter;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.Language;
import eu.coact.core.StudyId;
import eu.coact.core.read.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

    private static JsonNode tree(Path file) {
        return DocumentReader.standard().read(file).orElseThrow().root();
    }

    private static List<Path> blockFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theExampleStudyMatchesTheSchemas() throws IOException {
        Path study = Examples.example("demo-study");

        assertThat(Schemas.check(Schemas.STUDY, tree(study.resolve("study.yaml"))))
                .isEmpty();
        for (Path file : blockFiles(study.resolve("blocks"))) {
            assertThat(Schemas.check(Schemas.BLOCK, tree(file)))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void theShippedModulesMatchTheSchema() throws IOException {
        for (String name : List.of("socio-demographics.yaml", "washington-group-short-set.yaml")) {
            try (InputStream in = StandardBlocks.class.getResourceAsStream("/eu/coact/content/modules/" + name)) {
                JsonNode tree = DocumentReader.standard()
                        .read(name, in.readAllBytes(), eu.coact.core.read.DocumentFormat.YAML)
                        .orElseThrow()
                        .root();
                assertThat(Schemas.check(Schemas.BLOCK, tree)).as(name).isEmpty();
            }
        }
    }

    @Test
    void contentExportedFromTheLegacyFixturesMatchesTheSchemas(@TempDir Path folder) throws IOException {
        ImportedContent content = LegacyImporter.of(
                        eu.coact.content.Authorship.by(List.of("legacy authors"), LocalDate.of(2021, 1, 1), "fixtures"),
                        List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de")))
                .withMapping(LegacyMapping.read(Examples.example("legacy/mapping.yaml"))
                        .orElseThrow())
                .importFolder(Examples.legacyFixtures())
                .orElseThrow();

        ContentWriter.yaml().writeStudy(content.study(StudyId.of("legacy")), folder);

        List<Path> files = blockFiles(folder.resolve("blocks"));
        assertThat(files).hasSize(content.blocks().size());
        for (Path file : files) {
            assertThat(Schemas.check(Schemas.BLOCK, tree(file)))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() {
        assertThat(Schemas.check(Schemas.BLOCK, tree(Examples.example("broken/wrong-types.json"))))
                .isNotEmpty();
    }

    @Test
    void theSchemasRejectAShortStoryOfAnUnknownKindAndAStudySectionWithoutConfirmAndRetry() throws IOException {
        JsonNode story = DocumentReader.standard()
                .mapper(eu.coact.core.read.DocumentFormat.YAML)
                .readTree("""
                microstory: {id: x, kind: X, environment: close, teller: t, text: "a",
                             authorship: {authors: [a], date: 2026-01-01, source: s}}
                """);
        JsonNode study = DocumentReader.standard()
                .mapper(eu.coact.core.read.DocumentFormat.YAML)
                .readTree("""
                study: s
                languages: [en]
                sequence: [x]
                system: {welcome: x, pause: x, resume: x, withdraw: x}
                microstories: {C: {introduction: "i", questions: [{variable: me, text: "q"}], thanks: "t"}}
                """);

        assertThat(Schemas.check(Schemas.BLOCK, story)).isNotEmpty();
        assertThat(Schemas.check(Schemas.STUDY, study)).isNotEmpty();
        assertThat(Schemas.check(Schemas.STUDY, tree(Examples.example("demo-study/study.yaml"))))
                .isEmpty();
    }

    @Test
    void theDocumentedCopyOfEachSchemaIsTheOneInTheJar() throws IOException {
        // Tests run in the module's folder; the documentation is beside it.
        Path root = Path.of("..", "docs", "schema");
        for (String name : List.of("content-block.schema.json", "study.schema.json")) {
            try (InputStream in = ContentReader.class.getResourceAsStream(name)) {
                assertThat(Files.readString(root.resolve(name)))
                        .as(name)
                        .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
