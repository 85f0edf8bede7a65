package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.testkit.journal.JournalContract;
import eu.coact.testkit.journal.Tamper;
import eu.coact.testkit.journal.UrlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journal contract, run against {@link JdbcJournal} on a real PostgreSQL server (see
 * {@link PostgresTarget}); each test uses a table of its own and drops it afterwards.
 */
@AddLifecycleHook(PostgresTarget.Required.class)
class JdbcJournalPostgresContractTest extends JournalContract {

    private static UrlDataSource dataSource;

    @BeforeAll
    static void requirePostgres() {
        dataSource = PostgresTarget.require();
    }

    private static UrlDataSource dataSource() {
        if (dataSource == null) {
            // jqwik does not run JUnit's @BeforeAll: properties get here first.
            dataSource = PostgresTarget.require();
        }
        return dataSource;
    }

    @Override
    protected Journal open(String name) {
        return JdbcJournal.open(dataSource(), name);
    }

    @Override
    protected void dispose(String name) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Tamper tamper(String name) {
        return new SqlTamper(dataSource(), name);
    }

    @Test
    void theServerReallyIsPostgresql() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void redactionLeavesNullsInTheTable() throws SQLException {
        String name = freshName();
        try (Journal journal = open(name)) {
            journal.append(event(1, 1));
            journal.append(event(2, 2));
            assertThat(journal.redact(1)).isTrue();
            try (Connection connection = dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT salt IS NULL, payload IS NULL FROM " + name + " ORDER BY sequence_number")) {
                rows.next();
                assertThat(rows.getBoolean(1)).isTrue();
                assertThat(rows.getBoolean(2)).isTrue();
                rows.next();
                assertThat(rows.getBoolean(1)).isFalse();
                assertThat(rows.getBoolean(2)).isFalse();
            }
        } finally {
            dispose(name);
        }
    }

    @Test
    void twoJournalsOnOneTableShareTheChainWithoutForkingIt() throws Exception {
        String name = freshName();
        try (Journal first = open(name);
                Journal second = open(name)) {
            Thread other = new Thread(() -> {
                for (int i = 0; i < 30; i++) {
                    second.append(event(1, i));
                }
            });
            other.start();
            for (int i = 0; i < 30; i++) {
                first.append(event(2, i));
            }
            other.join();
            assertThat(first.lastSequence()).isEqualTo(60);
            assertThat(second.verify()).isEqualTo(new Verification.Intact(60));
        } finally {
            dispose(name);
        }
    }
}
