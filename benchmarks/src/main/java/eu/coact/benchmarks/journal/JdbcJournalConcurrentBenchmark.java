package eu.coact.benchmarks.journal;

import eu.coact.core.journal.JdbcJournal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.testkit.journal.UrlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Group commit on a database: 16 threads each appending single events to one
 * {@link JdbcJournal}; every append still returns only after a commit, but the appends waiting
 * at the same moment share one transaction. Compare with {@code JdbcJournalBenchmark} at batch 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
public class JdbcJournalConcurrentBenchmark {

    @Param({"h2", "postgresql"})
    String database;

    private Path directory;
    private UrlDataSource dataSource;
    private String table;
    private JdbcJournal journal;
    private final JournalEvent event = JournalEvents.answer(7);

    /** Opens an empty journal. */
    @Setup(Level.Trial)
    public void open() {
        if (database.equals("h2")) {
            directory = BenchDirectories.create("coact-jdbc-journal-concurrent-bench");
        }
        dataSource = BenchDatabases.open(database, directory);
        table = "bench_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
        journal = JdbcJournal.open(dataSource, table);
    }

    /** Drops the table and removes any files. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        journal.close();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
        }
        if (directory != null) {
            BenchDirectories.delete(directory);
        }
    }

    /** One committed single-event append, from one of 16 threads. */
    @Benchmark
    public long durableAppend() {
        return journal.append(event);
    }
}
