package eu.coact.benchmarks.consent;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.Pseudonym;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Target: "may we contact P now" takes constant time after replay, i.e. about the same for 10,000
 * and 1,000,000 participants. Baseline, measured in the same run on the same keys: a plain
 * {@code HashMap<Pseudonym, Boolean>} lookup, which has the same memory-access pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class MayContactBenchmark {

    @Param({"10000", "1000000"})
    public int participants;

    private ConsentLedger ledger;
    private Map<Pseudonym, Boolean> baseline;
    private Pseudonym[] keys;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        ledger = ConsentWorkload.activeLedger(participants);
        keys = new Pseudonym[participants];
        baseline = new HashMap<>();
        for (int i = 0; i < participants; i++) {
            // Fresh instances, as a caller would have after parsing a pseudonym from a message.
            keys[i] = Pseudonym.of(ConsentWorkload.participant(i).value());
            baseline.put(ConsentWorkload.participant(i), i % 4 != 3);
        }
        // Visit participants in a scattered order so that neither side benefits from locality.
        java.util.Collections.shuffle(java.util.Arrays.asList(keys), new java.util.Random(42));
    }

    private Pseudonym nextKey() {
        int i = next++;
        if (next == keys.length) {
            next = 0;
        }
        return keys[i];
    }

    @Benchmark
    public boolean mayContact() {
        return ledger.mayContact(nextKey());
    }

    @Benchmark
    public Boolean hashMapBaseline() {
        return baseline.get(nextKey());
    }
}
