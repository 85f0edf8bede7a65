package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.coact.core.files.FileTrees;
import eu.coact.core.files.OutputFolder;
import eu.coact.core.problem.Validated;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackageReader;
import eu.coact.testkit.frictionless.FrictionlessCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    /** The demo output folder that holds what must not be deposited. */
    private static final String INTERNAL = "open-data-internal-not-for-deposit/";

    @Test
    void aDemoJournalKeptInAFolderIsSignedItsAnchorPrintedAndRecordedInTheRelease(@TempDir Path dir)
            throws IOException {
        Path journal = dir.resolve("journal");
        Launch run = Launch.of(
                "demo",
                "--participants",
                "150",
                "--output",
                dir.resolve("out").toString(),
                "--seed",
                "3",
                "--journal",
                journal.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String printed = run.err().substring(run.err().indexOf("Journal anchor"));
        Path anchor = dir.resolve("anchor.json");
        Files.writeString(anchor, printed.substring(printed.indexOf('{'), printed.indexOf('}') + 1));

        Launch verify = Launch.of("verify", "--journal", journal.toString(), "--anchor", anchor.toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("out"))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("datapackage.json"))
                            .findFirst()
                            .map(p -> {
                                try {
                                    return Files.readString(p);
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                            .orElseThrow())
                    .contains("coact-journal-anchor/1 sequence=");
        }
    }

    @Test
    void fiftyParticipantsRunThroughTheDemoStudyAndItsReleaseAndTheSummaryAddsUp(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("demo-output");
        Launch run = Launch.of("demo", "--participants", "50", "--output", output.toString(), "--seed", "7");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("simulating").contains("100%");
        assertThat(run.out()).contains("50 simulated participants").contains("Journal: intact");

        ObjectMapper json = new ObjectMapper();
        JsonNode summary =
                json.readTree(output.resolve(INTERNAL + "summary.json").toFile());
        JsonNode standing = summary.get("standing");
        int total = standing.get("invited").asInt()
                + standing.get("active").asInt()
                + standing.get("paused").asInt()
                + standing.get("withdrawing").asInt()
                + standing.get("withdrawn").asInt();
        assertThat(total).isEqualTo(50);
        assertThat(summary.get("declined").asInt())
                .isEqualTo(standing.get("invited").asInt());
        assertThat(summary.get("withdrew").asInt())
                .isEqualTo(standing.get("withdrawn").asInt());
        assertThat(summary.get("erased").asInt())
                .isBetween(0, summary.get("withdrew").asInt());
        assertThat(standing.get("active").asInt()).as("most take part").isGreaterThan(25);
        assertThat(summary.get("answers").asLong()).isGreaterThan(50);
        assertThat(summary.get("withheld").asLong())
                .as("the engine never needs the consent gate")
                .isZero();
        assertThat(Files.readString(output.resolve(INTERNAL + "verification.txt")))
                .contains("journal: intact")
                .contains("consent ledger: intact");
        assertThat(summary.get("ledger").asText()).startsWith("intact");

        // The consent ledger's audit agrees with what the engine saw: who declined, who is active, who erased.
        JsonNode audit =
                json.readTree(output.resolve(INTERNAL + "consent-audit.json").toFile());
        assertThat(audit.get("by_state").get("active").asInt())
                .isEqualTo(standing.get("active").asInt());
        JsonNode stages = summary.get("consentStages");
        assertThat(stages.get("active").asInt())
                .isEqualTo(standing.get("active").asInt());
        assertThat(stages.get("erased").asInt()).isEqualTo(summary.get("erased").asInt());
        assertThat(stages.get("declined").asInt())
                .isLessThanOrEqualTo(summary.get("declined").asInt());
        assertThat(Files.readString(output.resolve(INTERNAL + "consent-audit.txt")))
                .contains("By stage of the consent lifecycle");

        // The open-data release: a valid Data Package, its report, and gates that account for everyone.
        Validated<CheckedPackage> release = DataPackageReader.standard().read(output.resolve("open-data"));
        assertThat(release.problems().render()).isEqualTo("No problems found.");
        assertThat(release.isValid()).isTrue();
        assertThat(output.resolve("open-data/report.html")).isNotEmptyFile();
        assertThat(output.resolve("open-data/codebook/codebook.md")).isNotEmptyFile();
        JsonNode released = summary.get("release");
        assertThat(released.get("written").asBoolean()).isTrue();
        JsonNode excluded = released.get("excluded");
        assertThat(excluded.get("declined").asInt())
                .isEqualTo(stages.get("declined").asInt());
        assertThat(excluded.get("withdrawn").asInt())
                .isEqualTo(stages.get("withdrawn").asInt());
        assertThat(excluded.get("erased").asInt())
                .isEqualTo(stages.get("erased").asInt());
        int accounted = released.get("included").asInt();
        for (String reason :
                List.of("declined", "withdrawn", "erased", "publication-refused", "disclosure-suppressed")) {
            accounted += excluded.get(reason).asInt();
        }
        assertThat(accounted)
                .as("everyone the consent ledger knows is either released or left out for a reason")
                .isEqualTo(audit.get("participants").asInt());
        assertThat(released.get("included").asInt()).isPositive();
        assertThat(released.get("rows").get("participants").asInt())
                .isEqualTo(released.get("included").asInt());
        try (var lines = Files.lines(output.resolve("open-data/participants.csv"))) {
            assertThat(lines.count() - 1).isEqualTo(released.get("included").asLong());
        }
    }

    @Test
    void anotherFrictionlessImplementationReadsTheDemoReleaseWithoutAnError(@TempDir Path dir) throws IOException {
        Optional<FrictionlessCheck> checker = FrictionlessCheck.find();
        if (checker.isEmpty()) {
            if (FrictionlessCheck.required()) {
                org.junit.jupiter.api.Assertions.fail(FrictionlessCheck.missing() + "; under CI it must run");
            }
            org.junit.jupiter.api.Assumptions.abort(FrictionlessCheck.missing() + "; the independent check is skipped");
        }
        Path output = dir.resolve("demo-output");
        assertThat(Launch.of("demo", "--participants", "50", "--output", output.toString(), "--seed", "11")
                        .exit())
                .isZero();

        // The demo study has multiple-choice answers, checked by a pattern that JavaScript must read as we mean it.
        Path openData = output.resolve("open-data");
        assertThat(Files.readString(openData.resolve("datapackage.json"))).contains("\"pattern\"");
        FrictionlessCheck.Result result = checker.get().check(openData);

        assertThat(result.valid()).as(result.json()).isTrue();
        assertThat(result.table("answers").orElseThrow().rows()).isPositive();
        assertThat(result.tables())
                .allSatisfy(t -> assertThat(t.tabular()).as(t.name()).isTrue());
    }

    @Test
    void theSameSeedGivesTheSameRun(@TempDir Path dir) throws IOException {
        String study = Launch.study("tiny-study").toString();
        Launch.of(
                "demo",
                "--study",
                study,
                "--participants",
                "30",
                "--output",
                dir.resolve("a").toString());
        Launch.of(
                "demo",
                "--study",
                study,
                "--participants",
                "30",
                "--output",
                dir.resolve("b").toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(
                dir.resolve("a/open-data-internal-not-for-deposit/summary.json").toFile());
        JsonNode b = json.readTree(
                dir.resolve("b/open-data-internal-not-for-deposit/summary.json").toFile());
        assertThat(a.get("standing")).isEqualTo(b.get("standing"));
        assertThat(a.get("answers")).isEqualTo(b.get("answers"));
    }

    @Test
    void aFolderThatIsNotTheSdksOutputIsNotOverwrittenEvenWithForce(@TempDir Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "\\documentclass{book}");
        for (boolean force : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of(
                    "demo",
                    "--study",
                    Launch.study("tiny-study").toString(),
                    "--participants",
                    "5",
                    "--output",
                    mine.toString()));
            if (force) {
                args.add("--force");
            }
            Launch run = Launch.of(args.toArray(String[]::new));
            assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
            assertThat(run.err())
                    .contains(mine.toString())
                    .contains("not replaced")
                    .contains(".coact-output")
                    .doesNotContain("Exception");
            assertThat(mine.resolve("thesis.tex")).exists();
        }
    }

    @Test
    void aMarkedFolderThatHoldsTheStudyOrTheJournalIsNotReplaced(@TempDir Path dir) throws IOException {
        Path output = Files.createDirectories(dir.resolve("out"));
        OutputFolder.mark(output, "coact demo");
        Path study = output.resolve("study");
        FileTrees.copy(Launch.study("tiny-study"), study);
        Launch run = Launch.of(
                "demo", "--study", study.toString(), "--participants", "5", "--output", output.toString(), "--force");
        assertThat(run.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(run.err()).contains("not replaced").contains("holds " + study);
        assertThat(study.resolve("study.yaml")).isRegularFile();

        Path journal = output.resolve("journal");
        Launch withJournal = Launch.of(
                "demo",
                "--study",
                Launch.study("tiny-study").toString(),
                "--participants",
                "5",
                "--output",
                output.toString(),
                "--journal",
                journal.toString(),
                "--force");
        assertThat(withJournal.exit()).isEqualTo(Coact.INPUT_ERRORS);
        assertThat(withJournal.err()).contains("holds " + journal);
    }

    @Test
    void theOutputIsPrivateToItsOwner(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("out");
        assertThat(Launch.of(
                                "demo",
                                "--study",
                                Launch.study("tiny-study").toString(),
                                "--participants",
                                "5",
                                "--output",
                                output.toString())
                        .exit())
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo("rwx------");
        try (var files = Files.walk(output)) {
            for (Path p : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void aPreviousDemoOutputIsReplaced(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("out");
        String study = Launch.study("tiny-study").toString();
        assertThat(Launch.of("demo", "--study", study, "--participants", "5", "--output", output.toString())
                        .exit())
                .isZero();
        assertThat(Launch.of("demo", "--study", study, "--participants", "6", "--output", output.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(output.resolve(INTERNAL + "summary.txt"))).contains("6 simulated participants");
    }
}
