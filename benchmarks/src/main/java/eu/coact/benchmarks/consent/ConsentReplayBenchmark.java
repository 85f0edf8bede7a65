package eu.coact.benchmarks.consent;

import eu.coact.consent.ConsentLedger;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEntry;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Target: replaying 1,000,000 consent events into a ledger takes under 2 s. Baseline, measured in
 * the same run: reading the same entries from the journal and touching every payload byte,
 * without decoding or applying them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ConsentReplayBenchmark {

    @Param({"1000000"})
    public int events;

    private InMemoryJournal journal;

    @Setup(Level.Trial)
    public void fill() {
        journal = ConsentWorkload.journalOf(events);
    }

    @Benchmark
    public ConsentLedger replay() {
        return ConsentLedger.open(journal, ConsentWorkload.POLICY);
    }

    @Benchmark
    public long readEntriesBaseline() {
        long sum = 0;
        try (Stream<JournalEntry> entries = journal.readAll()) {
            Iterator<JournalEntry> it = entries.iterator();
            while (it.hasNext()) {
                JournalEntry entry = it.next();
                byte[] payload = entry.payload().orElse(new byte[0]);
                for (byte b : payload) {
                    sum += b;
                }
            }
        }
        return sum;
    }
}
