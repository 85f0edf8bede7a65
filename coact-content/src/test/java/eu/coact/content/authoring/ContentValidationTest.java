package eu.coact.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.ContentBlock;
import eu.coact.content.Examples;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidationTest {

    private static Problems everyDefect() {
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks(Examples.example("broken/every-defect.yaml"));
        assertThat(read.isValid()).isFalse();
        return read.problems();
    }

    private static List<String> paths(Problems problems, String code) {
        return problems.withCode(code).stream().map(p -> p.location().path()).toList();
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceWithFileBlockPathAndLine() {
        Problems problems = everyDefect();

        String start = "/blocks/0/messages/start";
        assertThat(paths(problems, "missing-translation")).containsExactly(start + "/text");
        assertThat(paths(problems, "placeholder-without-source")).containsExactly(start + "/text");
        assertThat(paths(problems, "duplicate-value")).containsExactly(start + "/options/1/value");
        assertThat(paths(problems, "empty-text")).containsExactly(start + "/options/2/label/es");
        assertThat(paths(problems, "unknown-branch-value")).containsExactly(start + "/next/cases/C");
        assertThat(paths(problems, "dangling-next")).containsExactly(start + "/next/cases/C");
        assertThat(paths(problems, "branch-not-covering")).containsExactly(start + "/next");
        assertThat(paths(problems, "free-text-without-continuation")).containsExactly("/blocks/0/messages/ask_more");
        assertThat(paths(problems, "unknown-variable")).containsExactly("/blocks/0/messages/ask_more/actions/0");
        assertThat(paths(problems, "unreachable-message"))
                .containsExactly("/blocks/0/messages/orphan", "/blocks/0/messages/confirm");
        assertThat(paths(problems, "block-never-ends")).containsExactly("/blocks/1/entry");
        assertThat(paths(problems, "sensitive-without-warning")).containsExactly("/blocks/1/messages/loop_a/text/en");
        assertThat(paths(problems, "value-drift")).hasSize(1);
        assertThat(paths(problems, "missing-authorship")).containsExactly("/blocks/2");
        assertThat(paths(problems, "unknown-action")).containsExactly("/blocks/2/messages/one/actions/0/type");

        for (Problem problem : problems) {
            assertThat(problem.location().source()).endsWith("every-defect.yaml");
            assertThat(problem.location().line()).as(problem.toString()).isPositive();
            assertThat(problem.message()).as(problem.toString()).contains("(block ");
        }
        Problem duplicate = problems.withCode("duplicate-value").get(0);
        assertThat(duplicate.location().line()).isEqualTo(18);
    }

    @Test
    void errorsAndWarningsAreSeparatedAndStrictModeRefusesWarnings() {
        Validated<List<ContentBlock>> lenient =
                ContentReader.standard().readBlocks(Examples.example("demo-study/blocks/system.yaml"));
        assertThat(lenient.isValid()).isTrue();

        String withWarning = """
                id: w
                kind: information
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: information, text: {en: "Hi"}}
                  b: {type: information, text: {en: "Never shown"}}
                """;
        Validated<List<ContentBlock>> warned =
                ContentReader.standard().readBlocks("w.yaml", withWarning, eu.coact.core.read.DocumentFormat.YAML);
        assertThat(warned.isValid()).isTrue();
        assertThat(warned.problems().warnings()).extracting(Problem::code).containsExactly("unreachable-message");

        Validated<List<ContentBlock>> strict = ContentReader.standard()
                .withValidator(ContentValidator.standard().strict())
                .readBlocks("w.yaml", withWarning, eu.coact.core.read.DocumentFormat.YAML);
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.problems().withCode("strict-mode")).hasSize(1);
    }

    @Test
    void wrongTypesAndUnknownFieldsAreAllReportedWithoutAPartialModel() {
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks(Examples.example("broken/wrong-types.json"));

        assertThat(read.asOptional()).isEmpty();
        Problems problems = read.problems();
        assertThat(paths(problems, "unknown-field")).contains("/colour");
        assertThat(paths(problems, "unknown-value")).contains("/kind");
        assertThat(paths(problems, "wrong-type"))
                .contains(
                        "/languages",
                        "/authorship/authors",
                        "/authorship/source",
                        "/score",
                        "/messages/m1/text/en",
                        "/messages/m1/options",
                        "/messages/m1/next");
        assertThat(paths(problems, "invalid-value")).contains("/authorship/date");
        assertThat(paths(problems, "invalid-wait")).contains("/messages/m1/wait");
    }

    @Test
    void hostileYamlIsAReportNotAnExplosion() {
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks(Examples.example("broken/hostile.yaml"));

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors()).extracting(Problem::code).containsExactly("yaml-alias");
    }

    @Test
    void aHugeScalarIsRefusedWithAReport() {
        String huge = "id: x\nkind: information\nlanguages: [en]\nmessages:\n  a: {type: information, text: \""
                + "x".repeat(2_000_000) + "\"}\n";

        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("huge.yaml", huge, eu.coact.core.read.DocumentFormat.YAML);

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems().errors()).isNotEmpty();
    }

    @Test
    void mediaFilesMustExistAndMatchTheirUnicodeNormalisation(@TempDir Path study) throws Exception {
        Path media = Files.createDirectories(study.resolve("media"));
        String nfd = java.text.Normalizer.normalize("camí.png", java.text.Normalizer.Form.NFD);
        Files.writeString(media.resolve(nfd), "png");
        String block = """
                id: pictures
                kind: information
                languages: [en]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a: {type: media, media: image, file: "camí.png", alt: {en: "A path"}, next: b}
                  b: {type: media, media: image, file: "missing.png", alt: {en: "Nothing"}, next: c}
                  c: {type: media, media: image, file: "elsewhere.png"}
                """;
        Validated<List<ContentBlock>> read = ContentReader.standard()
                .withValidator(ContentValidator.standard().withMediaFolder(media))
                .readBlocks("pictures.yaml", block, eu.coact.core.read.DocumentFormat.YAML);

        Problems problems = read.problems();
        boolean normalisationVisible =
                Files.list(media).anyMatch(p -> p.getFileName().toString().equals(nfd));
        if (normalisationVisible) {
            assertThat(paths(problems, "media-name-normalisation")).containsExactly("/messages/a/file/en");
        }
        assertThat(paths(problems, "missing-media")).contains("/messages/b/file/en", "/messages/c/file/en");
        assertThat(paths(problems, "missing-alt-text")).containsExactly("/messages/c");
    }

    @Test
    void unbalancedOrUnknownMarkupIsAnErrorWithItsFilePathAndLine() {
        String block = """
                id: marks
                kind: information
                languages: [en, es]
                authorship: {authors: [t], date: 2026-01-01, source: s}
                messages:
                  a:
                    type: information
                    text: {en: "**Bold** and _italic_ and [a link](https://example.org)", es: "**Sin cerrar"}
                    next: b
                  b:
                    type: single-choice
                    text: {en: "Pick *one*", es: "Elige [uno](ftp://example.org)"}
                    variable: pick
                    options:
                      - {value: a, label: {en: "A_b", es: 'A\\_b'}}
                """;
        Validated<List<ContentBlock>> read =
                ContentReader.standard().readBlocks("marks.yaml", block, eu.coact.core.read.DocumentFormat.YAML);

        Problems problems = read.problems();
        assertThat(read.isValid()).isFalse();
        assertThat(paths(problems, "markup-unbalanced"))
                .containsExactlyInAnyOrder("/messages/a/text/es", "/messages/b/options/0/label/en");
        assertThat(paths(problems, "markup-unknown")).containsOnly("/messages/b/text/en");
        assertThat(paths(problems, "markup-link")).containsExactly("/messages/b/text/es");
        assertThat(problems.asList())
                .filteredOn(p -> p.code().startsWith("markup-"))
                .allSatisfy(p -> {
                    assertThat(p.location().source()).isEqualTo("marks.yaml");
                    assertThat(p.location().line()).isPositive();
                });
        assertThat(problems.asList())
                .filteredOn(p -> p.code().equals("markup-unbalanced"))
                .anySatisfy(p -> assertThat(p.message()).contains("bold", "line 1, column 1 of the text"));
    }
}
