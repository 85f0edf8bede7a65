package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is appending to a file journal with SIGKILL at random moments, then
 * checks that every acknowledged event survived, the chain and its signed checkpoints verify once
 * the journal is opened with its key again, and appending continues.
 * 200 kills under {@code CI=true}, 20 otherwise ({@code -Dcoact.crash.kills=N} to choose).
 */
class FileJournalCrashTest {

    private record Ack(long first, long last, long run, long counter) {}

    /** What one run of the child reported before it was killed. */
    private record Report(List<Ack> acks, Set<Long> redacting, Set<Long> redacted) {}

    @TempDir
    Path scratch;

    private Path dir;
    private Path childErrors;

    private static int kills() {
        String chosen = System.getProperty("coact.crash.kills", "");
        if (!chosen.isBlank()) {
            return Integer.parseInt(chosen.trim());
        }
        return "true".equalsIgnoreCase(System.getenv("CI")) ? 200 : 20;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void noAcknowledgedEventIsLostWhenTheAppenderIsKilledAtRandomMoments() throws Exception {
        dir = scratch.resolve("journal");
        childErrors = scratch.resolve("child-errors.txt");
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<Ack> acknowledged = new ArrayList<>();
        Set<Long> redacting = new HashSet<>();
        Set<Long> redacted = new HashSet<>();
        int killsAfterAck = 0;
        for (int run = 1; run <= kills(); run++) {
            Report report = runAndKill(run, random);
            if (!report.acks().isEmpty()) {
                killsAfterAck++;
            }
            acknowledged.addAll(report.acks());
            redacting.addAll(report.redacting());
            redacted.addAll(report.redacted());
            try (FileJournal journal = FileJournal.open(dir, CrashingAppender.SEGMENT_BYTES)) {
                String when = "run " + run + " (seed " + seed + ")";
                assertAcknowledgedPresent(journal, report.acks(), redacting, when);
                assertRedacted(journal, report.redacted(), when);
            }
            // Entries the crash left after the last checkpoint are not signed yet (an open without the key
            // reports them); opened with the key, the journal signs them and verifies as a whole.
            try (FileJournal journal = FileJournal.builder(dir)
                    .segmentBytes(CrashingAppender.SEGMENT_BYTES)
                    .signedBy(CrashingAppender.KEY)
                    .open()) {
                Verification signed = journal.verify(TrustedKeys.of(CrashingAppender.KEY.publicKey()));
                assertThat(signed.isIntact())
                        .as("signed verify after run %d (seed %d): %s", run, seed, signed)
                        .isTrue();
            }
        }
        assertThat(killsAfterAck)
                .as("kills that came after at least one acknowledgement")
                .isGreaterThan(kills() / 2);
        try (FileJournal journal = FileJournal.builder(dir)
                .segmentBytes(CrashingAppender.SEGMENT_BYTES)
                .signedBy(CrashingAppender.KEY)
                .open()) {
            assertAcknowledgedPresent(journal, acknowledged, redacting, "all runs (seed " + seed + ")");
            assertRedacted(journal, redacted, "all runs (seed " + seed + ")");
            long next = journal.lastSequence() + 1;
            assertThat(journal.append(CrashingAppender.event(0, 0))).isEqualTo(next);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(next));
        }
    }

    private Report runAndKill(int run, Random random) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                CrashingAppender.class.getName(),
                dir.toString(),
                Integer.toString(run),
                Long.toString(random.nextLong()),
                childLog(run).toString());
        builder.redirectError(childErrors.toFile());
        Process child = builder.start();
        CountDownLatch firstAck = new CountDownLatch(1);
        // Standard output only shows that the child is under way; what it did is read from its log
        // file once it is dead, because output still in the pipe at the kill can be lost.
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("ack ")) {
                        firstAck.countDown();
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the child dies.
            }
        });
        reader.start();
        if (random.nextInt(10) == 0) {
            // Sometimes kill during start-up or recovery, before anything is acknowledged.
            Thread.sleep(random.nextInt(400));
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!firstAck.await(50, TimeUnit.MILLISECONDS) && child.isAlive() && System.nanoTime() < deadline) {
                // Waiting for the child's first acknowledgement.
            }
            if (firstAck.getCount() > 0) {
                child.destroyForcibly();
                throw new AssertionError("run " + run + ": the child acknowledged nothing (alive: " + child.isAlive()
                        + "); its error output: " + Files.readString(childErrors));
            }
            Thread.sleep(random.nextInt(30));
        }
        child.destroyForcibly();
        child.waitFor(60, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(60));
        return report(childLog(run));
    }

    private Path childLog(int run) {
        return scratch.resolve("child-" + run + ".log");
    }

    /** What the child logged: only whole lines count, as a line cut by the kill has no final dot. */
    private static Report report(Path log) throws IOException {
        List<Ack> acks = new ArrayList<>();
        Set<Long> redacting = new HashSet<>();
        Set<Long> redacted = new HashSet<>();
        if (!Files.exists(log)) {
            return new Report(acks, redacting, redacted);
        }
        for (String line : Files.readAllLines(log, StandardCharsets.US_ASCII)) {
            String[] f = line.split(" ");
            if (f.length == 6 && f[0].equals("ack") && f[5].equals(".")) {
                acks.add(new Ack(
                        Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])));
            } else if (f.length == 3 && f[2].equals(".") && f[0].equals("redacting")) {
                redacting.add(Long.parseLong(f[1]));
            } else if (f.length == 3 && f[2].equals(".") && f[0].equals("redacted")) {
                redacted.add(Long.parseLong(f[1]));
            }
        }
        return new Report(List.copyOf(acks), Set.copyOf(redacting), Set.copyOf(redacted));
    }

    /** Every acknowledged entry is there with its payload, unless an erasure of it was begun. */
    private static void assertAcknowledgedPresent(Journal journal, List<Ack> acks, Set<Long> redacting, String when) {
        for (Ack ack : acks) {
            assertThat(journal.lastSequence())
                    .as("last sequence after %s", when)
                    .isGreaterThanOrEqualTo(ack.last());
            try (Stream<JournalEntry> entries = journal.read(ack.first(), ack.last())) {
                List<JournalEntry> found = entries.toList();
                assertThat(found)
                        .as("acknowledged entries %d..%d after %s", ack.first(), ack.last(), when)
                        .hasSize((int) (ack.last() - ack.first() + 1));
                for (JournalEntry entry : found) {
                    JournalEvent expected =
                            CrashingAppender.event(ack.run(), ack.counter() + entry.sequence() - ack.first());
                    if (entry.isRedacted()) {
                        assertThat(redacting)
                                .as("entry #%d is redacted after %s, but nobody asked", entry.sequence(), when)
                                .contains(entry.sequence());
                    } else {
                        assertThat(entry.event())
                                .as("entry #%d after %s", entry.sequence(), when)
                                .contains(expected);
                    }
                }
            }
        }
    }

    /** Every acknowledged erasure stuck. */
    private static void assertRedacted(Journal journal, Set<Long> redacted, String when) {
        for (long sequence : redacted) {
            try (Stream<JournalEntry> entries = journal.read(sequence, sequence)) {
                assertThat(entries.findFirst().orElseThrow().isRedacted())
                        .as("entry #%d erased after %s", sequence, when)
                        .isTrue();
            }
        }
    }
}
