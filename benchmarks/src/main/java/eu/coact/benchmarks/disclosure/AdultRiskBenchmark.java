package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.KAnonymityVerdict;
import eu.coact.anonymise.disclosure.QuasiIdentifierTable;
import eu.coact.anonymise.disclosure.RiskProfile;
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

/** Risk measures and the k-anonymity check on Adult as it is (all nine columns). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdultRiskBenchmark {

    private QuasiIdentifierTable adult;

    @Setup(Level.Trial)
    public void load() {
        adult = QuasiIdentifierTable.of(AdultData.table(), AdultData.COLUMNS);
    }

    /** Prosecutor risk (highest, average), share above 20 %, sample uniques. */
    @Benchmark
    public double risk() {
        RiskProfile risk = adult.risk();
        return risk.highestProsecutorRisk()
                + risk.averageProsecutorRisk()
                + risk.shareAbove(0.2)
                + risk.sampleUniques();
    }

    @Benchmark
    public KAnonymityVerdict checkKAnonymity() {
        return adult.checkKAnonymity(5);
    }
}
