package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Metric;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.SearchResult;
import eu.coact.anonymise.disclosure.Table;
import java.util.Map;
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
 * Adult repeated 33 times (995,346 rows), all nine columns quasi-identifying, k=165 with 2 %
 * suppression, in a JVM limited to 1 GB of heap (the table itself included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdultTimes33Benchmark {

    @Param({"LOSS", "DISCERNIBILITY"})
    public String metric;

    private Anonymisation prepared;

    @Setup(Level.Trial)
    public void load() {
        Map<String, Hierarchy> hierarchies = AdultData.hierarchies();
        Table table = AdultData.repeated(AdultData.table(), 33);
        DisclosureConfiguration.Builder builder = DisclosureConfiguration.builder();
        for (String column : AdultData.COLUMNS) {
            builder.quasiIdentifying(column, hierarchies.get(column));
        }
        DisclosureConfiguration rules = builder.model(PrivacyModel.kAnonymity(165))
                .suppressionLimit(0.02)
                .metric(Metric.valueOf(metric))
                .build();
        prepared = Anonymisation.prepare(table, rules).orElseThrow();
        if (prepared.table().rowCount() != 995_346) {
            throw new IllegalStateException("expected 995,346 rows");
        }
    }

    @Benchmark
    public SearchResult search() {
        return prepared.search();
    }
}
