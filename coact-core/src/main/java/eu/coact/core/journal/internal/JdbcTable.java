package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The one table of a JDBC journal and the SQL that reads and writes it. The SQL is the common
 * subset of PostgreSQL and H2 (BYTEA, {@code CREATE ... IF NOT EXISTS}).
 *
 * <pre>
 * CREATE TABLE coact_journal (
 *   sequence_number BIGINT       NOT NULL PRIMARY KEY,  -- 1, 2, 3, ... no gaps
 *   at_second       BIGINT       NOT NULL,              -- when it happened (epoch seconds)
 *   at_nano         INTEGER      NOT NULL,              --   and nanoseconds
 *   subject         VARCHAR(128),                       -- participant pseudonym or NULL
 *   event_type      VARCHAR(100) NOT NULL,
 *   salt            BYTEA,                              -- NULL once redacted
 *   payload         BYTEA,                              -- NULL once redacted
 *   payload_digest  BYTEA        NOT NULL,              -- salted SHA-256 of the payload
 *   previous_hash   BYTEA        NOT NULL,
 *   entry_hash      BYTEA        NOT NULL)
 * CREATE INDEX coact_journal_by_subject ON coact_journal (subject, sequence_number)
 * </pre>
 */
public final class JdbcTable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,47}");
    private static final String COLUMNS = "sequence_number, at_second, at_nano, subject, event_type, salt, payload, "
            + "payload_digest, previous_hash, entry_hash";

    private final String name;

    /**
     * A journal table by name.
     *
     * @param name lower-case letters, digits and underscores, starting with a letter
     */
    public JdbcTable(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a journal table name is 1 to 48 lower-case letters, digits or '_', " + "starting with a letter");
        }
        this.name = name;
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** Creates the table and its subject index if they do not exist. */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + name + " ("
                    + "sequence_number BIGINT NOT NULL PRIMARY KEY, "
                    + "at_second BIGINT NOT NULL, at_nano INTEGER NOT NULL, "
                    + "subject VARCHAR(128), event_type VARCHAR(100) NOT NULL, "
                    + "salt BYTEA, payload BYTEA, payload_digest BYTEA NOT NULL, "
                    + "previous_hash BYTEA NOT NULL, entry_hash BYTEA NOT NULL)");
            statement.execute(
                    "CREATE INDEX IF NOT EXISTS " + name + "_by_subject ON " + name + " (subject, sequence_number)");
        }
    }

    /**
     * The SQL that makes concurrent appenders of all processes take turns until the end of the
     * transaction, if the database has such a lock: on PostgreSQL an advisory transaction lock
     * keyed by the table name. Elsewhere the primary key still stops a second writer from
     * forking the chain; it fails and retries.
     *
     * @param productName the database product name, as JDBC metadata reports it
     * @return the statement, if this database has one
     */
    public java.util.Optional<String> writerLock(String productName) {
        if (!"PostgreSQL".equals(productName)) {
            return java.util.Optional.empty();
        }
        long key = 0;
        for (byte b : ChainHash.sha256()
                .digest(("coact.journal." + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            key = (key << 8) | (b & 0xff);
        }
        return java.util.Optional.of("SELECT pg_advisory_xact_lock(" + key + ")");
    }

    /** The SQL that inserts one record. */
    public String insert() {
        return "INSERT INTO " + name + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Binds a record to the parameters of {@link #insert()}. */
    public static void bind(PreparedStatement statement, StoredRecord record) throws SQLException {
        statement.setLong(1, record.sequence());
        statement.setLong(2, record.at().getEpochSecond());
        statement.setInt(3, record.at().getNano());
        statement.setString(
                4, record.subject() == null ? null : record.subject().value());
        statement.setString(5, record.type());
        statement.setBytes(6, record.salt());
        statement.setBytes(7, record.payload());
        statement.setBytes(8, record.payloadDigest());
        statement.setBytes(9, record.previousHash());
        statement.setBytes(10, record.hash());
    }

    /** The SQL that finds the last record's sequence number and hash. */
    public String tail() {
        // MAX over the primary key is an index lookup on both databases (H2 scans for ORDER BY ... FETCH).
        return "SELECT sequence_number, entry_hash FROM " + name
                + " WHERE sequence_number = (SELECT MAX(sequence_number) FROM " + name + ")";
    }

    /** The SQL that reads a range of records, in order. */
    public String range() {
        return "SELECT " + COLUMNS + " FROM " + name
                + " WHERE sequence_number >= ? AND sequence_number <= ? ORDER BY sequence_number";
    }

    /** The SQL that reads one participant's records, in order. */
    public String bySubject() {
        return "SELECT " + COLUMNS + " FROM " + name + " WHERE subject = ? ORDER BY sequence_number";
    }

    /** The SQL that erases one record's salt and payload if it still has them. */
    public String redactOne() {
        return "UPDATE " + name + " SET salt = NULL, payload = NULL WHERE sequence_number = ? AND payload IS NOT NULL";
    }

    /** The SQL that erases the salt and payload of every record about a participant. */
    public String redactSubject() {
        return "UPDATE " + name + " SET salt = NULL, payload = NULL WHERE subject = ? AND payload IS NOT NULL";
    }

    /** The SQL that counts records with a sequence number (0 or 1). */
    public String exists() {
        return "SELECT COUNT(*) FROM " + name + " WHERE sequence_number = ?";
    }

    /**
     * Reads the current row as a record.
     *
     * @throws IllegalArgumentException if a stored field is not a valid value (e.g. tampered)
     */
    public static StoredRecord read(ResultSet row) throws SQLException {
        String subject = row.getString(4);
        byte[] payload = row.getBytes(7);
        return new StoredRecord(
                row.getLong(1),
                Instant.ofEpochSecond(row.getLong(2), row.getInt(3)),
                subject == null ? null : Pseudonym.of(subject),
                row.getString(5),
                payload == null ? null : row.getBytes(6),
                payload,
                row.getBytes(8),
                row.getBytes(9),
                row.getBytes(10));
    }

    /**
     * What went wrong, without the driver's message: drivers quote the failing statement with
     * its parameter values (payloads, answers) and sometimes the connection URL, none of which
     * may reach a log. For the same reason journal exceptions do not chain the driver's one.
     *
     * @param e the driver's exception
     * @return SQL state, vendor code and exception type
     */
    public static String describe(java.sql.SQLException e) {
        return "SQL state " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ", "
                + e.getClass().getSimpleName();
    }
}
