package eu.coact.core.journal;

import eu.coact.testkit.journal.Tamper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Tampers with a journal table directly in SQL, as someone with database access could. */
final class SqlTamper implements Tamper {

    private final DataSource dataSource;
    private final String table;

    SqlTamper(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public void replacePayload(long sequence, byte[] payload) {
        run("UPDATE " + table + " SET payload = ? WHERE sequence_number = ?", payload, sequence);
    }

    @Override
    public void replaceType(long sequence, String type) {
        run("UPDATE " + table + " SET event_type = ? WHERE sequence_number = ?", type, sequence);
    }

    @Override
    public void drop(long sequence) {
        run("DELETE FROM " + table + " WHERE sequence_number = ?", sequence);
    }

    @Override
    public void duplicate(long sequence) {
        // Make room after the entry (via negative numbers, so the primary key never collides).
        run("UPDATE " + table + " SET sequence_number = -sequence_number WHERE sequence_number > ?", sequence);
        run("UPDATE " + table + " SET sequence_number = 1 - sequence_number WHERE sequence_number < 0");
        run(
                "INSERT INTO " + table + " SELECT sequence_number + 1, at_second, at_nano, subject, event_type, salt,"
                        + " payload, payload_digest, previous_hash, entry_hash FROM " + table
                        + " WHERE sequence_number = ?",
                sequence);
    }

    @Override
    public void swapWithNext(long sequence) {
        run("UPDATE " + table + " SET sequence_number = -1 WHERE sequence_number = ?", sequence);
        run("UPDATE " + table + " SET sequence_number = ? WHERE sequence_number = ?", sequence, sequence + 1);
        run("UPDATE " + table + " SET sequence_number = ? WHERE sequence_number = -1", sequence + 1);
    }

    private void run(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed: " + sql, e);
        }
    }
}
