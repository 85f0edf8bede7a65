package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.KAnonymityVerdict;
import eu.coact.anonymise.disclosure.QuasiIdentifierTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The k-anonymity check (which records violate k=5) on 1,000,000 generated rows, 9 quasi-identifiers. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MillionRowBenchmark {

    private QuasiIdentifierTable encoded;

    @Setup(Level.Trial)
    public void load() {
        MillionRows data = new MillionRows();
        encoded = QuasiIdentifierTable.of(data.table, List.copyOf(data.hierarchies.keySet()));
    }

    @Benchmark
    public KAnonymityVerdict checkKAnonymity() {
        return encoded.checkKAnonymity(5);
    }
}
