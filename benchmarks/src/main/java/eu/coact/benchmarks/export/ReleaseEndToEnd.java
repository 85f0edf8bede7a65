package eu.coact.benchmarks.export;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.ReleaseId;
import eu.coact.anonymise.ReleasePseudonyms;
import eu.coact.consent.Actor;
import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.Eligibility;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Purpose;
import eu.coact.consent.Transition;
import eu.coact.content.Study;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.StudyId;
import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseConfigReader;
import eu.coact.export.ReleaseInputs;
import eu.coact.export.ReleaseResult;
import eu.coact.export.StudyRelease;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole-process release benchmark: a file journal holding the answers of N participants
 * who granted publication, and a tenth more who did not (each with a profile of four answers and
 * two answers per microstory, every block closed by a completion event), a consent ledger, and
 * {@link StudyRelease} writing the whole package to disk: consent gate, first pass over the
 * journal for the profiles, disclosure gate (optimal generalisation for k = 10), second pass
 * streaming {@code answers.csv}, codebook, indicators, report and descriptors. Baseline of the
 * same run: one bare pass over the same journal ({@code readAll().count()}, no parsing).
 * Then the live heap of one release, sampled by {@link HeapWatch} (that run's time is not meaningful).
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * eu.coact.benchmarks.export.ReleaseEndToEnd [participants] [answers-per-participant] [repetitions] [dir]}
 */
public final class ReleaseEndToEnd {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Channel TELEGRAM = Channel.of("telegram");
    private static final PurposeId TAKE_PART = Purpose.TAKE_PART.id();
    private static final PurposeId PROCESS = Purpose.PROCESS_ANSWERS.id();
    private static final PurposeId PUBLISH = Purpose.PUBLISH_OPEN_DATA.id();

    private ReleaseEndToEnd() {}

