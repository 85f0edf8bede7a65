package eu.coact.benchmarks.disclosure;

import eu.coact.anonymise.disclosure.Anonymisation;
import eu.coact.anonymise.disclosure.DisclosureConfiguration;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.Metric;
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
 * The optimal search on Adult for the five reference configurations and every metric; data
 * loading and encoding are measured apart ({@link #loadAndEncode}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AdultSearchBenchmark {

    @Param({"a", "b", "c", "d", "e"})
    public String configuration;

    @Param({"DISCERNIBILITY", "PRECISION", "HEIGHT", "LOSS"})
    public String metric;

    private Table table;
    private Map<String, Hierarchy> hierarchies;
    private DisclosureConfiguration rules;
    private Anonymisation prepared;

    @Setup(Level.Trial)
    public void load() {
        table = AdultData.table();
        hierarchies = AdultData.hierarchies();
        rules = AdultData.configuration(configuration, hierarchies, Metric.valueOf(metric));
        prepared = Anonymisation.prepare(table, rules).orElseThrow();
    }

    /** The search alone, on a table loaded and encoded once. */
    @Benchmark
    public SearchResult search() {
        return prepared.search();
    }

    /** Reading the CSV files and encoding the table: what a search needs before it starts. */
    @Benchmark
    public Anonymisation loadAndEncode() {
        Table fresh = AdultData.table();
        return Anonymisation.prepare(
                        fresh, AdultData.configuration(configuration, AdultData.hierarchies(), Metric.valueOf(metric)))
                .orElseThrow();
    }
}
