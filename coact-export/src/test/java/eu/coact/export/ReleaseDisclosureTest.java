package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.export.ReleaseFixture.Person;
import eu.coact.export.ReleaseFixture.Standing;
import eu.coact.export.audit.ReleaseAudit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the release publishes about a person, file by file: profile answers only in their
 * controlled form, quotes only when approved and never linkable, times only as declared, exact
 * counts only outside the package.
 */
class ReleaseDisclosureTest {

    @TempDir
    Path dir;

    private final InMemoryJournal journal = new InMemoryJournal();
    private ConsentLedger ledger;
    private Instant end;

    @BeforeEach
    void recordStudy() {
        ledger = ReleaseFixture.ledger(journal);
        Instant t = ReleaseFixture.START;
        for (int i = 0; i < 120; i++) {
            Standing standing = i % 3 == 0 ? Standing.QUOTES : i % 7 == 0 ? Standing.DECLINED : Standing.PUBLISHES;
            t = ReleaseFixture.record(
                    ledger,
                    journal,
                    new Person(
                            ReleaseFixture.participant(i),
                            standing,
                            ReleaseFixture.GENDERS.get(i % 2),
                            ReleaseFixture.AGES.get((i / 2) % 2),
                            i % 3 == 1 ? "yes" : "no",
                            (i / 4) % 2 == 0 ? "yes" : "no",
                            List.of("same", "none"),
                            standing == Standing.QUOTES
                                    ? "Núria from Sant Andreu helped me, text +34 612 345 678"
                                    : null),
                    t);
        }
        end = t.plusSeconds(60);
    }

    private ReleaseSummary release(String name, String extraYaml) throws IOException {
        Path study = ReleaseFixture.studyFolder(dir.resolve("study-" + name), "2", "refuse", 10);
        Path file = study.resolve("release.yaml");
        Files.writeString(file, Files.readString(file) + extraYaml);
        ReleaseConfig config = ReleaseConfigReader.read(file).orElseThrow();
        ReleaseResult result = StudyRelease.configure(config)
                .write(
                        new ReleaseInputs(ReleaseFixture.study(), ledger, journal, ReleaseFixture.pseudonyms(), end),
                        dir.resolve(name));
        return ((ReleaseResult.Written) result).summary();
    }

    @Test
    void profileAnswersAppearOnlyInTheParticipantsTable() throws IOException {
        ReleaseSummary summary = release("a", "");

        List<String> answers = Files.readAllLines(summary.directory().resolve("answers.csv"));
        assertThat(answers).noneMatch(l -> l.contains(",profile,"));
        assertThat(Files.readString(summary.directory().resolve("participants.csv"))
                        .lines()
                        .findFirst())
                .contains("participant,gender,age_band,lived,carer");
        assertThat(ReleaseAudit.audit(summary.directory()).findings()).isEmpty();
    }