    /**
     * Runs the benchmark.
     *
     * @param args participants, answers per participant (4 + 2 per microstory), repetitions, work directory
     * @throws IOException if the work directory cannot be used
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int answers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Path.of(args.length > 3 ? args[3] : "target/release-end-to-end");
        int stories = Math.max(1, (answers - 4) / 2);
        delete(work);
        Study study = ReleaseStudy.of(stories);
        ReleaseConfig config = ReleaseConfigReader.read(ReleaseStudy.folder(work.resolve("study")))
                .orElseThrow();
        InMemoryJournal consentJournal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(
                consentJournal,
                ConsentPolicy.builder("Benchmark", "dpo@example.org")
                        .minimumAge(18)
                        .build());
        ConsentDocument document = new ConsentDocument(
                DocumentId.of("consent"),
                1,
                Language.of("en"),
                ParticipationRole.CITIZEN_SCIENTIST,
                LocalDate.of(2026, 1, 1),
                List.of(TAKE_PART, PROCESS, PUBLISH),
                Set.of(TAKE_PART, PROCESS),
                "Take part, and allow publication if you wish.",
                Optional.empty());
        ledger.publish(document, START.minusSeconds(60));
        long setup = System.nanoTime();
        long entries;
        try (FileJournal journal = FileJournal.open(work.resolve("journal"))) {
            List<JournalEvent> batch = new ArrayList<>();
            // Every tenth participant more joins but refuses publication: the consent gate has work to do.
            for (int i = 0; i < participants + participants / 10; i++) {
                Pseudonym p = Pseudonym.of(String.format(Locale.ROOT, "participant-%08d", i));
                Instant t = START.plusSeconds(i);
                ledger.record(
                        new Transition.FirstContact(p, t, Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
                ledger.record(new Transition.DocumentShown(p, t, Actor.SYSTEM, TELEGRAM, document.reference()));
                ledger.record(new Transition.ConsentGiven(
                        p,
                        t,
                        Actor.PARTICIPANT,
                        TELEGRAM,
                        document.reference(),
                        i >= participants ? Set.of(TAKE_PART, PROCESS) : Set.of(TAKE_PART, PROCESS, PUBLISH),
                        Eligibility.declaredAge(30)));
                addParticipant(batch, p, i, stories, t.plusSeconds(60));
                if (batch.size() > 20_000) {
                    journal.appendAll(batch);
                    batch.clear();
                }
            }
            journal.appendAll(batch);
            entries = journal.lastSequence();
        }
        System.out.printf(
                Locale.ROOT,
                "%,d publishing participants × %d answers = %,d answer rows; journal of %,d "
                        + "entries written in %.1f s%n",
                participants,
                4 + 2 * stories,
                (long) participants * (4 + 2 * stories),
                entries,
                (System.nanoTime() - setup) / 1e9);
        ReleasePseudonyms pseudonyms = ReleasePseudonyms.of(
                PseudonymKey.of(
                        KeyId.of("bench"),
                        "benchmark release key, not a secret of any study".getBytes(StandardCharsets.UTF_8)),
                StudyId.of("release-benchmark"),
                ReleaseId.of("1.0.0"));
        Instant releaseTime = START.plusSeconds(86_400L * 60);
        List<Double> releaseSeconds = new ArrayList<>();
        List<Double> scanSeconds = new ArrayList<>();
        List<Double> releaseCpuSeconds = new ArrayList<>();
        List<Double> scanCpuSeconds = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repetitions; r++) {
            try (FileJournal journal = FileJournal.open(work.resolve("journal"))) {
                long before = System.nanoTime();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long count;
                try (Stream<JournalEntry> all = journal.readAll()) {
                    // Touch every entry so the stream cannot skip reading them.
                    count = all.mapToLong(JournalEntry::sequence)
                            .filter(n -> n > 0)
                            .count();
                }
                double scan = (System.nanoTime() - before) / 1e9;
                double scanCpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                scanSeconds.add(scan);
                scanCpuSeconds.add(scanCpu);
                Path target = work.resolve("release-" + r);
                before = System.nanoTime();
                cpuBefore = threads.getCurrentThreadCpuTime();
                ReleaseResult result = StudyRelease.configure(config)
                        .write(new ReleaseInputs(study, ledger, journal, pseudonyms, releaseTime), target);
                double seconds = (System.nanoTime() - before) / 1e9;
                double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                releaseSeconds.add(seconds);
                releaseCpuSeconds.add(cpu);
                if (!(result instanceof ReleaseResult.Written written)) {
                    throw new IllegalStateException("the benchmark release was refused: " + result);
                }
                System.out.printf(
                        Locale.ROOT,
                        "run %d: release %.2f s wall, %.2f s CPU (%,d answer rows, %,d "
                                + "participants, levels %s); bare journal pass %.2f s wall, %.2f s CPU over %,d entries%n",
                        r + 1,
                        seconds,
                        cpu,
                        written.summary().rows().get("answers"),
                        written.summary().included(),
                        written.summary().levels(),
                        scan,
                        scanCpu,
                        count);
                delete(target);
            }
        }
        double release = median(releaseSeconds);
        double scan = median(scanSeconds);
        double releaseCpu = median(releaseCpuSeconds);
        double scanCpu = median(scanCpuSeconds);
        System.out.printf(
                Locale.ROOT,
                "%d runs: median release %.2f s wall, %.2f s CPU; median bare journal pass %.2f s wall, "
                        + "%.2f s CPU; ratio release/pass %.1f (wall), %.1f (CPU)%n",
                repetitions,
                release,
                releaseCpu,
                scan,
                scanCpu,
                release / scan,
                releaseCpu / scanCpu);
        try (FileJournal journal = FileJournal.open(work.resolve("journal"))) {
            // What is live before the release starts: the study, the ledger, and the file journal's own index
            // (its position of every record and of every subject's records), which grows with the journal.
            HeapWatch before = new HeapWatch();
            before.close();
            HeapWatch watch = new HeapWatch();
            StudyRelease.configure(config)
                    .write(
                            new ReleaseInputs(study, ledger, journal, pseudonyms, releaseTime),
                            work.resolve("release-heap"));
            watch.close();
            System.out.printf(
                    Locale.ROOT,
                    "live heap (forced full collections every 50 ms): before the release %.1f MiB "
                            + "(study, ledger, open file journal); max during the release %.1f MiB; the release's own %.1f MiB%n",
                    before.maxLiveMiB(),
                    watch.maxLiveMiB(),
                    watch.maxLiveMiB() - before.maxLiveMiB());
        }
        delete(work);
    }

    private static void addParticipant(List<JournalEvent> batch, Pseudonym p, int i, int stories, Instant at) {
        Instant t = at;
        String[][] profile = {
            {"gender", ReleaseStudy.GENDERS.get(i % 3)},
            {"age_band", ReleaseStudy.AGES.get((i / 3) % 4)},
            {"lived", i % 7 == 0 ? "nvr" : (i % 2 == 0 ? "yes" : "no")},
            {"carer", (i / 2) % 3 == 0 ? "yes" : "no"}
        };
        for (String[] field : profile) {
            batch.add(answered(p, t = t.plusSeconds(1), "profile", field[0], field[1]));
        }
        batch.add(completed(p, t = t.plusSeconds(1), "profile"));
        for (int s = 0; s < stories; s++) {
            String block = ReleaseStudy.story(s);
            t = t.plusSeconds(3600);
            // Each attempt confirmed, as the engine records it: only confirmed answers count.
            batch.add(answered(p, t = t.plusSeconds(1), block, "yo_1", ReleaseStudy.ANSWERS.get((i + s) % 4)));
            batch.add(answered(p, t = t.plusSeconds(1), block, "v_yo_1", "yes"));
            batch.add(answered(p, t = t.plusSeconds(1), block, "others_1", ReleaseStudy.ANSWERS.get((i * 7 + s) % 4)));
            batch.add(answered(p, t = t.plusSeconds(1), block, "v_others_1", "yes"));
            batch.add(completed(p, t = t.plusSeconds(1), block));
        }
    }

    private static JournalEvent answered(Pseudonym p, Instant at, String block, String variable, String value) {
        return JournalEvent.about(
                p,
                at,
                "conversation.answered",
                ("{\"block\":\"" + block + "\",\"message\":\"" + variable + "\",\"variable\":\"" + variable
                                + "\",\"value\":\"" + value + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static JournalEvent completed(Pseudonym p, Instant at, String block) {
        return JournalEvent.about(
                p,
                at,
                "conversation.block-completed",
                ("{\"block\":\"" + block + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        FileTrees.delete(root);
    }
}
