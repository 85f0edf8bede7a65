package eu.coact.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    private final DocumentReader reader = DocumentReader.standard();

    record Settings(String study, List<String> languages, int minimumAge) {
        Settings {
            if (minimumAge < 16) {
                throw new IllegalArgumentException("The minimum age must be at least 16, not " + minimumAge + ".");
            }
        }
    }

    private Problem onlyProblem(Validated<?> result) {
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems().size()).isEqualTo(1);
        return result.problems().asList().get(0);
    }

    @Test
    void publishedJsonIsIndentedByTwoSpacesWithLineFeedsAndAFinalNewline() {
        DocumentReader reader = DocumentReader.standard();
        com.fasterxml.jackson.databind.node.ObjectNode tree =
                reader.mapper(DocumentFormat.JSON).createObjectNode();
        tree.put("name", "study");
        tree.putArray("tags").add("a").add(2);
        tree.putObject("empty");
        assertThat(reader.writeJson(tree))
                .isEqualTo(
                        "{\n  \"name\" : \"study\",\n  \"tags\" : [\n    \"a\",\n    2\n  ],\n  \"empty\" : { }\n}\n");
    }

    @Test
    void readsYamlAndRemembersTheLineOfEveryNode() {
        String yaml = "study: demo\nlanguages:\n  - ca\n  - en\nminimumAge: 18\n";
        SourceDocument doc =
                reader.read("study.yaml", yaml, DocumentFormat.YAML).orElseThrow();
        assertThat(doc.root().get("study").asText()).isEqualTo("demo");
        assertThat(doc.locate("/languages/1").line()).isEqualTo(4);
        assertThat(doc.locate("/minimumAge").line()).isEqualTo(5);
        assertThat(doc.locate("/languages/7/deeper").line()).isEqualTo(2);
    }

    @Test
    void bindsToARecord() {
        Validated<Settings> settings = reader.read(
                        "s.json", "{\"study\":\"demo\",\"languages\":[\"ca\"],\"minimumAge\":18}", DocumentFormat.JSON)
                .flatMap(d -> d.bind(Settings.class));
        assertThat(settings.orElseThrow().languages()).containsExactly("ca");
    }

    @Test
    void duplicateKeysAreRefusedInYamlAndJson() {
        Problem yaml = onlyProblem(reader.read("a.yaml", "a: 1\nb: 2\na: 3\n", DocumentFormat.YAML));
        assertThat(yaml.code()).isEqualTo("duplicate-key");
        assertThat(yaml.location().line()).isEqualTo(3);
        Problem json = onlyProblem(reader.read("a.json", "{\"a\":1,\n\"a\":2}", DocumentFormat.JSON));
        assertThat(json.code()).isEqualTo("duplicate-key");
        assertThat(json.location().line()).isEqualTo(2);
    }

    @Test
    void yamlAliasBombsNeverExpand() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            bomb.append("]\n");
        }
        Problem problem = onlyProblem(reader.read("bomb.yaml", bomb.toString(), DocumentFormat.YAML));
        assertThat(problem.code()).isEqualTo("yaml-alias");
        assertThat(problem.location().line()).isEqualTo(2);
    }

    @Test
    void customYamlTagsAreRefused() {
        Problem problem =
                onlyProblem(reader.read("t.yaml", "x: !!javax.script.ScriptEngineManager [a]\n", DocumentFormat.YAML));
        assertThat(problem.code()).isEqualTo("yaml-tag");
        assertThat(reader.read("t.yaml", "x: !!str 5\n", DocumentFormat.YAML).isValid())
                .isTrue();
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(onlyProblem(reader.read("deep.json", deepJson, DocumentFormat.JSON))
                        .isError())
                .isTrue();
        String deepYaml = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(onlyProblem(reader.read("deep.yaml", deepYaml, DocumentFormat.YAML))
                        .isError())
                .isTrue();
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            indented.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(reader.read("deep2.yaml", indented.toString(), DocumentFormat.YAML)
                        .isValid())
                .isFalse();
    }

    @Test
    void oversizedDocumentsAndScalarsAreRefused() {
        DocumentReader small = DocumentReader.withLimits(ReadLimits.DEFAULT.withMaxBytes(1000));
        assertThat(onlyProblem(small.read("big.yaml", "a: " + "x".repeat(2000), DocumentFormat.YAML))
                        .code())
                .isEqualTo("document-too-large");
        DocumentReader shortStrings = DocumentReader.withLimits(ReadLimits.DEFAULT
                .withMaxBytes(1 << 20)
                .withMaxStringLength(100)
                .withMaxNameLength(100)
                .withMaxNumberLength(20));
        assertThat(onlyProblem(shortStrings.read("s.json", "{\"a\":\"" + "x".repeat(500) + "\"}", DocumentFormat.JSON))
                        .isError())
                .isTrue();
        assertThat(onlyProblem(shortStrings.read("n.json", "{\"a\":" + "9".repeat(500) + "}", DocumentFormat.JSON))
                        .isError())
                .isTrue();
    }

    @Test
    void onlyOneDocumentPerFile() {
        Problem problem = onlyProblem(reader.read("two.yaml", "a: 1\n---\nb: 2\n", DocumentFormat.YAML));
        assertThat(problem.code()).isEqualTo("several-documents");
    }

    @Test
    void syntaxErrorsCarryLineAndColumn() {
        Problem problem = onlyProblem(reader.read("bad.json", "{\n  \"a\": 1,\n  \"b\" 2\n}", DocumentFormat.JSON));
        assertThat(problem.code()).isEqualTo("syntax-error");
        assertThat(problem.location().line()).isEqualTo(3);
        assertThat(problem.location().column()).isPositive();
        Problem yaml = onlyProblem(reader.read("bad.yaml", "a: [1, 2\nb: 3\n", DocumentFormat.YAML));
        assertThat(yaml.location().line()).isPositive();
    }

    @Test
    void emptyAndNonUtf8DocumentsAreReported() {
        assertThat(onlyProblem(reader.read("e.yaml", "", DocumentFormat.YAML)).code())
                .isEqualTo("document-empty");
        byte[] latin1 = "a: \"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.read(
                                "l.json",
                                "{\"a\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                                DocumentFormat.JSON)
                        .isValid())
                .isFalse();
        assertThat(reader.read("l.yaml", latin1, DocumentFormat.YAML).isValid()).isFalse();
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] withBom = ("\uFEFF" + "a: 1\n").getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("bom.yaml", withBom, DocumentFormat.YAML).isValid())
                .isTrue();
    }

    @Test
    void unknownFieldsAreReportedWithTheirLineAndTheKnownFields() {
        String yaml = "study: demo\nlanguages: [ca]\nminimumAge: 18\nminimumAgee: 19\n";
        Problem problem =
                onlyProblem(reader.read("s.yaml", yaml, DocumentFormat.YAML).flatMap(d -> d.bind(Settings.class)));
        assertThat(problem.code()).isEqualTo("unknown-field");
        assertThat(problem.location().path()).isEqualTo("/minimumAgee");
        assertThat(problem.location().line()).isEqualTo(4);
        assertThat(problem.message()).contains("minimumAge").contains("languages");
    }

    @Test
    void wrongTypesAndConstructorRulesBecomeLocatedProblems() {
        Problem wrongType = onlyProblem(
                reader.read("s.yaml", "study: demo\nlanguages: [ca]\nminimumAge: old\n", DocumentFormat.YAML)
                        .flatMap(d -> d.bind(Settings.class)));
        assertThat(wrongType.code()).isEqualTo("wrong-type");
        assertThat(wrongType.location().line()).isEqualTo(3);
        assertThat(wrongType.message()).doesNotContain("java.");
        Problem rule =
                onlyProblem(reader.read("s.yaml", "study: demo\nlanguages: [ca]\nminimumAge: 12\n", DocumentFormat.YAML)
                        .flatMap(d -> d.bind(Settings.class)));
        assertThat(rule.message()).isEqualTo("The minimum age must be at least 16, not 12.");
    }

    @Test
    void missingFilesAndUnknownExtensionsAreProblemsNotExceptions(@TempDir Path dir) throws Exception {
        assertThat(onlyProblem(reader.read(dir.resolve("absent.yaml"))).code()).isEqualTo("file-not-found");
        Path text = Files.writeString(dir.resolve("notes.txt"), "a: 1");
        assertThat(onlyProblem(reader.read(text)).code()).isEqualTo("unknown-format");
        Path yaml = Files.writeString(dir.resolve("ok.yml"), "a: 1\n");
        assertThat(reader.read(yaml).orElseThrow().source()).endsWith("ok.yml");
    }

    @Test
    void yamlIsHeldToTheSameLimitsAsJson() {
        DocumentReader tight = DocumentReader.withLimits(ReadLimits.DEFAULT
                .withMaxStringLength(100)
                .withMaxNameLength(50)
                .withMaxNodes(20));
        String longText = "x ".repeat(30) + "\n  " + "y ".repeat(30);
        for (DocumentFormat format : DocumentFormat.values()) {
            boolean json = format == DocumentFormat.JSON;
            String text = json ? "{\"a\": \"" + "x".repeat(101) + "\"}" : "a: " + longText + "\n";
            assertThat(onlyProblem(tight.read("t", text, format)).code())
                    .as(format + " text")
                    .isEqualTo("limit-exceeded");
            String key = json ? "{\"" + "k".repeat(51) + "\": 1}" : "\"" + "k".repeat(51) + "\": 1\n";
            assertThat(onlyProblem(tight.read("k", key, format)).code())
                    .as(format + " key")
                    .isEqualTo("limit-exceeded");
            String many = "[" + "1, ".repeat(20) + "1]";
            assertThat(onlyProblem(tight.read("n", many, format)).code())
                    .as(format + " nodes")
                    .isEqualTo("limit-exceeded");
        }
        Problem line = onlyProblem(tight.read("l.yaml", "a: 1\n# " + "c".repeat(200) + "\n", DocumentFormat.YAML));
        assertThat(line.code()).isEqualTo("limit-exceeded");
        assertThat(line.location().line()).isEqualTo(2);
    }

    @Test
    void locationsOfDeepLongKeysAreFoundWithoutStoringAPathPerNode() {
        String key = "k".repeat(900);
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            json.append("{\n\"").append(key).append(i).append("\":");
        }
        json.append("[\n0,\n1,\n2]").append("}".repeat(60));
        SourceDocument doc =
                reader.read("deep.json", json.toString(), DocumentFormat.JSON).orElseThrow();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            pointer.append('/').append(key).append(i);
        }
        assertThat(doc.locate(pointer.toString()).line()).isEqualTo(61);
        assertThat(doc.locate(pointer + "/2").line()).isEqualTo(64);
        assertThat(doc.locate(pointer + "/9").line()).isEqualTo(61);
        assertThat(doc.locate(pointer + "/9").path()).isEqualTo(pointer + "/9");
        SourceDocument escaped = reader.read("e.json", "{\"a/b\":\n{\"c~d\":\n1}}", DocumentFormat.JSON)
                .orElseThrow();
        assertThat(escaped.locate("/a~1b/c~0d").line()).isEqualTo(2);
    }
}
