package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.problem.Validated;
import eu.coact.export.ReleaseFixture.Person;
import eu.coact.export.ReleaseFixture.Standing;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackageReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyReleaseTest {

    @TempDir
    Path dir;

    private final InMemoryJournal journal = new InMemoryJournal();
    private ConsentLedger ledger;
    private final List<Person> people = new ArrayList<>();
    private Instant end;

    @BeforeEach
    void recordStudy() {
        ledger = ReleaseFixture.ledger(journal);
        Instant t = ReleaseFixture.START;
        for (int i = 0; i < 240; i++) {
            Standing standing = ReleaseFixture.standingOf(i);
            Person person = new Person(
                    ReleaseFixture.participant(i),
                    standing,
                    ReleaseFixture.GENDERS.get(i % 2),
                    ReleaseFixture.AGES.get((i / 2) % 2),
                    i % 17 == 0 ? "nvr" : (i % 3 == 0 ? "yes" : "no"),
                    i % 5 == 0 ? null : (i % 4 == 0 ? "yes" : "no"),
                    List.of(ReleaseFixture.STORY_ANSWERS.get(i % 4), ReleaseFixture.STORY_ANSWERS.get((i / 4) % 3)),
                    standing == Standing.QUOTES || standing == Standing.PUBLISHES
                            ? "I felt the same, call me at +34 612 345 678"
                            : null);
            people.add(person);
            t = ReleaseFixture.record(ledger, journal, person, t);
        }
        end = t.plusSeconds(60);
    }

    private ReleaseInputs inputs() {
        return new ReleaseInputs(ReleaseFixture.study(), ledger, journal, ReleaseFixture.pseudonyms(), end);
    }

    private ReleaseConfig config(String k, String whenViolated, int threshold) throws IOException {
        Validated<ReleaseConfig> read =
                ReleaseConfigReader.read(ReleaseFixture.studyFolder(dir.resolve("study"), k, whenViolated, threshold));
        assertThat(read.problems().asList()).as(read.problems().render()).isEmpty();
        return read.orElseThrow();
    }

    private static String allText(Path release) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(release)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void aReleaseHoldsOnlyParticipantsWhoConsentedToPublicationAndReadsBackValid() throws IOException {
        ReleaseResult result =
                StudyRelease.configure(config("2", "refuse", 10)).write(inputs(), dir.resolve("release"));

        assertThat(result).isInstanceOf(ReleaseResult.Written.class);
        ReleaseSummary summary = ((ReleaseResult.Written) result).summary();
        long publishing = people.stream()
                .filter(p -> p.standing() == Standing.PUBLISHES || p.standing() == Standing.QUOTES)
                .count();
        assertThat(summary.included()).isEqualTo(publishing);
        assertThat(summary.excluded())
                .containsEntry(ExclusionReason.WITHDRAWN, 20L)
                .containsEntry(ExclusionReason.ERASED, 20L)
                .containsEntry(ExclusionReason.DECLINED, 20L)
                .containsEntry(ExclusionReason.NEVER_CONSENTED, 20L)
                .containsEntry(ExclusionReason.PUBLICATION_REFUSED, 20L)
                .containsEntry(ExclusionReason.DISCLOSURE_SUPPRESSED, 0L);

        Validated<CheckedPackage> check = DataPackageReader.standard().read(summary.directory());
        assertThat(check.problems().asList()).as(check.problems().render()).isEmpty();
        CheckedPackage pkg = check.orElseThrow();
        assertThat(pkg.rows("participants")).isEqualTo(publishing);
        // Two stories × two questions; the profile answers are only in participants.csv, the free text in no table.
        assertThat(pkg.rows("answers")).isEqualTo(summary.rows().get("answers"));
        assertThat(summary.rows().get("answers")).isEqualTo(publishing * 4);
        // No quote was approved yet: none leaves.
        assertThat(pkg.rows("quotes")).isZero();
        assertThat(summary.files())
                .contains(
                        "datapackage.json",
                        "participants.csv",
                        "answers.csv",
                        "quotes.csv",
                        "microstories.csv",
                        "consent-summary.csv",
                        "indicators/same-experience.csv",
                        "codebook/blocks.csv",
                        "codebook/questions.csv",
                        "codebook/codes.csv",
                        "codebook/codebook.md",
                        "codebook/codebook.html",
                        "codebook/codebook.json",
                        "report.html",
                        "datacite-draft.json",
                        "CITATION.cff");

        String everything = allText(summary.directory());
        for (Person p : people) {
            String released =
                    ReleaseFixture.pseudonyms().releasePseudonymOf(p.id()).value();
            boolean in = p.standing() == Standing.PUBLISHES || p.standing() == Standing.QUOTES;
            assertThat(everything.contains(released)).as(p.standing().name()).isEqualTo(in);
            assertThat(everything).doesNotContain(p.id().value());
        }
        assertThat(everything).doesNotContain("612 345 678").contains("[PHONE]");
        String answers = Files.readString(summary.directory().resolve("answers.csv"));
        assertThat(answers.lines().findFirst()).contains("participant,block,question,answer,attempts,answered_at");
        assertThat(answers)
                .contains(",lift,yo,")
                .doesNotContain("yo_1")
                .doesNotContain("v_yo")
                .contains(",2,2026-03-");
    }

    @Test
    void theCodebookDescribesEveryQuestionInEveryLanguage() throws IOException {
        ReleaseSummary summary = ((ReleaseResult.Written)
                        StudyRelease.configure(config("2", "refuse", 10)).write(inputs(), dir.resolve("release")))
                .summary();
        Path codebook = summary.directory().resolve("codebook");

        assertThat(Files.readString(codebook.resolve("questions.csv")))
                .contains("lift,yo,single-choice,none," + "Has it happened to you?,T'ha passat?")
                .contains("feedback,comment,free-text,");
        assertThat(Files.readString(codebook.resolve("codes.csv")))
                .contains("profile,gender,nvr,true," + "I'd rather not answer,Prefereixo no respondre");
        assertThat(Files.readString(codebook.resolve("codebook.md")))
                .contains("### `yo` (single-choice)")
                .contains("| `nvr` | yes |");
        assertThat(Files.readString(codebook.resolve("codebook.html"))).contains("<code>age_band</code>");
        assertThat(Files.readString(codebook.resolve("codebook.json"))).contains("\"variable\" : \"lived\"");
        // Texts in the content markup are shown as participants read them, without the marks.
        assertThat(Files.readString(codebook.resolve("questions.csv")))
                .contains("Do you care for someone?,Cuides algú?");
        assertThat(Files.readString(codebook.resolve("codes.csv"))).contains("65 or more,65 o més");
        for (String file : List.of("questions.csv", "codes.csv", "codebook.md", "codebook.html", "codebook.json")) {
            assertThat(Files.readString(codebook.resolve(file))).as(file).doesNotContain("**", "_Cuides_");
        }
        String descriptor = Files.readString(summary.directory().resolve("datapackage.json"));
        assertThat(descriptor)
                .contains("\"missingValues\"")
                .contains("\"nvr\"")
                .contains("\"foreignKeys\"")
                .contains("Knowledge coalition of the release test")
                .contains("CC-BY-4.0");
    }

    @Test
    void whenTheAttributesBreakThePrivacyModelTheReleaseRefusesAndWritesNothing() throws IOException {
        ReleaseResult result =
                StudyRelease.configure(config("100", "refuse", 10)).write(inputs(), dir.resolve("release"));

        assertThat(result).isInstanceOf(ReleaseResult.Refused.class);
        ReleaseResult.Refused refused = (ReleaseResult.Refused) result;
        assertThat(refused.reasons().render())
                .contains("privacy-model-violated")
                .contains("k-anonymity (k = 100)");
        assertThat(refused.excluded()).containsEntry(ExclusionReason.ERASED, 20L);
        assertThat(dir.resolve("release")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("study");
        }
    }

    @Test
    void withGeneraliseTheOptimalGeneralisationIsAppliedAndPublished() throws IOException {
        ReleaseResult result =
                StudyRelease.configure(config("30", "generalise", 10)).write(inputs(), dir.resolve("release"));

        assertThat(result.written()).as(result.toString()).isTrue();
        ReleaseSummary summary = ((ReleaseResult.Written) result).summary();
        assertThat(summary.levels().values()).anyMatch(level -> level > 0);
        assertThat(summary.highestRisk()).isLessThanOrEqualTo(1.0 / 30);
        Validated<CheckedPackage> check = DataPackageReader.standard().read(summary.directory());
        assertThat(check.problems().asList()).as(check.problems().render()).isEmpty();
    }

    @Test
    void answerTimesArePublishedByMonthWhenConfiguredAndStillReadBackValid() throws IOException {
        ReleaseFixture.studyFolder(dir.resolve("study"), "2", "refuse", 10);
        Path file = dir.resolve("study/release.yaml");
        Files.writeString(file, Files.readString(file).replace("answered-at: week", "answered-at: month"));
        ReleaseConfig config = ReleaseConfigReader.read(file).orElseThrow();

        ReleaseSummary summary = ((ReleaseResult.Written)
                        StudyRelease.configure(config).write(inputs(), dir.resolve("release")))
                .summary();

        Validated<CheckedPackage> check = DataPackageReader.standard().read(summary.directory());
        assertThat(check.problems().asList()).as(check.problems().render()).isEmpty();
        assertThat(Files.readAllLines(summary.directory().resolve("answers.csv")).stream()
                        .skip(1))
                .allSatisfy(line -> assertThat(line).endsWith(",2026-03"));
    }

    @Test
    void aParticipantWithAUniqueCombinationIsLeftOutEverywhereOrHiddenInALargerGroup() throws IOException {
        Person unique = new Person(
                ReleaseFixture.participant(9999),
                Standing.PUBLISHES,
                "nonbinary",
                "65+",
                "yes",
                "yes",
                List.of("same", "same"),
                null);
        end = ReleaseFixture.record(ledger, journal, unique, end).plusSeconds(60);

        ReleaseResult result =
                StudyRelease.configure(config("2", "generalise", 10)).write(inputs(), dir.resolve("release"));

        ReleaseSummary summary = ((ReleaseResult.Written) result).summary();
        String released =
                ReleaseFixture.pseudonyms().releasePseudonymOf(unique.id()).value();
        String everything = allText(summary.directory());
        if (summary.excluded().get(ExclusionReason.DISCLOSURE_SUPPRESSED) > 0) {
            assertThat(everything).doesNotContain(released);
        } else {
            String row = Files.readAllLines(summary.directory().resolve("participants.csv")).stream()
                    .filter(l -> l.startsWith(released))
                    .findFirst()
                    .orElseThrow();
            assertThat(row).doesNotContain("nonbinary,65+");
        }
        assertThat(summary.highestRisk()).isLessThanOrEqualTo(0.5);
        Validated<CheckedPackage> check = DataPackageReader.standard().read(summary.directory());
        assertThat(check.problems().asList()).as(check.problems().render()).isEmpty();
    }
}
