package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportLegacyCommandTest {

    private static String legacy() {
        return Launch.legacyFixtures("legacy-coactuem").toString();
    }

    private static Path mapping(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("mapping.yaml"),
                String.join(
                        "\n",
                        "continuations:",
                        "  perfil_demo: {p_3: p_4, p_4: vp}",
                        "blocks:",
                        "  Banc_del_parc: {teller: 'Marta, a neighbour', environment: society, themes: [loneliness]}",
                        "  Ascensor_7: {teller: a co-researcher group, environment: close}",
                        "alt-texts:",
                        "  Banc_del_parc.jpg: {ca: Un banc buit., es: Un banco vacío., en: An empty bench., de: Eine leere Bank.}",
                        ""));
    }

    @Test
    void importsTheLegacyFixturesAsAYamlStudyFolderAndReportsTheirDefects(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("imported");
        Launch run = Launch.of(
                "import-legacy",
                legacy(),
                out.toString(),
                "--mapping",
                mapping(dir).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Ascensor_7.json\n")
                .containsPattern("\\d+:\\d+ +warning +\\[unreachable-message\\]")
                .contains("value-drift")
                .contains("Study folder written to");
        assertThat(out.resolve("study.yaml")).isRegularFile();
        try (Stream<Path> blocks = Files.list(out.resolve("blocks"))) {
            assertThat(blocks.map(p -> p.getFileName().toString()))
                    .contains("Banc_del_parc.yaml", "Ascensor_7.yaml", "perfil_demo.yaml", "welcome_demo.yaml");
        }
        // The written folder reads back; what it still lacks (its images) is the validator's to say, and a
        // resume block is optional.
        Launch check = Launch.of("validate", out.toString());
        assertThat(check.out())
                .contains("missing-media")
                .doesNotContain("missing-system-block")
                .doesNotContain("duplicate-key");
    }

    @Test
    void refusesANonEmptyOutFolderAndForceReplacesOnlyAnEarlierImport(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Launch refused = Launch.of(
                "import-legacy",
                legacy(),
                out.toString(),
                "--mapping",
                mapping(dir).toString());
        assertThat(refused.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(refused.err()).contains("not empty").contains("--force");
        assertThat(out.resolve("notes.txt")).hasContent("mine");

        Launch forced = Launch.of(
                "import-legacy",
                legacy(),
                out.toString(),
                "--mapping",
                mapping(dir).toString(),
                "--force");
        assertThat(forced.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(forced.err())
                .contains(out.toString())
                .contains("not replaced")
                .contains(".coact-output");
        assertThat(out.resolve("notes.txt")).hasContent("mine");

        Path earlier = dir.resolve("earlier");
        assertThat(Launch.of(
                                "import-legacy",
                                legacy(),
                                earlier.toString(),
                                "--mapping",
                                mapping(dir).toString())
                        .exit())
                .isZero();
        Files.writeString(earlier.resolve("stale.txt"), "from before");
        Launch again = Launch.of(
                "import-legacy",
                legacy(),
                earlier.toString(),
                "--mapping",
                mapping(dir).toString(),
                "--force");
        assertThat(again.exit()).isZero();
        assertThat(earlier.resolve("stale.txt")).doesNotExist();
        assertThat(earlier.resolve("study.yaml")).isRegularFile();
        assertThat(earlier.resolve(".coact-output")).isRegularFile();
    }

    @Test
    void forceNeverReplacesAFolderHoldingTheLegacyContent(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path legacyCopy = out.resolve("legacy");
        eu.coact.core.files.FileTrees.copy(Path.of(legacy()), legacyCopy);
        Files.writeString(out.resolve(".coact-output"), "marked");
        Launch run = Launch.of(
                "import-legacy",
                legacyCopy.toString(),
                out.toString(),
                "--mapping",
                mapping(dir).toString(),
                "--force");
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.err()).contains("holds " + legacyCopy);
        assertThat(legacyCopy).isDirectory();
    }

    @Test
    void writesNothingWhenTheImportHasErrors(@TempDir Path dir) throws IOException {
        Path badMapping = Files.writeString(dir.resolve("mapping.yaml"), "continuations: [not, a, map]\n");
        Path out = dir.resolve("never");
        Launch run = Launch.of("import-legacy", legacy(), out.toString(), "--mapping", badMapping.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out()).contains("error").contains("Nothing was written");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("mapping.yaml");
        }
    }

    @Test
    void jsonReportForScripts(@TempDir Path dir) throws IOException {
        Launch run = Launch.of(
                "import-legacy",
                "--json",
                legacy(),
                dir.resolve("out").toString(),
                "--mapping",
                mapping(dir).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{\"errors\":0,\"warnings\":");
    }
}
