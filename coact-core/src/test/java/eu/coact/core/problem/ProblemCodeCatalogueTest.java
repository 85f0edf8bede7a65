package eu.coact.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The problem-code catalogue is complete, documented and enforced: {@link Problem} refuses a code
 * outside it, every code written in the project's sources is in it, and {@code docs/problem-codes.md}
 * is what the catalogue generates. Run with {@code -Dcoact.regenerate.docs=true} to rewrite the
 * document after changing the catalogue.
 */
class ProblemCodeCatalogueTest {

    /** The project's root, seen from this module's folder (where the build runs its tests). */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path DOC = ROOT.resolve("docs").resolve("problem-codes.md");

    /** A code literal as the first or second argument of a call that makes a problem, or assigned to a code. */
    private static final Pattern EMITTED = Pattern.compile(
            "\\b(?:error|warning|info|refuse|report|attempt|fail)\\(\\s*(?:[^,()\";]*(?:\"[^\"]*\")?[^,();]*,\\s*)?"
                    + "\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"\\s*[,)]"
                    + "|\\bcode\\s*=\\s*\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"");

    @Test
    void problemRefusesACodeOutsideTheCatalogue() {
        assertThatThrownBy(() -> Problem.error("missing-property", "The field 'x' is required.", Location.of("f")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalogue");
        assertThat(Problem.error(ProblemCode.MISSING_FIELD, "The field 'x' is required.", Location.of("f"))
                        .code())
                .isEqualTo("missing-field");
    }

    @Test
    void everyCodeIsKebabCaseWithOneSentenceOfDescription() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(code.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)+");
            assertThat(code.name())
                    .isEqualTo(code.code().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            assertThat(code.description()).as(code.code()).matches("[A-Z].*\\.").doesNotContain("\n");
            assertThat(ProblemCode.of(code.code())).contains(code);
        }
    }

    @Test
    void everyCodeWrittenInTheSourcesIsInTheCatalogue() throws IOException {
        Set<String> written = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path main : modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = EMITTED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                        while (m.find()) {
                            written.add(m.group(1) != null ? m.group(1) : m.group(2));
                        }
                    }
                }
            }
        }
        assertThat(written).as("codes found in the sources").hasSizeGreaterThan(150);
        assertThat(written.stream().filter(c -> ProblemCode.of(c).isEmpty()).toList())
                .as("codes written in the sources but missing from ProblemCode")
                .isEmpty();
    }

    @Test
    void theDocumentIsGeneratedFromTheCatalogue() throws IOException {
        String expected = document();
        if (Boolean.getBoolean("coact.regenerate.docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/problem-codes.md is out of date: run this test with -Dcoact.regenerate.docs=true")
                .isEqualTo(expected);
    }

    private static String document() {
        List<String> rows = Arrays.stream(ProblemCode.values())
                .map(c -> "| `" + c.code() + "` | " + c.description().replace("|", "\\|") + " |")
                .collect(Collectors.toList());
        return String.join(
                "\n",
                "# Problem codes",
                "",
                "Every problem the SDK reports carries one of these codes. They are stable: a program that reads",
                "`coact validate --json` (or `Problems.toJson()`) may rely on them. Each meaning has one code;",
                "the severity (error, warning) and the message come with each problem.",
                "",
                "This file is generated from `eu.coact.core.problem.ProblemCode` by `ProblemCodeCatalogueTest`;",
                "the build fails when it is out of date, and `Problem` refuses any code that is not listed.",
                "",
                "| code | meaning |",
                "|---|---|",
                String.join("\n", rows),
                "");
    }
}
