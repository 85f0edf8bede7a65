package eu.coact.benchmarks.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * The physical limit the journal is measured against: append {@code records} record-sized
 * buffers to a file with one {@code FileChannel.write} and one {@code force(false)}, nothing
 * else — the same bytes per fsync as {@link FileJournalBenchmark} at the same batch size. Its
 * SampleTime mode gives the fsync latency (median, p99) of the disk under test.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class FsyncBaselineBenchmark {

    @Param({"1", "16", "256"})
    int records;

    private Path directory;
    private FileChannel channel;
    private ByteBuffer record;
    private long position;

    /** Creates an empty file in a scratch directory. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = BenchDirectories.create("coact-fsync-bench");
        channel = FileChannel.open(
                directory.resolve("baseline.log"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        record = ByteBuffer.allocate(JournalEvents.RECORD_BYTES * records);
        for (int i = 0; i < record.capacity(); i++) {
            record.put(i, (byte) i);
        }
    }

    /** Closes and removes the file. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        channel.close();
        BenchDirectories.delete(directory);
    }

    /** One write of the records at the end of the file, then fsync. */
    @Benchmark
    public long writeAndForce() throws IOException {
        record.clear();
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        channel.force(false);
        return position;
    }
}
