package eu.coact.benchmarks.export;

import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import eu.coact.core.files.FileTrees;
import eu.coact.core.problem.Validated;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Streaming release of the answers table (10,000 participants × 20 or × 200 answers): writing it
 * as CSV, and reading the whole package back with every check of its Table Schema (types,
 * enumerations, bounds, the (participant, block) primary key, the foreign key to participants).
 * Baselines in the same run: the same bytes joined by hand into a buffered writer, and a parse
 * of the file without any schema check. The heap still in use after garbage collection is
 * measured by separate {@code *Heap} runs (secondary result {@code maxLiveMiB}: the largest heap in
 * use right after a forced full collection) to show how memory depends on the row count.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-XX:+UseG1GC"})
@State(Scope.Benchmark)
public class ReleaseCsvBenchmark {

    @Param({"200000", "2000000"})
    public int rows;

    private Path dir;

    /** The live heap of one operation, as a JMH secondary result. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Heap {
        /** The largest heap in use after a collection during the operation, in MiB. */
        public double maxLiveMiB;
    }

    @Setup(Level.Trial)
    public void writePackage() throws IOException {
        dir = Files.createTempDirectory("coact-bench-release");
        AnswerRows.writeFrame(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("answers.csv"))) {
            AnswerRows.writeAnswers(out, rows);
        }
    }

    @TearDown(Level.Trial)
    public void deletePackage() throws IOException {
        FileTrees.delete(dir);
    }

    @Benchmark
    public long writeCsv() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("answers-write.csv"))) {
            return AnswerRows.writeAnswers(out, rows);
        }
    }

    @Benchmark
    public long writeByHandBaseline() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve("answers-hand.csv"))) {
            return AnswerRows.writeAnswersByHand(out, rows);
        }
    }

    @Benchmark
    public long validatePackage() {
        return validate();
    }

    @Benchmark
    public long parseOnlyBaseline() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("answers.csv"));
                CsvReader csv = CsvReader.open(in)) {
            long n = -1;
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                n++;
            }
            return n;
        }
    }

    /** Heap only: the same write under a watch that forces collections; its time means nothing. */
    @Benchmark
    public long writeCsvHeap(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch()) {
            long n;
            try (OutputStream out = Files.newOutputStream(dir.resolve("answers-watched.csv"))) {
                n = AnswerRows.writeAnswers(out, rows);
            }
            watch.close();
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }

    /** Heap only: the same validation under a watch that forces collections; its time means nothing. */
    @Benchmark
    public long validatePackageHeap(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch()) {
            long n = validate();
            watch.close();
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }

    private long validate() {
        Validated<CheckedPackage> read = DataPackageReader.standard().read(dir);
        long n = read.orElseThrow().rows("answers");
        if (n != rows) {
            throw new IllegalStateException("read " + n + " rows, wrote " + rows);
        }
        return n;
    }
}
