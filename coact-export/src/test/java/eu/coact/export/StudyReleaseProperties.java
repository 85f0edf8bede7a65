package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.problem.Validated;
import eu.coact.export.ReleaseFixture.Person;
import eu.coact.export.ReleaseFixture.Standing;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of every release, whatever the participants, their consent and their answers: no
 * one without the publication purpose appears in any file, no published count is below the
 * threshold, no hidden count of an indicator can be worked out from what is shown, and every
 * package reads back valid.
 */
class StudyReleaseProperties {

    private static final Standing[] STANDINGS = Standing.values();

    @Property(tries = 12)
    void everyReleaseKeepsTheGates(
            @ForAll @Size(min = 1, max = 90) List<@IntRange(min = 0, max = 1_000_000) Integer> seeds,
            @ForAll @IntRange(min = 2, max = 12) int threshold)
            throws IOException {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ReleaseFixture.ledger(journal);
        List<Person> people = new ArrayList<>();
        Instant t = ReleaseFixture.START;
        for (int i = 0; i < seeds.size(); i++) {
            int s = seeds.get(i);
            Standing standing = STANDINGS[s % STANDINGS.length];
            s /= STANDINGS.length;
            Person person = new Person(
                    ReleaseFixture.participant(i),
                    standing,
                    s % 4 == 3 ? null : ReleaseFixture.GENDERS.get(s % 3),
                    ReleaseFixture.AGES.get((s / 4) % 4),
                    (s / 16) % 2 == 0 ? "yes" : "no",
                    (s / 32) % 3 == 0 ? "nvr" : "no",
                    List.of(
                                    ReleaseFixture.STORY_ANSWERS.get((s / 96) % 4),
                                    ReleaseFixture.STORY_ANSWERS.get((s / 384) % 4))
                            .subList(0, (s / 1536) % 3),
                    (s / 4608) % 2 == 0 ? "write to me at someone@example.org" : null);
            people.add(person);
            t = ReleaseFixture.record(ledger, journal, person, t);
        }
        Path dir = Files.createTempDirectory("release-property");
        try {
            ReleaseConfig config = ReleaseConfigReader.read(
                            ReleaseFixture.studyFolder(dir.resolve("study"), "2", "generalise", threshold))
                    .orElseThrow();
            ReleaseResult result = StudyRelease.configure(config)
                    .write(
                            new ReleaseInputs(
                                    ReleaseFixture.study(),
                                    ledger,
                                    journal,
                                    ReleaseFixture.pseudonyms(),
                                    t.plusSeconds(1)),
                            dir.resolve("release"));
            if (!(result instanceof ReleaseResult.Written written)) {
                assertThat(dir.resolve("release")).doesNotExist();
                return;
            }
            Path release = written.summary().directory();
            Validated<CheckedPackage> check = DataPackageReader.standard().read(release);
            assertThat(check.problems().asList()).as(check.problems().render()).isEmpty();

            String everything = allText(release);
            for (Person p : people) {
                boolean publishes = p.standing() == Standing.PUBLISHES || p.standing() == Standing.QUOTES;
                if (!publishes) {
                    assertThat(everything)
                            .doesNotContain(ReleaseFixture.pseudonyms()
                                    .releasePseudonymOf(p.id())
                                    .value());
                }
                assertThat(everything).doesNotContain(p.id().value());
            }
            assertThat(everything).doesNotContain("someone@example.org");

            // The outside auditor finds nothing: person-level join, differencing, free text, layout, schema.
            eu.coact.export.audit.AuditReport audit = eu.coact.export.audit.ReleaseAudit.audit(release);
            assertThat(audit.findings()).as(audit.render()).isEmpty();
            assertPersonLevelJoinMeetsKAndL(release, 2);

            for (List<String> row : rows(release.resolve("consent-summary.csv"))) {
                // "included" is the number of rows of participants.csv, published whatever its size.
                if (!row.get(0).equals("included")) {
                    assertShownCountIsSafe(row.get(1), threshold);
                }
            }
            List<List<String>> indicator = rows(release.resolve("indicators/same-experience.csv"));
            Map<String, int[]> hiddenPerBreakdown = new HashMap<>();
            List<String> overall = indicator.get(0);
            assertThat(overall.subList(0, 2)).containsExactly("all", "all");
            for (List<String> row : indicator) {
                assertShownCountIsSafe(row.get(2), threshold);
                assertShownCountIsSafe(row.get(3), threshold);
                if (!row.get(0).equals("all")) {
                    int[] hidden = hiddenPerBreakdown.computeIfAbsent(row.get(0), b -> new int[2]);
                    hidden[0] += row.get(2).isEmpty() ? 1 : 0;
                    hidden[1] += row.get(3).isEmpty() ? 1 : 0;
                }
            }
            // A single hidden entry in a breakdown would be the overall count minus the shown ones.
            hiddenPerBreakdown.forEach((breakdown, hidden) -> {
                if (!overall.get(2).isEmpty()) {
                    assertThat(hidden[0]).as(breakdown + " numerators").isNotEqualTo(1);
                }
                if (!overall.get(3).isEmpty()) {
                    assertThat(hidden[1]).as(breakdown + " denominators").isNotEqualTo(1);
                }
            });
        } finally {
            FileTrees.delete(dir);
        }
    }

    /**
     * Joins every released file per pseudonym — the attributes in participants.csv, the pattern of
     * answer times in answers.csv — and checks k-anonymity and distinct 2-diversity of each sensitive
     * attribute on the join, written here without the library's code.
     */
    private static void assertPersonLevelJoinMeetsKAndL(Path release, int k) throws IOException {
        Map<String, java.util.TreeSet<String>> times = new HashMap<>();
        List<List<String>> answers = rows(release.resolve("answers.csv"));
        String header = Files.readAllLines(release.resolve("answers.csv")).get(0);
        boolean timed = header.endsWith(",answered_at");
        for (List<String> row : answers) {
            assertThat(row.get(2)).as("profile answer in answers.csv").isNotIn("gender", "age_band", "lived", "carer");
            if (timed) {
                times.computeIfAbsent(row.get(0), p -> new java.util.TreeSet<>())
                        .add(row.get(5));
            }
        }
        Map<List<String>, List<List<String>>> classes = new HashMap<>();
        for (List<String> person : rows(release.resolve("participants.csv"))) {
            List<String> key = List.of(person.get(1), person.get(2), String.valueOf(times.get(person.get(0))));
            classes.computeIfAbsent(key, x -> new ArrayList<>()).add(person);
        }
        classes.forEach((key, members) -> {
            assertThat(members.size()).as("class size").isGreaterThanOrEqualTo(k);
            assertThat(members.stream().map(m -> m.get(3)).distinct().count())
                    .as("distinct lived")
                    .isGreaterThanOrEqualTo(2);
            assertThat(members.stream().map(m -> m.get(4)).distinct().count())
                    .as("distinct carer")
                    .isGreaterThanOrEqualTo(2);
        });
    }

    private static void assertShownCountIsSafe(String value, int threshold) {
        if (!value.isEmpty()) {
            long n = Long.parseLong(value);
            assertThat(n == 0 || n >= threshold)
                    .as("count " + n + " with threshold " + threshold)
                    .isTrue();
        }
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(csv);
                CsvReader reader = CsvReader.open(in)) {
            reader.next();
            for (java.util.Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                out.add(record.get().values());
            }
        }
        return out;
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
}
