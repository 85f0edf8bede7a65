package eu.coact.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.export.audit.AuditReport;
import eu.coact.export.audit.ReleaseAudit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every release of both example studies, made by the demo from simulated participants, passes
 * the outside auditor's command, at the sizes a research group meets: 150, 300, 1,000 and 3,000.
 */
class ExampleReleasesAuditTest {

    static Stream<Arguments> releases() {
        return Stream.of("coact-mental-health", "dementia-carers")
                .flatMap(study -> Stream.of(150, 300, 1000).map(n -> Arguments.of(study, n)));
    }

    private static void releaseAndAudit(Path dir, String study, int participants) {
        Path output = dir.resolve(study + "-" + participants);
        Launch demo = Launch.of(
                "demo",
                "--study",
                study,
                "--participants",
                Integer.toString(participants),
                "--output",
                output.toString(),
                "--seed",
                "11");
        assertThat(demo.exit()).as(demo.out() + demo.err()).isZero();
        Path release = output.resolve("open-data");
        try {
            // Confirmed answers are there: more answer rows than participants.
            long people =
                    Files.readAllLines(release.resolve("participants.csv")).size() - 1;
            long answers;
            try (Stream<String> lines = Files.lines(release.resolve("answers.csv"))) {
                answers = lines.count() - 1;
            }
            assertThat(people).isPositive();
            assertThat(answers).isGreaterThan(people);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        AuditReport report = ReleaseAudit.audit(release);
        assertThat(report.findings()).as(report.render()).isEmpty();
        Launch audit = Launch.of("audit", release.toString());
        assertThat(audit.exit()).as(audit.out()).isZero();
        assertThat(audit.out()).startsWith("PASSED");
    }

    @ParameterizedTest(name = "{0} with {1} participants")
    @MethodSource("releases")
    void theDemoReleasePassesTheAudit(String study, int participants, @TempDir Path dir) {
        releaseAndAudit(dir, study, participants);
    }

    @Test
    @Tag("slow")
    void threeThousandParticipantsOfEachStudyPassTheAudit(@TempDir Path dir) {
        releaseAndAudit(dir, "coact-mental-health", 3000);
        releaseAndAudit(dir, "dementia-carers", 3000);
    }

    @Test
    void theAuditCommandFailsWithExitOneOnABrokenReleaseAndExplains(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("broken");
        assertThat(Launch.of("demo", "--participants", "150", "--output", output.toString(), "--seed", "3")
                        .exit())
                .isZero();
        Path release = output.resolve("open-data");
        Files.copy(
                output.resolve("open-data-internal-not-for-deposit/consent-audit.json"),
                release.resolve("consent-audit.json"));

        Launch audit = Launch.of("audit", release.toString());

        assertThat(audit.exit()).isEqualTo(1);
        assertThat(audit.out()).startsWith("FAILED").contains("[layout] consent-audit.json");
    }

    @Test
    void auditingAFolderThatIsNoReleaseIsAMistakeNotAStackTrace(@TempDir Path dir) {
        Launch audit = Launch.of("audit", dir.toString());

        assertThat(audit.exit()).isEqualTo(1);
        assertThat(audit.err()).contains("no datapackage.json").doesNotContain("Exception");
    }
}
