package eu.coact.core.journal.internal;

import eu.coact.core.journal.JournalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the rows of one query lazily, on a connection of its own, and releases statement and
 * connection when the stream is closed (or when the rows run out).
 */
public final class RowStream {

    /** Prepares the query's statement and binds its parameters. */
    @FunctionalInterface
    public interface Query {
        /**
         * @param connection the connection to prepare on
         * @return the bound statement
         */
        PreparedStatement prepare(Connection connection) throws SQLException;
    }

    private RowStream() {}

    /**
     * Runs a query and streams its rows as records.
     *
     * @param connection a connection the stream owns and closes
     * @param query      the query
     * @param what       what is being read, for error messages
     * @return the records, lazily
     */
    public static Stream<StoredRecord> of(Connection connection, Query query, String what) {
        PreparedStatement statement = null;
        ResultSet rows;
        try {
            // PostgreSQL fetches lazily only outside auto-commit; the transaction only reads.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            statement = query.prepare(connection);
            statement.setFetchSize(512);
            rows = statement.executeQuery();
        } catch (SQLException e) {
            close(statement, connection);
            throw new JournalException("could not read " + what + " (" + JdbcTable.describe(e) + ")");
        }
        PreparedStatement owned = statement;
        Runnable release = () -> close(owned, connection);
        Spliterator<StoredRecord> rowsAsRecords =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    private boolean done;

                    @Override
                    public boolean tryAdvance(Consumer<? super StoredRecord> action) {
                        if (done) {
                            return false;
                        }
                        try {
                            if (!rows.next()) {
                                done = true;
                                release.run();
                                return false;
                            }
                            action.accept(JdbcTable.read(rows));
                            return true;
                        } catch (SQLException e) {
                            done = true;
                            release.run();
                            throw new JournalException("could not read " + what + " (" + JdbcTable.describe(e) + ")");
                        }
                    }
                };
        return StreamSupport.stream(rowsAsRecords, false).onClose(release);
    }

    private static void close(PreparedStatement statement, Connection connection) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            // Closing the connection below releases it anyway.
        }
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            // Nothing was written on this connection; nothing to lose.
        }
    }
}
