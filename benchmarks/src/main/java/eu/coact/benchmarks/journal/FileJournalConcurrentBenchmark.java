package eu.coact.benchmarks.journal;

import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.JournalEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Group commit: 16 threads each appending single events to one {@link FileJournal}; every
 * append still returns only after fsync, but threads waiting at the same moment share one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
public class FileJournalConcurrentBenchmark {

    private Path directory;
    private FileJournal journal;
    private final JournalEvent event = JournalEvents.answer(7);

    /** Opens an empty journal in a scratch directory. */
    @Setup(Level.Trial)
    public void open() {
        directory = BenchDirectories.create("coact-file-journal-concurrent-bench");
        journal = FileJournal.open(directory);
    }

    /** Closes the journal and removes its files. */
    @TearDown(Level.Trial)
    public void close() {
        journal.close();
        BenchDirectories.delete(directory);
    }

    /** One durable single-event append, from one of 16 threads. */
    @Benchmark
    public long durableAppend() {
        return journal.append(event);
    }
}
