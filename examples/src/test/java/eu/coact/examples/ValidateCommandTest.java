package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.core.problem.ControlCharacters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @Test
    void aCorrectStudyWithItsConsentPolicyDocumentsAndReleaseConfigurationPassesWithExitStatusZero() {
        Launch run = Launch.of("validate", Launch.study("tiny-study").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No problems found.");
    }

    @Test
    void brokenContentIsReportedFileByFileWithLinesAndColumns() {
        Launch run = Launch.of("validate", Launch.study("broken-study").toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        String report = run.out();
        assertThat(report).contains("blocks/first_story.yaml\n", "blocks/hello.yaml\n", "study.yaml\n");
        assertThat(report).containsPattern("  9:5 +error +\\[dangling-next\\]");
        assertThat(report).containsPattern("  4:10 +error +\\[duplicate-key\\]");
        assertThat(report).containsPattern("  3:25 +error +\\[unknown-block\\].*missing_block");
        assertThat(report)
                .containsPattern("consent/broken-consent-v1.en.md\n  7:23 +error +\\[consent-purpose-unknown\\]");
        assertThat(report).containsPattern("release.yaml\n(  .*\n)*  3:1 +error +\\[unknown-licence\\]");
        assertThat(report).contains("18 errors, 1 warning in 5 files").contains("cannot be used");
        // Problems of one file are listed under its name, in line order.
        assertThat(report.indexOf("9:5")).isLessThan(report.indexOf("16:10"));
    }

    @Test
    void jsonReportCountsAndLocatesEveryProblem() throws Exception {
        Launch run =
                Launch.of("validate", "--json", Launch.study("broken-study").toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("errors").asInt()).isEqualTo(18);
        assertThat(report.get("problems")).anySatisfy(p -> {
            assertThat(p.get("code").asText()).isEqualTo("duplicate-value");
            assertThat(p.get("source").asText()).endsWith("first_story.yaml");
            assertThat(p.get("line").asInt()).isEqualTo(16);
        });
    }

    @Test
    void aReleaseLanguageTheStudyDoesNotSpeakIsFoundByValidateNotAfterASimulation(@TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("tiny-study");
        try (var files = Files.walk(Launch.study("tiny-study"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target =
                        folder.resolve(Launch.study("tiny-study").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        // The study speaks English and Spanish; French has report texts but no codebook labels.
        Path release = folder.resolve("release.yaml");
        Files.writeString(release, Files.readString(release).replace("language: en", "language: fr"));

        Launch run = Launch.of("validate", folder.toString());

        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out())
                .contains("release.yaml")
                .contains("unsupported-language")
                .contains("not in 'fr'");
    }

    @Test
    void warningsPassUnlessStrict() {
        String folder = Launch.study("warning-study").toString();
        Launch lenient = Launch.of("validate", folder);
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("system-block-in-sequence").contains("0 errors, 1 warning");
        Launch strict = Launch.of("validate", "--strict", folder);
        assertThat(strict.exit()).isEqualTo(Coact.INPUT_ERRORS);
    }

    @Test
    void terminalEscapesInAStudyCannotDriveTheTerminalNorForgeALine(@TempDir Path dir) throws Exception {
        Path study = copy(Launch.study("tiny-study"), dir.resolve("study"));
        Path file = study.resolve("study.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        + "\"\\e[2J\\e[H\\rNo problems found.\\nThe study folder can be used.\\u202E\": 1\n");
        Launch text = Launch.of("validate", study.toString());
        assertThat(text.exit()).isEqualTo(Coact.INPUT_ERRORS);
        for (String output : List.of(
                text.out(),
                text.err(),
                Launch.of("validate", "--json", study.toString()).out())) {
            assertThat(output.chars().filter(c -> c != '\n').noneMatch(c -> ControlCharacters.isUnsafe((char) c)))
                    .as(output)
                    .isTrue();
        }
        assertThat(text.out().lines())
                .noneMatch(line -> line.startsWith("No problems found"))
                .noneMatch(line -> line.startsWith("The study folder can be used"));
        assertThat(text.out()).contains("\\u001B[2J");
        JsonNode report = new ObjectMapper()
                .readTree(Launch.of("validate", "--json", study.toString()).out());
        assertThat(report.get("problems").toString()).contains("No problems found.");
    }

    @Test
    void aConsentFileThatIsMissingUnsafeOrOnlyInOneTranslationIsAnErrorWithItsLine(@TempDir Path dir)
            throws IOException {
        Path study = copy(
                Path.of(Launch.study("tiny-study").getParent().getParent().toString(), "telegram", "study"),
                dir.resolve("study"));
        Path english = study.resolve("consent/bench-consent-v1.en.md");
        Path spanish = study.resolve("consent/bench-consent-v1.es.md");
        assertThat(Launch.of("validate", study.toString()).exit()).isZero();

        Files.writeString(english, Files.readString(english).replace("consent/consent-en.pdf", "consent/missing.pdf"));
        Files.delete(study.resolve("media/consent/consent-es.pdf"));
        Files.createSymbolicLink(study.resolve("media/consent/consent-es.pdf"), Path.of("/etc/passwd"));
        Launch run = Launch.of("validate", study.toString());
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.out())
                .containsPattern("consent/bench-consent-v1.en.md\n  8:1 +error +\\[consent-file-missing\\]")
                .containsPattern("consent/bench-consent-v1.es.md\n  8:1 +error +\\[consent-file-unsafe\\]");

        Files.writeString(spanish, Files.readString(spanish).replace("file: consent/consent-es.pdf\n", ""));
        Files.writeString(english, Files.readString(english).replace("consent/missing.pdf", "consent/consent-en.pdf"));
        Launch mismatch = Launch.of("validate", study.toString());
        assertThat(mismatch.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(mismatch.out()).contains("[consent-translation-mismatch]").contains("have a file or none");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
        return to;
    }
}