    @Test
    void quotesLeaveOnlyWhenApprovedScrubbedWithTheGazetteerAndWithoutPseudonyms() throws IOException {
        ReleaseSummary first = release("first", "");
        assertThat(Files.readAllLines(first.directory().resolve("quotes.csv")))
                .containsExactly("quote,block,question,text");
        Path internal = StudyRelease.internalFolder(first.directory());
        List<String> review = Files.readAllLines(internal.resolve("quotes-to-review.csv"));
        assertThat(review).hasSize(2);
        String id = review.get(1).substring(0, review.get(1).indexOf(','));
        assertThat(review.get(1)).contains("[PHONE]").contains(",false,").doesNotContain("612");

        Path study = dir.resolve("study-second");
        Files.createDirectories(study.resolve("quotes"));
        Files.writeString(study.resolve("quotes/approved.yaml"), "approved: [" + id + "]\n");
        Files.writeString(study.resolve("quotes/gazetteer.yaml"), "names: [Núria]\nplaces: [Sant Andreu]\n");
        ReleaseSummary second = release(
                "second", "quotes:\n  gazetteer: quotes/gazetteer.yaml\n" + "  approved: quotes/approved.yaml\n");

        String quotes = Files.readString(second.directory().resolve("quotes.csv"), StandardCharsets.UTF_8);
        // The gazetteer changes the scrubbed text and so the id: the team approves what it read.
        assertThat(quotes.lines().count()).isEqualTo(1);
        List<String> secondReview = Files.readAllLines(
                StudyRelease.internalFolder(second.directory()).resolve("quotes-to-review.csv"));
        assertThat(secondReview.get(1)).doesNotContain("Núria").doesNotContain("Sant Andreu");
        String approvedNow =
                secondReview.get(1).substring(0, secondReview.get(1).indexOf(','));
        assertThat(approvedNow).isNotEqualTo(id);
        Path fourthStudy = dir.resolve("study-fourth");
        Files.createDirectories(fourthStudy.resolve("quotes"));
        Files.writeString(fourthStudy.resolve("quotes/approved.yaml"), "approved: [" + approvedNow + "]\n");
        Files.copy(study.resolve("quotes/gazetteer.yaml"), fourthStudy.resolve("quotes/gazetteer.yaml"));
        ReleaseSummary fourth = release(
                "fourth", "quotes:\n  gazetteer: quotes/gazetteer.yaml\n" + "  approved: quotes/approved.yaml\n");
        List<String> published = Files.readAllLines(fourth.directory().resolve("quotes.csv"), StandardCharsets.UTF_8);
        assertThat(published).hasSize(2);
        assertThat(published.get(1))
                .startsWith(approvedNow + ",feedback,comment,")
                .contains("[PHONE]")
                .doesNotContain("Núria")
                .doesNotContain("participant-pseudonym");
        String pseudonyms = Files.readString(fourth.directory().resolve("participants.csv"));
        assertThat(pseudonyms).doesNotContain(approvedNow);
        assertThat(ReleaseAudit.audit(fourth.directory()).findings()).isEmpty();
    }

    @Test
    void aGazetteerOutsideTheStudyFolderIsRefused() throws IOException {
        Path study = ReleaseFixture.studyFolder(dir.resolve("study"), "2", "refuse", 10);
        Path file = study.resolve("release.yaml");
        Files.writeString(file, Files.readString(file) + "quotes:\n  gazetteer: ../elsewhere.yaml\n");

        assertThat(ReleaseConfigReader.read(file).problems().render())
                .contains("outside-folder")
                .contains("/quotes/gazetteer");
    }

    @Test
    void withAnswerTimesNoneTheAnswersCarryNoTime() throws IOException {
        ReleaseSummary summary = release("none", "");
        Path study = dir.resolve("study-none");
        Path file = study.resolve("release.yaml");
        Files.writeString(file, Files.readString(file).replace("answered-at: week", "answered-at: none"));
        ReleaseResult again = StudyRelease.configure(
                        ReleaseConfigReader.read(file).orElseThrow())
                .write(
                        new ReleaseInputs(ReleaseFixture.study(), ledger, journal, ReleaseFixture.pseudonyms(), end),
                        dir.resolve("none-again"));

        Path out = ((ReleaseResult.Written) again).summary().directory();
        assertThat(Files.readAllLines(out.resolve("answers.csv")).get(0))
                .isEqualTo("participant,block,question,answer,attempts");
        assertThat(Files.readAllLines(summary.directory().resolve("answers.csv"))
                        .get(0))
                .endsWith(",answered_at");
        assertThat(ReleaseAudit.audit(out).findings()).isEmpty();
    }

    @Test
    void exactCountsGoToTheFolderNotForDepositAndThePackageCountsCannotBeCombined() throws IOException {
        ReleaseSummary summary = release("counts", "");

        Path internal = StudyRelease.internalFolder(summary.directory());
        assertThat(internal.getFileName().toString()).isEqualTo("counts-internal-not-for-deposit");
        assertThat(internal.resolve("exact-counts.csv")).isNotEmptyFile();
        assertThat(Files.readString(internal.resolve("README.txt"))).startsWith("NOT FOR DEPOSIT");
        assertThat(summary.files()).noneMatch(f -> f.contains("exact") || f.contains("review"));
        List<String> published = Files.readAllLines(summary.directory().resolve("consent-summary.csv"));
        assertThat(published.get(0)).isEqualTo("status,participants,part_of");
        assertThat(published).contains("included,108,consented", "declined,12,joined");
        assertThat(Files.readString(summary.directory().resolve("release.yaml")))
                .contains("k-anonymity: 2")
                .contains("answer_times: 0")
                .doesNotContain("hierarchies/");
    }
}
