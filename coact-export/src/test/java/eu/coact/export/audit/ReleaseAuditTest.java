package eu.coact.export.audit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.export.ReleaseFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit passes a release as written and fails each hand-made break of it: the attack is
 * made on the files, as someone editing a release by hand (or a faulty writer) would.
 */
class ReleaseAuditTest {

    @TempDir
    Path dir;

    private Path release;

    @BeforeEach
    void writeRelease() throws IOException {
        release = ReleaseFixture.sampleRelease(dir);
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(release.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void aReleaseAsWrittenPassesEveryCheck() {
        AuditReport report = ReleaseAudit.audit(release);

        assertThat(report.findings()).as(report.render()).isEmpty();
        assertThat(report.render()).startsWith("PASSED");
        assertThat(report.checks()).contains("person-level", "differencing", "free-text", "schema", "layout");
    }

    @Test
    void aRawProfileAnswerInAnotherFileFails() throws IOException {
        // Every participant's recorded gender, added to answers.csv under their pseudonym.
        List<String> people = lines("participants.csv");
        List<String> added = new ArrayList<>();
        String week = lines("answers.csv")
                .get(1)
                .substring(lines("answers.csv").get(1).lastIndexOf(',') + 1);
        for (int i = 1; i < people.size(); i++) {
            String pseudonym = people.get(i).split(",", -1)[0];
            added.add(pseudonym + ",profile,gender," + ReleaseFixture.GENDERS.get(i % 2) + ",1," + week);
        }
        Files.write(release.resolve("answers.csv"), added, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        AuditReport report = ReleaseAudit.audit(release);

        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("person-level");
            assertThat(f.file()).isEqualTo("answers.csv");
            assertThat(f.message()).contains("profile question 'gender'");
        });
        assertThat(report.render()).startsWith("FAILED");
    }

    @Test
    void aHiddenCountThatTheTotalsGiveAwayFails() throws IOException {
        // Hide "declined" and leave "joined" and the other parts of it shown: joined minus the rest is declined.
        List<String> summary = new ArrayList<>(lines("consent-summary.csv"));
        for (int i = 0; i < summary.size(); i++) {
            if (summary.get(i).startsWith("declined,")) {
                summary.set(i, "declined,,joined");
            }
        }
        Files.write(release.resolve("consent-summary.csv"), summary, StandardCharsets.UTF_8);

        AuditReport report = ReleaseAudit.audit(release);

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("differencing");
            assertThat(f.message()).contains("declined").contains("worked out");
        });
    }

    @Test
    void aSmallCountShownFails() throws IOException {
        List<String> summary = new ArrayList<>(lines("consent-summary.csv"));
        summary.add("unlisted,3,");
        Files.write(release.resolve("consent-summary.csv"), summary, StandardCharsets.UTF_8);

        assertThat(ReleaseAudit.audit(release).findings())
                .anySatisfy(f -> assertThat(f.message()).contains("below the small-cell threshold 10"));
    }

    @Test
    void aQuoteWithAPhoneNumberFails() throws IOException {
        Files.write(
                release.resolve("quotes.csv"),
                List.of("q-0123456789abcdef,feedback,comment," + "\"call me on +34 612 345 678, any time\""),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        AuditReport report = ReleaseAudit.audit(release);

        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("free-text");
            assertThat(f.file()).isEqualTo("quotes.csv");
            assertThat(f.message()).contains("PHONE").doesNotContain("612");
        });
    }

    @Test
    void internalFilesInThePackageFail() throws IOException {
        Files.writeString(release.resolve("consent-audit.json"), "{}");

        assertThat(ReleaseAudit.audit(release).findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("layout");
            assertThat(f.message()).contains("must not be deposited");
        });
    }

    @Test
    void aParticipantSingledOutByTheirAnswerTimesFails() throws IOException {
        // One participant's answers moved to a week nobody else answered in.
        List<String> answers = new ArrayList<>(lines("answers.csv"));
        String who = answers.get(1).split(",", -1)[0];
        for (int i = 1; i < answers.size(); i++) {
            if (answers.get(i).startsWith(who + ",")) {
                answers.set(i, answers.get(i).substring(0, answers.get(i).lastIndexOf(',')) + ",2026-06-01");
            }
        }
        Files.write(release.resolve("answers.csv"), answers, StandardCharsets.UTF_8);

        assertThat(ReleaseAudit.audit(release).findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("person-level");
            assertThat(f.message()).contains("smaller than k = 2").contains("answer_times");
        });
    }
}
