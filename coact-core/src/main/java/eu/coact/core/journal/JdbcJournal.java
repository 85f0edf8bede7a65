package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.ChainVerifier;
import eu.coact.core.journal.internal.GroupCommit;
import eu.coact.core.journal.internal.JdbcTable;
import eu.coact.core.journal.internal.RowStream;
import eu.coact.core.journal.internal.StoredRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A journal in one table of a relational database, through plain JDBC; tested on PostgreSQL
 * and on embedded H2. The table (by default {@code coact_journal}) and an index on the subject
 * are created if absent; the schema is documented in the core README.
 *
 * <ul>
 *   <li>{@link #append} and {@link #appendAll} return once a transaction holding their events
 *       has committed, so an event is as durable as the database makes a commit (on PostgreSQL
 *       with its default {@code fsync} and {@code synchronous_commit}: on disk). An
 *       {@code appendAll} is never split across transactions; appenders on several threads share
 *       transactions (group commit: whatever is waiting goes into the next one).</li>
 *   <li>Each transaction reads the current last entry first, so several processes may append
 *       to the same table. On PostgreSQL they take
 *       turns through an advisory transaction lock keyed by the table name. On any database the
 *       sequence number is the primary key, so two writers racing for the same number cannot
 *       fork the chain: one transaction fails on the key, is rolled back and retried.</li>
 *   <li>Redaction sets payload and salt to NULL in a committed transaction. On PostgreSQL the
 *       old row version stays in the table file until {@code VACUUM} reclaims it; run
 *       {@code VACUUM} on the table after erasing a participant.</li>
 *   <li>Error messages name the table and the SQL state, never the connection URL,
 *       credentials or payloads; the driver's own exception is not chained, because drivers
 *       quote failing statements with their values.</li>
 * </ul>
 */
public final class JdbcJournal implements Journal {

    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "coact_journal";

    private static final int RACE_RETRIES = 20;

    private final DataSource dataSource;
    private final JdbcTable table;
    private final ReentrantLock writer = new ReentrantLock();
    private final GroupCommit<Unit> groupCommit = new GroupCommit<>(4 << 20);
    private final Connection connection;
    private final Optional<String> writerLock;
    private volatile boolean closed;

    private JdbcJournal(DataSource dataSource, JdbcTable table, Connection connection, Optional<String> writerLock) {
        this.dataSource = dataSource;
        this.table = table;
        this.connection = connection;
        this.writerLock = writerLock;
    }

    /**
     * Opens the journal in the default table, creating it if absent.
     *
     * @param dataSource where to connect; the journal keeps one connection for writing and
     *                   takes another for each read stream
     * @return the open journal
     * @throws JournalException if the database cannot be reached or the table not created
     */
    public static JdbcJournal open(DataSource dataSource) {
        return open(dataSource, DEFAULT_TABLE);
    }

    /**
     * Opens the journal in a named table, creating it if absent (several studies can share one
     * database, one table each).
     *
     * @param dataSource where to connect
     * @param table      lower-case letters, digits and underscores, starting with a letter
     * @return the open journal
     * @throws JournalException if the database cannot be reached or the table not created
     */
    public static JdbcJournal open(DataSource dataSource, String table) {
        Objects.requireNonNull(dataSource, "dataSource");
        JdbcTable journalTable = new JdbcTable(Objects.requireNonNull(table, "table"));
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            journalTable.create(connection);
            connection.commit();
            Optional<String> writerLock =
                    journalTable.writerLock(connection.getMetaData().getDatabaseProductName());
            return new JdbcJournal(dataSource, journalTable, connection, writerLock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new JournalException(
                    "could not open the journal table " + table + " (" + JdbcTable.describe(e) + ")");
        }
    }

    /** The table this journal is stored in. */
    public String table() {
        return table.name();
    }

    @Override
    public long append(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        return write(List.of(event)).first();
    }

    @Override
    public SequenceRange appendAll(List<JournalEvent> events) {
        List<JournalEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) {
            long next = lastSequence() + 1;
            return new SequenceRange(next, next - 1);
        }
        return write(copy);
    }

    private SequenceRange write(List<JournalEvent> events) {
        ensureOpen();
        return groupCommit.submit(Unit.of(events), this::writeGroup);
    }

    /** One append call's events, with the chain-independent hashing done by the calling thread. */
    private record Unit(List<JournalEvent> events, byte[][] salts, byte[][] digests) implements GroupCommit.Batch {

        static Unit of(List<JournalEvent> events) {
            byte[][] salts = new byte[events.size()][];
            byte[][] digests = new byte[events.size()][];
            for (int i = 0; i < events.size(); i++) {
                salts[i] = ChainHash.newSalt();
                digests[i] = ChainHash.payloadDigest(salts[i], events.get(i).payload());
            }
            return new Unit(events, salts, digests);
        }

        @Override
        public int weight() {
            int bytes = 0;
            for (JournalEvent event : events) {
                bytes += event.payloadLength() + 256;
            }
            return bytes;
        }
    }

    /** Writes the append calls waiting at this moment, from every thread, in one transaction. */
    private List<SequenceRange> writeGroup(List<Unit> units) {
        writer.lock();
        try {
            ensureOpen();
            for (int attempt = 1; ; attempt++) {
                try {
                    return insert(units);
                } catch (SQLException e) {
                    rollback();
                    // 23505: unique violation, i.e. another process took this sequence number.
                    boolean race = "23505".equals(e.getSQLState());
                    if (!race || attempt == RACE_RETRIES) {
                        throw new JournalException("could not append to the journal table " + table.name()
                                + " (" + JdbcTable.describe(e) + ")"
                                + (race ? ": other writers keep taking the same sequence numbers" : ""));
                    }
                    backOff(attempt);
                }
            }
        } finally {
            writer.unlock();
        }
    }

    private List<SequenceRange> insert(List<Unit> units) throws SQLException {
        if (writerLock.isPresent()) {
            try (PreparedStatement lock = connection.prepareStatement(writerLock.get())) {
                lock.execute();
            }
        }
        long sequence = 0;
        byte[] hash = ChainHash.GENESIS;
        try (PreparedStatement tail = connection.prepareStatement(table.tail());
                ResultSet row = tail.executeQuery()) {
            if (row.next()) {
                sequence = row.getLong(1);
                hash = row.getBytes(2);
            }
        }
        List<SequenceRange> ranges = new ArrayList<>(units.size());
        try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
            for (Unit unit : units) {
                long first = sequence + 1;
                for (int i = 0; i < unit.events().size(); i++) {
                    StoredRecord record = StoredRecord.seal(
                            ++sequence, unit.events().get(i), unit.salts()[i], unit.digests()[i], hash);
                    hash = record.hash();
                    JdbcTable.bind(insert, record);
                    insert.addBatch();
                }
                ranges.add(new SequenceRange(first, sequence));
            }
            insert.executeBatch();
        }
        connection.commit();
        return ranges;
    }

    @Override
    public long lastSequence() {
        writer.lock();
        try {
            ensureOpen();
            try (PreparedStatement tail = connection.prepareStatement(table.tail());
                    ResultSet row = tail.executeQuery()) {
                long last = row.next() ? row.getLong(1) : 0;
                connection.commit();
                return last;
            }
        } catch (SQLException e) {
            rollback();
            throw failure("read the last sequence number of", e);
        } finally {
            writer.unlock();
        }
    }

    @Override
    public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        if (fromInclusive < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        return records(c -> {
                    PreparedStatement statement = c.prepareStatement(table.range());
                    statement.setLong(1, fromInclusive);
                    statement.setLong(2, toInclusive);
                    return statement;
                })
                .map(StoredRecord::toEntry);
    }

    @Override
    public Stream<JournalEntry> readSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        return records(c -> {
                    PreparedStatement statement = c.prepareStatement(table.bySubject());
                    statement.setString(1, subject.value());
                    return statement;
                })
                .map(StoredRecord::toEntry);
    }

    private Stream<StoredRecord> records(RowStream.Query query) {
        ensureOpen();
        Connection reading;
        try {
            reading = dataSource.getConnection();
        } catch (SQLException e) {
            throw failure("connect to read", e);
        }
        return RowStream.of(reading, query, "the journal table " + table.name());
    }

    @Override
    public boolean redact(long sequence) {
        writer.lock();
        try {
            ensureOpen();
            int erased;
            try (PreparedStatement update = connection.prepareStatement(table.redactOne())) {
                update.setLong(1, sequence);
                erased = update.executeUpdate();
            }
            if (erased == 0) {
                try (PreparedStatement exists = connection.prepareStatement(table.exists())) {
                    exists.setLong(1, sequence);
                    try (ResultSet row = exists.executeQuery()) {
                        row.next();
                        if (row.getLong(1) == 0) {
                            rollback();
                            throw new IllegalArgumentException("no journal entry #" + sequence);
                        }
                    }
                }
            }
            connection.commit();
            return erased > 0;
        } catch (SQLException e) {
            rollback();
            throw failure("redact entry #" + sequence + " in", e);
        } finally {
            writer.unlock();
        }
    }

    @Override
    public int redactSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        writer.lock();
        try {
            ensureOpen();
            int erased;
            try (PreparedStatement update = connection.prepareStatement(table.redactSubject())) {
                update.setString(1, subject.value());
                erased = update.executeUpdate();
            }
            connection.commit();
            return erased;
        } catch (SQLException e) {
            rollback();
            throw failure("redact a participant's entries in", e);
        } finally {
            writer.unlock();
        }
    }

    @Override
    public Verification verify() {
        ChainVerifier verifier = new ChainVerifier();
        try (Stream<StoredRecord> records = records(c -> {
            PreparedStatement statement = c.prepareStatement(table.range());
            statement.setLong(1, Long.MIN_VALUE);
            statement.setLong(2, Long.MAX_VALUE);
            return statement;
        })) {
            var iterator = records.iterator();
            long position = 1;
            while (true) {
                StoredRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (IllegalArgumentException e) {
                    // A stored field that is not even a valid value (a malformed pseudonym...).
                    verifier.fail(position, "a stored field is malformed (the entry was modified)");
                    break;
                }
                if (!verifier.accept(record)) {
                    break;
                }
                position++;
            }
        }
        return verifier.result();
    }

    @Override
    public void close() {
        // Waits for the group being written; appends queued behind it then find the journal closed.
        groupCommit.exclusively(() -> {
            writer.lock();
            try {
                if (!closed) {
                    closed = true;
                    closeQuietly(connection);
                }
            } finally {
                writer.unlock();
            }
            return null;
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("the journal is closed");
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the next use reports it.
        }
    }

    private JournalException failure(String action, SQLException e) {
        return new JournalException(
                "could not " + action + " the journal table " + table.name() + " (" + JdbcTable.describe(e) + ")");
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + 2L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing uncommitted is ever left on it.
            }
        }
    }

    /** Names the table only: the data source may carry credentials. */
    @Override
    public String toString() {
        return "JdbcJournal[" + table.name() + "]";
    }
}
