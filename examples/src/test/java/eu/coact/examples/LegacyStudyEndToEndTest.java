package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second set of legacy fixtures as a running study out of the box: imported with a complete
 * mapping (which names the release configuration too), validated strictly, run by the demo's
 * simulated participants, released and audited — with no edit to the JSON or the written study.
 */
class LegacyStudyEndToEndTest {

    private static final List<String> LANGUAGES = List.of("ca", "es", "en", "de");

    /** The migration test's mapping, completed: publication is part of taking part, the story's text, the release. */
    static final String MAPPING = LegacyMigrationTest.MAPPING
                    .replace(
                            "purposes: [take-part, process-answers]}",
                            "purposes: [take-part, process-answers, publish-open-data],\n"
                                    + "             mandatory: [take-part, process-answers, publish-open-data]}")
                    .replace(
                            "themes: [sleep, anxiety]}",
                            "themes: [sleep, anxiety],\n                    story-messages: [2]}")
            + "release: release/coactuem.yaml\n";

    private static final String RELEASE = String.join(
            "\n",
            "title: CoActuem — answers to an imported microstory (simulated)",
            "description: Answers of simulated participants to the legacy CoActuem blocks imported by coact.",
            "version: 1.0.0",
            "released: 2026-11-22",
            "publisher: CoActuem research team",
            "language: en",
            "licence: CC-BY-4.0",
            "creators:",
            "  - organisation: CoActuem research team",
            "keywords: [legacy import]",
            "name: coactuem",
            "sources:",
            "  - title: CoActuem chatbot journal (simulated)",
            "purposes:",
            "  publication: publish-open-data",
            "participants:",
            "  quasi-identifiers:",
            "    genere: hierarchies/genere.csv",
            "  # The postcode and the local time are typed quasi-identifiers: never published.",
            "  withheld: [codi, t]",
            "disclosure:",
            "  models:",
            "    - k-anonymity: 3",
            "  suppression-limit: 0.2",
            "  when-violated: generalise",
            "small-cell-threshold: 5",
            "answered-at: week",
            "");

    @Test
    void theImportedStudyValidatesRunsInTheDemoAndItsReleasePassesTheAudit(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("release/hierarchies"));
        Files.writeString(dir.resolve("release/coactuem.yaml"), RELEASE);
        Files.writeString(dir.resolve("release/hierarchies/genere.csv"), "m;*\nf;*\nd;*\n");
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        Path study = dir.resolve("coactuem");

        Launch imported = Launch.of(
                "import-legacy",
                LegacyMigrationTest.settingsFixtures().toString(),
                study.toString(),
                "--mapping",
                mapping.toString());
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
        assertThat(study.resolve("release.yaml")).hasContent(RELEASE);
        assertThat(study.resolve("hierarchies/genere.csv")).isRegularFile();

        Launch check = Launch.of("validate", "--strict", study.toString());
        assertThat(check.exit()).as(check.out() + check.err()).isZero();

        Path output = dir.resolve("demo");
        Launch demo =
                Launch.of("demo", "--study", study.toString(), "--participants", "40", "--output", output.toString());
        assertThat(demo.exit()).as(demo.out() + demo.err()).isZero();
        Path release = output.resolve("open-data");

        Launch audit = Launch.of("audit", release.toString());
        assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
        assertThat(audit.out()).startsWith("PASSED");

        // The story's text in every language, from the message the mapping names, as plain text.
        List<List<String>> stories = rows(release.resolve("microstories.csv"));
        List<String> header = stories.get(0);
        assertThat(stories).hasSize(2);
        List<String> story = stories.get(1);
        assertThat(story.get(0)).isEqualTo("Escala_nocturna");
        for (String language : LANGUAGES) {
            assertThat(story.get(header.indexOf("text_" + language)))
                    .as(language)
                    .isNotBlank()
                    .doesNotContain("<i>", "_", "&#");
        }
        assertThat(story.get(header.indexOf("text_en"))).startsWith("\"Every night I climbed the stairs");

        // One final answer per participant and story question: attempts, confirmations and
        // continue presses are not answers of their own.
        List<List<String>> answers = rows(release.resolve("answers.csv"));
        List<String> columns = answers.get(0);
        List<List<String>> told = answers.stream()
                .filter(r -> r.get(columns.indexOf("block")).equals("Escala_nocturna"))
                .toList();
        assertThat(told).isNotEmpty();
        assertThat(told).extracting(r -> r.get(columns.indexOf("question"))).containsOnly("yo");
        assertThat(told).extracting(r -> r.get(columns.indexOf("participant"))).doesNotHaveDuplicates();
        assertThat(told).extracting(r -> r.get(columns.indexOf("attempts"))).contains("1", "2");
        assertThat(answers).extracting(r -> r.get(columns.indexOf("question"))).doesNotContain("cont");
    }

    @Test
    void aReleaseTheMappingNamesIsCheckedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("release"));
        // No quasi-identifiers: the release file's own problem, reported at its line.
        Files.writeString(
                dir.resolve("release/coactuem.yaml"),
                RELEASE.replaceAll("(?s)participants:.*?disclosure:", "disclosure:"));
        Files.writeString(dir.resolve("outside.yaml"), RELEASE);
        for (String named : List.of("release/coactuem.yaml", "release/missing.yaml", "../outside.yaml")) {
            Path mappingFolder = Files.createDirectories(dir.resolve("m" + named.hashCode()));
            Files.createDirectories(mappingFolder.resolve("release"));
            if (named.startsWith("release/coactuem")) {
                Files.copy(dir.resolve(named), mappingFolder.resolve(named));
            }
            Path mapping = Files.writeString(
                    mappingFolder.resolve("mapping.yaml"),
                    MAPPING.replace("release: release/coactuem.yaml", "release: " + named));
            Path study = dir.resolve("study" + named.hashCode());
            Launch run = Launch.of(
                    "import-legacy",
                    LegacyMigrationTest.settingsFixtures().toString(),
                    study.toString(),
                    "--mapping",
                    mapping.toString());
            assertThat(run.exit()).as(named).isEqualTo(Coact.INPUT_ERRORS);
            assertThat(run.out()).as(named).contains("Nothing was written");
            assertThat(study).as(named).doesNotExist();
            String expected = named.startsWith("release/coactuem")
                    ? "quasi-identifiers"
                    : named.startsWith("release/missing") ? "file-not-found" : "outside-folder";
            assertThat(run.out()).as(named).contains(expected);
        }
    }

    /** Every row of a CSV file, its header first. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                CsvReader reader = CsvReader.open(in)) {
            for (Optional<CsvRecord> row = reader.next(); row.isPresent(); row = reader.next()) {
                out.add(row.get().values());
            }
        }
        return out;
    }
}
