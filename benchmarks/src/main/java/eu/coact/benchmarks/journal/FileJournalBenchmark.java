package eu.coact.benchmarks.journal;

import eu.coact.core.journal.CheckpointSigner;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.FileJournalBuilder;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Durable appends to a {@link FileJournal}: one operation is one {@code appendAll} of
 * {@code batch} events (or one {@code append} for batch 1), returning after fsync. Events per
 * second = operations per second × batch. Compare with {@link FsyncBaselineBenchmark} from the
 * same run. With {@code signed} true the journal signs checkpoints (Ed25519) under the default
 * policy, as the commands run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class FileJournalBenchmark {

    @Param({"1", "16", "256"})
    int batch;

    @Param({"false", "true"})
    boolean signed;

    private Path directory;
    private FileJournal journal;
    private List<JournalEvent> events;
    private JournalEvent single;

    /** Opens an empty journal in a scratch directory. */
    @Setup(Level.Trial)
    public void open() {
        directory = BenchDirectories.create("coact-file-journal-bench");
        FileJournalBuilder builder = FileJournal.builder(directory);
        if (signed) {
            byte[] seed = new byte[32];
            new java.security.SecureRandom().nextBytes(seed);
            builder.signedBy(CheckpointSigner.ed25519(seed));
        }
        journal = builder.open();
        events = JournalEvents.batch(batch);
        single = events.get(0);
    }

    /** Closes the journal and removes its files. */
    @TearDown(Level.Trial)
    public void close() {
        journal.close();
        BenchDirectories.delete(directory);
    }

    /** One durable append of a batch. */
    @Benchmark
    public long durableAppend() {
        if (batch == 1) {
            return journal.append(single);
        }
        SequenceRange range = journal.appendAll(events);
        return range.last();
    }
}
