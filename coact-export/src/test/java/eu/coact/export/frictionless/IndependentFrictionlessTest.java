package eu.coact.export.frictionless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.export.ReleaseFixture;
import eu.coact.export.datapackage.Constraints;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataPackageJson;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.PortableRegex;
import eu.coact.export.datapackage.TableSchema;
import eu.coact.testkit.frictionless.FrictionlessCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks releases with an implementation of the Frictionless specifications that shares no code
 * with ours: frictionlessdata's datapackage-js and tableschema-js (npm), installed by
 * {@code .ci/run} under {@code .ci/frictionless}. It reads the descriptor, every row of every
 * table, the patterns as JavaScript's regular expressions read them, primary and foreign keys.
 * Skipped with a message when Node.js or the package is missing, except under CI, where it must
 * be there.
 */
class IndependentFrictionlessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSampleReleaseIsValidForDatapackageJs() throws Exception {
        FrictionlessCheck checker = checker();
        Path release = ReleaseFixture.sampleRelease(dir);

        JsonNode result = validate(checker, release);
        // Left in the build directory, so a person can run other tools on it.
        copyTree(release, Paths.get("target", "frictionless", "sample-release"));

        assertThat(result.path("descriptor")).as(result.toPrettyString()).isEmpty();
        List<String> tables = new ArrayList<>();
        for (JsonNode resource : result.path("resources")) {
            assertThat(resource.path("errors"))
                    .as(resource.path("name") + ": " + resource)
                    .isEmpty();
            if (resource.path("tabular").asBoolean()) {
                tables.add(resource.path("name").asText());
            }
        }
        // Every CSV resource was read as a table, so its rows were checked, not just the descriptor.
        assertThat(tables).contains("participants", "answers", "codebook-codes", "consent-summary");
        assertThat(result.path("valid").asBoolean()).as(result.toPrettyString()).isTrue();
        JsonNode answers = resource(result, "answers");
        assertThat(answers.path("rows").asLong()).isGreaterThan(100);
    }

    @Test
    void aRowThatBreaksItsPatternIsCaughtByTheIndependentChecker() throws Exception {
        FrictionlessCheck checker = checker();
        Path release = ReleaseFixture.sampleRelease(dir);
        Path answers = release.resolve("answers.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(answers));
        // The attack: an answer code the codebook does not know, in the second row.
        String[] cells = lines.get(1).split(",", -1);
        cells[3] = "invented";
        lines.set(1, String.join(",", cells));
        Files.write(answers, lines);

        JsonNode result = validate(checker, release);

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(resource(result, "answers").path("errors").toString()).containsIgnoringCase("constraint");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void multipleChoiceAnswersWithAwkwardCodesAreReadByThePatternAsWeMeanIt() throws Exception {
        FrictionlessCheck checker = checker();
        // Codes with characters that are syntax in some regular-expression dialect; the old
        // Java-only quoting made JavaScript refuse every one of these rows.
        List<String> codes = List.of("a.b", "x+y", "(c)", "$d", "e|f", "q\\e");
        TableSchema schema = TableSchema.of(List.of(
                        Field.of("id", FieldType.INTEGER),
                        Field.of("answer", FieldType.STRING)
                                .constrained(Constraints.none().andMatching(PortableRegex.listOf(codes, ",")))))
                .withPrimaryKey("id");
        Path pkg = Files.createDirectory(dir.resolve("multiple"));
        DataPackageJson.write(
                DataPackage.builder("multiple-choice")
                        .resource(DataResource.csv("answers", "answers.csv", schema))
                        .build(),
                pkg);
        Files.writeString(
                pkg.resolve("answers.csv"), "id,answer\n1,a.b\n2,\"x+y,(c),$d\"\n3,e|f\n4,q\\e\n5,\"a.b,q\\e\"\n");

        JsonNode good = validate(checker, pkg);

        assertThat(good.path("valid").asBoolean()).as(good.toPrettyString()).isTrue();
        assertThat(resource(good, "answers").path("rows").asInt()).isEqualTo(5);

        // Near misses a misread pattern would let through: another character where '.' or '+' stands.
        Files.writeString(pkg.resolve("answers.csv"), "id,answer\n1,aXb\n2,xxy\n3,a.b\n");

        JsonNode bad = validate(checker, pkg);

        assertThat(bad.path("valid").asBoolean()).isFalse();
        assertThat(resource(bad, "answers").path("errors")).hasSize(2);
        assertThat(resource(bad, "answers").path("errors").toString())
                .contains("aXb")
                .contains("xxy");
        // tableschema-js searches for the pattern instead of matching the whole value (the
        // specification's XML Schema patterns are anchored), so it accepts text around a code,
        // e.g. "Qa.bE". Our reader and the regex engines in PortableRegexTest match whole values.
        Files.writeString(pkg.resolve("answers.csv"), "id,answer\n1,Qa.bE\n");
        assertThat(validate(checker, pkg).path("valid").asBoolean()).isTrue();
    }

    private static JsonNode resource(JsonNode result, String name) {
        for (JsonNode r : result.path("resources")) {
            if (r.path("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + name + " in " + result);
    }

    private static JsonNode validate(FrictionlessCheck checker, Path release) throws IOException {
        return JSON.readTree(checker.check(release).json());
    }

    private static FrictionlessCheck checker() {
        Optional<FrictionlessCheck> found = FrictionlessCheck.find();
        if (found.isEmpty()) {
            if (FrictionlessCheck.required()) {
                fail(FrictionlessCheck.missing() + "; under CI the independent Frictionless check must run");
            }
            Assumptions.abort(FrictionlessCheck.missing() + "; the independent Frictionless check is skipped");
        }
        return found.get();
    }
}
