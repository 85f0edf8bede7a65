package eu.coact.benchmarks.export;

import eu.coact.core.problem.Validated;
import eu.coact.export.csv.CsvReader;
import eu.coact.export.csv.CsvRecord;
import eu.coact.export.datapackage.CheckedPackage;
import eu.coact.export.datapackage.DataPackageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * reported as a secondary result ({@code maxLiveMiB}) to show how memory depends on row count.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseG1GC"})
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
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long writeCsv(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch(); OutputStream out = Files.newOutputStream(dir.resolve("answers-write.csv"))) {
            long n = AnswerRows.writeAnswers(out, rows);
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }

    @Benchmark
    public long writeByHandBaseline(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch(); OutputStream out = Files.newOutputStream(dir.resolve("answers-hand.csv"))) {
            long n = AnswerRows.writeAnswersByHand(out, rows);
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }

    @Benchmark
    public long validatePackage(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch()) {
            Validated<CheckedPackage> read = DataPackageReader.standard().read(dir);
            long n = read.orElseThrow().rows("answers");
            if (n != rows) {
                throw new IllegalStateException("read " + n + " rows, wrote " + rows);
            }
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }

    @Benchmark
    public long parseOnlyBaseline(Heap heap) throws Exception {
        try (HeapWatch watch = new HeapWatch(); InputStream in = Files.newInputStream(dir.resolve("answers.csv")); CsvReader csv = CsvReader.open(in)) {
            long n = -1;
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                n++;
            }
            heap.maxLiveMiB = watch.maxLiveMiB();
            return n;
        }
    }
}
