package eu.coact.benchmarks.journal;

import eu.coact.core.journal.JdbcJournal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.testkit.journal.UrlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

/**
 * Durable appends to a {@link JdbcJournal} on embedded H2 (files in a scratch directory) and on
 * PostgreSQL (the server named by {@code COACT_POSTGRES_URL} or {@code -Dcoact.postgres.url};
 * without one the PostgreSQL runs fail in setup, saying so). One operation is one committed
 * {@code appendAll} of {@code batch} events (one {@code append} for batch 1).
 *
 * <p>Baseline in the same run: {@link #bareCommit} inserts the same number of rows of the same
 * shape (precomputed bytes, no hashing, no tail lookup) into a plain table and commits.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdbcJournalBenchmark {

    @Param({"h2", "postgresql"})
    String database;

    @Param({"1", "16", "256"})
    int batch;

    private Path directory;
    private UrlDataSource dataSource;
    private String table;
    private JdbcJournal journal;
    private List<JournalEvent> events;
    private JournalEvent single;
    private Connection bare;
    private PreparedStatement bareInsert;
    private long bareSequence;
    private final byte[] salt = new byte[16];
    private final byte[] hash = new byte[32];

    /** Opens an empty journal and an empty baseline table. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        if (database.equals("h2")) {
            directory = BenchDirectories.create("coact-jdbc-journal-bench");
        }
        dataSource = BenchDatabases.open(database, directory);
        table = "bench_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
        journal = JdbcJournal.open(dataSource, table);
        events = JournalEvents.batch(batch);
        single = events.get(0);
        new Random(1).nextBytes(salt);
        new Random(2).nextBytes(hash);
        bare = dataSource.getConnection();
        bare.setAutoCommit(false);
        try (Statement statement = bare.createStatement()) {
            statement.execute("CREATE TABLE " + table + "_bare (sequence_number BIGINT NOT NULL PRIMARY KEY, "
                    + "at_second BIGINT NOT NULL, at_nano INTEGER NOT NULL, subject VARCHAR(128), "
                    + "event_type VARCHAR(100) NOT NULL, salt BYTEA, payload BYTEA, payload_digest BYTEA NOT NULL, "
                    + "previous_hash BYTEA NOT NULL, entry_hash BYTEA NOT NULL)");
        }
        bare.commit();
        bareInsert = bare.prepareStatement("INSERT INTO " + table + "_bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Drops both tables and removes any files. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        journal.close();
        bareInsert.close();
        try (Statement statement = bare.createStatement()) {
            statement.execute("DROP TABLE " + table);
            statement.execute("DROP TABLE " + table + "_bare");
        }
        bare.commit();
        bare.close();
        if (directory != null) {
            BenchDirectories.delete(directory);
        }
    }

    /** One committed append of a batch. */
    @Benchmark
    public long durableAppend() {
        if (batch == 1) {
            return journal.append(single);
        }
        SequenceRange range = journal.appendAll(events);
        return range.last();
    }

    /** The baseline: the same rows inserted and committed with plain JDBC. */
    @Benchmark
    public long bareCommit() throws SQLException {
        for (JournalEvent event : events) {
            bareInsert.setLong(1, ++bareSequence);
            bareInsert.setLong(2, event.at().getEpochSecond());
            bareInsert.setInt(3, event.at().getNano());
            bareInsert.setString(4, event.subject().map(Object::toString).orElse(null));
            bareInsert.setString(5, event.type());
            bareInsert.setBytes(6, salt);
            bareInsert.setBytes(7, event.payload());
            bareInsert.setBytes(8, hash);
            bareInsert.setBytes(9, hash);
            bareInsert.setBytes(10, hash);
            bareInsert.addBatch();
        }
        bareInsert.executeBatch();
        bare.commit();
        return bareSequence;
    }
}
