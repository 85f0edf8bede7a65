package eu.coact.export.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageReaderTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenPackageReadsBackValidWithItsDescriptorAndRowCounts() throws IOException {
        DataPackage written = SampleRelease.writeTo(dir);

        Validated<CheckedPackage> read = DataPackageReader.standard().read(dir);

        assertThat(read.problems().isEmpty()).as(read.problems().render()).isTrue();
        CheckedPackage checked = read.orElseThrow();
        assertThat(checked.descriptor()).isEqualTo(written);
        assertThat(checked.rows("participants")).isEqualTo(3);
        assertThat(checked.rows("answer-codes")).isEqualTo(3);
        assertThat(checked.rows("answers")).isEqualTo(4);
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithFileLineAndField() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("answers.csv", 3, "p-0001,C02,none,two,2021-03-02T10:00:00Z,1e-3,false");

        Problem p = onlyProblem(DataPackageReader.standard().read(dir).problems());

        assertThat(p.code()).isEqualTo("invalid-type");
        assertThat(p.location().source()).isEqualTo("answers.csv");
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.location().path()).isEqualTo("/attempts");
        assertThat(p.message()).contains("'two' is not an integer");
    }

    @Test
    void aValueOutsideTheEnumerationIsReported() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("participants.csv", 4, "p-0003,50-59,2021-03-05");

        Problem p = onlyProblem(DataPackageReader.standard().read(dir).problems());

        assertThat(p.code()).isEqualTo("not-allowed");
        assertThat(p.location()).hasToString("participants.csv:4 /age_band");
    }

    @Test
    void theMissingValueCodeIsAllowedButARequiredFieldNeedsAValue() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("participants.csv", 2, "p-0001,rather-not-answer,rather-not-answer");

        Problem p = onlyProblem(DataPackageReader.standard().read(dir).problems());

        assertThat(p.code()).isEqualTo("missing-field");
        assertThat(p.location()).hasToString("participants.csv:2 /joined");
        assertThat(p.message()).contains("'rather-not-answer' means missing");
    }

    @Test
    void boundsAndPatternsAreChecked() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("answers.csv", 2, "p-0001,C01,same,9,2021-03-01T10:00:00Z,0.5,true");
        replaceLine("participants.csv", 3, "P2,18-29,2021-03-02");

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.withCode("above-maximum"))
                .singleElement()
                .satisfies(p -> assertThat(p.location()).hasToString("answers.csv:2 /attempts"));
        assertThat(problems.withCode("pattern-mismatch"))
                .singleElement()
                .satisfies(p -> assertThat(p.location()).hasToString("participants.csv:3 /participant"));
    }

    @Test
    void aDuplicatePrimaryKeyNamesBothLines() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("answers.csv", 5, "p-0001,C02,same,5,2021-03-04T10:00:00,-2,0");

        Problem p = onlyProblem(DataPackageReader.standard().read(dir).problems());

        assertThat(p.code()).isEqualTo("duplicate-key");
        assertThat(p.location().line()).isEqualTo(5);
        assertThat(p.message()).contains("primary key (participant, block)").contains("repeats line 3");
    }

    @Test
    void aUniqueFieldThatRepeatsIsReported() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("codebook/answer-codes.csv", 4, "same,Again");

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.withCode("duplicate-key"))
                .singleElement()
                .satisfies(p -> assertThat(p.location()).hasToString("codebook/answer-codes.csv:4 /code"));
    }

    @Test
    void aForeignKeyToAnUnknownRowIsReported() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("answers.csv", 4, "p-0009,C01,maybe,,2021-03-03T10:00:00+01:00,NaN,1");

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.withCode("unknown-reference"))
                .extracting(p -> p.location().toString() + " " + p.message())
                .containsExactlyInAnyOrder(
                        "answers.csv:4 /participant no row of 'participants' has participant = 'p-0009'",
                        "answers.csv:4 /answer no row of 'answer-codes' has code = 'maybe'");
    }

    @Test
    void aHeaderThatDoesNotMatchTheSchemaIsReportedOnLineOne() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("participants.csv", 1, "participant,age,joined");

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.asList())
                .extracting(Problem::code)
                .contains("header-mismatch", "missing-column", "unexpected-column");
        assertThat(problems.withCode("missing-column"))
                .singleElement()
                .satisfies(p -> assertThat(p.location()).hasToString("participants.csv:1 /age_band"));
    }

    @Test
    void aRowOfTheWrongWidthAndBrokenQuotingAreReported() throws IOException {
        SampleRelease.writeTo(dir);
        replaceLine("participants.csv", 3, "p-0002,18-29");
        replaceLine("answers.csv", 3, "p-0001,C02,\"none\"x,2,2021-03-02T10:00:00Z,1e-3,false");

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.withCode("wrong-width"))
                .singleElement()
                .satisfies(p -> assertThat(p.location()).hasToString("participants.csv:3"));
        assertThat(problems.withCode("malformed-csv")).singleElement().satisfies(p -> {
            assertThat(p.location()).hasToString("answers.csv:3");
            assertThat(p.message()).contains("after the closing quote");
        });
    }

    @Test
    void aMissingFileIsReportedAgainstTheDescriptor() throws IOException {
        SampleRelease.writeTo(dir);
        Files.delete(dir.resolve("codebook/answer-codes.csv"));

        Problems problems = DataPackageReader.standard().read(dir).problems();

        assertThat(problems.withCode("file-not-found")).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("codebook/answer-codes.csv");
            assertThat(p.location()).hasToString("datapackage.json /resources/1/path");
        });
    }

    @Test
    void problemsBeyondTheLimitAreCountedNotListed() throws IOException {
        SampleRelease.writeTo(dir);
        StringBuilder bad = new StringBuilder("code,label_en\r\n");
        for (int i = 0; i < 30; i++) {
            bad.append("same,x\r\n");
        }
        Files.writeString(dir.resolve("codebook/answer-codes.csv"), bad.toString());

        Problems problems = DataPackageReader.withProblemLimit(5).read(dir).problems();

        assertThat(problems.withCode("duplicate-key")).hasSize(5);
        assertThat(problems.withCode("more-problems"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("24 more problems"));
    }

    @Test
    void descriptorProblemsCarryTheirLineInDatapackageJson() throws IOException {
        SampleRelease.writeTo(dir);
        Path json = dir.resolve("datapackage.json");
        String text = Files.readString(json).replace("\"type\" : \"integer\"", "\"type\" : \"int\"");
        Files.writeString(json, text);
        int line = lineOf(text, "\"int\"");

        Problem p = onlyProblem(DataPackageReader.standard().read(dir).problems());

        assertThat(p.code()).isEqualTo("unknown-type");
        assertThat(p.location().source()).endsWith("datapackage.json");
        assertThat(p.location().path()).isEqualTo("/resources/2/schema/fields/3/type");
        assertThat(p.location().line()).isEqualTo(line);
    }

    @Test
    void aDirectoryWithoutDescriptorIsReportedNotThrown() {
        assertThat(DataPackageReader.standard().read(dir).problems().withCode("missing-descriptor"))
                .hasSize(1);
    }

    private void replaceLine(String file, int line, String replacement) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines =
                List.of(Files.readString(path, StandardCharsets.UTF_8).split("\r\n", -1));
        List<String> changed = new java.util.ArrayList<>(lines);
        changed.set(line - 1, replacement);
        Files.writeString(path, String.join("\r\n", changed), StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Problem onlyProblem(Problems problems) {
        assertThat(problems.asList()).as(problems.render()).hasSize(1);
        return problems.asList().get(0);
    }
}
