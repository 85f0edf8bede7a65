package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.PrivacyModel;
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
 * The optimal search on 1,000,000 generated rows with nine high-cardinality quasi-identifiers
 * (92,160 transformations), k=5 with 2 % suppression. A single timed run after one warm-up run:
 * each takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MillionRowSearchBenchmark {

    @Param({"LOSS"})
    public String metric;

    private Anonymisation prepared;

    @Setup(Level.Trial)
    public void load() {
        MillionRows data = new MillionRows();
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        data.hierarchies.forEach(builder::quasiIdentifying);
        prepared = Anonymisation.prepare(
                        data.table,
                        builder.model(PrivacyModel.kAnonymity(5))
                                .suppressionLimit(0.02)
                                .metric(Metric.valueOf(metric))
                                .build())
                .orElseThrow();
    }

    @Benchmark
    public SearchResult search() {
        SearchResult result =
                prepared.search((resolved, total) -> {}, eu.coact.anonymise.disclosure.Cancellation.create());
        return result;
    }
}
