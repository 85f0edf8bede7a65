package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.SearchResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline for the search figures: judging every transformation of the Adult lattice (what
 * the search must agree with). Its cost does not depend on the metric.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class AdultExhaustiveBenchmark {

    @Param({"a", "b", "c", "d", "e"})
    public String configuration;

    private Anonymisation prepared;

    @Setup(Level.Trial)
    public void load() {
        prepared = Anonymisation.prepare(
                        AdultData.table(), AdultData.configuration(configuration, AdultData.hierarchies(), Metric.LOSS))
                .orElseThrow();
    }

    @Benchmark
    public SearchResult exhaustive() {
        return prepared.searchExhaustively();
    }
}
