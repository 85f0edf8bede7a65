package eu.coact.benchmarks.engine;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.content.Study;
import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.EngineCounters;
import eu.coact.engine.Simulation;
import eu.coact.engine.channel.ChannelPseudonyms;
import eu.coact.engine.channel.ScriptedBehaviour;
import eu.coact.engine.channel.SimulatedChannel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole-process engine benchmark: N scripted participants through a study of B blocks in
 * virtual time, once over an in-memory journal (the baseline, not durable) and once over the
 * file journal in group-commit mode (every batch of answers forced to disk before anything is
 * acknowledged), repeated; prints each run and the medians. Then measures the heap the engine
 * keeps per participant once everyone is idle.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * eu.coact.benchmarks.engine.EngineSimulation [participants] [blocks] [repetitions] [batch-ms] [dir]}
 */
public final class EngineSimulation {

    private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
    private static final byte[] KEY =
            "benchmark pseudonym key, not a secret of any study".getBytes(StandardCharsets.UTF_8);
    /** The channel boundary: the study's keyed pseudonyms (a fixed key, so runs can be compared). */
    private static ChannelPseudonyms boundary() {
        return ChannelPseudonyms.of(Pseudonymiser.of(PseudonymKey.of(KeyId.of("k1"), KEY), DOMAIN));
    }

    private static final PseudonymDomain DOMAIN = PseudonymDomain.of("benchmark", "participation");

    private EngineSimulation() {}

    /** One run's figures. */
    record Result(
            String journal, long steps, long sent, long answers, double seconds, double cpuSeconds, long withheld) {
        double stepsPerSecond() {
            return steps / seconds;
        }

        double stepsPerCpuSecond() {
            return steps / cpuSeconds;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args participants, blocks, repetitions, batch window in virtual milliseconds, work directory
     * @throws IOException if the work directory cannot be used
     */
    public static void main(String[] args) throws IOException {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Duration batch = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 1000);
        Path work = Path.of(args.length > 4 ? args[4] : "target/engine-simulation");
        Study study = BenchmarkStudy.of(blocks);
        System.out.printf(
                Locale.ROOT,
                "%d participants, %d blocks, batch window %d ms of virtual time%n",
                participants,
                blocks,
                batch.toMillis());
        List<Result> memory = new ArrayList<>();
        List<Result> file = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            memory.add(print(run(study, participants, batch, new InMemoryJournal(), "in-memory")));
            Path directory = work.resolve("journal-" + r);
            delete(directory);
            try (FileJournal journal = FileJournal.open(directory)) {
                file.add(print(run(study, participants, batch, journal, "file")));
            }
            delete(directory);
        }
        double memoryMedian = median(memory.stream().map(Result::stepsPerSecond).toList());
        double fileMedian = median(file.stream().map(Result::stepsPerSecond).toList());
        System.out.printf(
                Locale.ROOT,
                "median steps/s: in-memory %.0f, file (group commit) %.0f, ratio file/in-memory %.2f%n",
                memoryMedian,
                fileMedian,
                fileMedian / memoryMedian);
        System.out.printf(
                Locale.ROOT,
                "median steps per CPU second of the engine thread: file %.0f%n",
                median(file.stream().map(Result::stepsPerCpuSecond).toList()));
        measureIdleMemory(study, participants, batch);
    }

    private static Result run(Study study, int participants, Duration batch, Journal journal, String name) {
        SimulatedChannel channel = SimulatedChannel.of(participants, behaviour(), boundary(), 1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long before = System.nanoTime();
        ConversationEngine engine =
                ConversationEngine.builder(study, journal, channel).simulation().start(START);
        channel.joinAll(START, Duration.ofMinutes(30));
        Simulation.of(engine, channel, batch, START).runUntil(START.plus(Duration.ofDays(60)));
        double seconds = (System.nanoTime() - before) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        EngineCounters counters = engine.counters();
        return new Result(
                name, counters.steps(), counters.sent(), counters.answers(), seconds, cpu, counters.withheld());
    }

    private static ScriptedBehaviour behaviour() {
        return ScriptedBehaviour.standard()
                .withDelays(Duration.ofSeconds(5), Duration.ofMinutes(2))
                .withAnswers(Map.of("yes", 1, "no", 0), 0.1);
    }

    private static Result print(Result r) {
        System.out.printf(
                Locale.ROOT,
                "%-9s steps %,d (sent %,d, answers %,d) in %.2f s wall, %.2f s CPU: %,.0f steps/s"
                        + " (withheld by the gate: %d)%n",
                r.journal(),
                r.steps(),
                r.sent(),
                r.answers(),
                r.seconds(),
                r.cpuSeconds(),
                r.stepsPerSecond(),
                r.withheld());
        return r;
    }

    private static void measureIdleMemory(Study study, int participants, Duration batch) {
        InMemoryJournal journal = new InMemoryJournal();
        SimulatedChannel channel = SimulatedChannel.of(participants, behaviour(), boundary(), 1);
        ConversationEngine engine =
                ConversationEngine.builder(study, journal, channel).simulation().start(START);
        channel.joinAll(START, Duration.ofMinutes(30));
        // Everyone consents and finishes the first block; then all are idle, waiting for the next one.
        Simulation.of(engine, channel, batch, START).runUntil(START.plus(Duration.ofHours(3)));
        long with = usedHeap();
        int known = engine.participants();
        engine = null;
        long without = usedHeap();
        System.out.printf(
                Locale.ROOT,
                "idle participants %,d: engine heap %,d bytes = %.0f bytes per idle participant%n",
                known,
                with - without,
                (with - without) / (double) known);
        // Keep the journal and channel reachable until after the second measurement.
        System.out.printf(
                Locale.ROOT,
                "(journal entries %,d, channel deliveries %,d)%n",
                journal.lastSequence(),
                channel.delivered());
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        FileTrees.delete(directory);
    }
}
