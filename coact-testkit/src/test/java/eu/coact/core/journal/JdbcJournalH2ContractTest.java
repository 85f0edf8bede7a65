package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.coact.testkit.journal.JournalContract;
import eu.coact.testkit.journal.Tamper;
import eu.coact.testkit.journal.UrlDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The journal contract, run against {@link JdbcJournal} on an embedded H2 database in files. */
class JdbcJournalH2ContractTest extends JournalContract {

    private static final Path ROOT;

    static {
        try {
            ROOT = Files.createTempDirectory("coact-h2-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UrlDataSource dataSource(String name) {
        return withCredentials("jdbc:h2:file:" + ROOT.resolve(name) + ";DB_CLOSE_DELAY=0");
    }

    private static UrlDataSource withCredentials(String url) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "coact");
        credentials.setProperty("password", "not-a-real-secret-7f3a");
        return new UrlDataSource(url, credentials);
    }

    @Override
    protected Journal open(String name) {
        return JdbcJournal.open(dataSource(name), "journal_" + name);
    }

    @Override
    protected void dispose(String name) {
        try (Connection connection = dataSource(name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var files = Files.list(ROOT)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name + "."))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Tamper tamper(String name) {
        return new SqlTamper(dataSource(name), "journal_" + name);
    }

    @Test
    void redactionLeavesNullsInTheTable() throws SQLException {
        String name = freshName();
        try (Journal journal = open(name)) {
            journal.append(event(1, 1));
            journal.append(event(2, 2));
            journal.redactSubject(SUBJECTS.get(1).orElseThrow());
            try (Connection connection = dataSource(name).getConnection();
                    Statement statement = connection.createStatement();
                    var rows =
                            statement.executeQuery("SELECT sequence_number, salt, payload, payload_digest FROM journal_"
                                    + name + " ORDER BY sequence_number")) {
                rows.next();
                assertThat(rows.getBytes(2)).isNull();
                assertThat(rows.getBytes(3)).isNull();
                assertThat(rows.getBytes(4)).hasSize(32);
                rows.next();
                assertThat(rows.getBytes(2)).hasSize(16);
                assertThat(rows.getBytes(3)).isNotEmpty();
            }
        } finally {
            dispose(name);
        }
    }

    @Test
    void twoJournalsOnOneTableShareTheChainWithoutForkingIt() {
        String name = freshName();
        try (Journal first = open(name);
                Journal second = open(name)) {
            for (int i = 0; i < 20; i++) {
                (i % 2 == 0 ? first : second).append(event(i % 4, i));
            }
            assertThat(first.lastSequence()).isEqualTo(20);
            assertThat(second.verify()).isEqualTo(new Verification.Intact(20));
        } finally {
            dispose(name);
        }
    }

    @Test
    void errorsNameTheTableButNeverTheCredentials() {
        UrlDataSource unreachable =
                withCredentials("jdbc:h2:file:" + ROOT.resolve("missing-dir/none") + ";IFEXISTS=TRUE");
        assertThatThrownBy(() -> JdbcJournal.open(unreachable, "journal_x"))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("journal_x")
                .hasMessageNotContaining("not-a-real-secret")
                .hasMessageNotContaining("jdbc:");
    }

    @Test
    void aTableNameThatIsNotASimpleIdentifierIsRefused() {
        assertThatThrownBy(() -> JdbcJournal.open(dataSource(freshName()), "x; DROP TABLE y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchTheDatabaseRejectsPartWayLeavesNothingBehind() throws SQLException {
        String name = freshName();
        try (Journal journal = open(name)) {
            journal.append(event(0, 1));
            try (Connection connection = dataSource(name).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE journal_" + name
                        + " ADD CONSTRAINT no_forbidden CHECK (event_type <> 'test.forbidden')");
            }
            byte[] answer = "secret-answer-42".getBytes(StandardCharsets.UTF_8);
            List<JournalEvent> batch =
                    List.of(event(1, 2), JournalEvent.of(Instant.EPOCH, "test.forbidden", answer), event(2, 3));
            Throwable thrown = catchThrowable(() -> journal.appendAll(batch));
            assertThat(thrown)
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("journal_" + name)
                    .hasMessageNotContaining("other writers");
            // Drivers quote failing statements with their values: none of that may reach a log.
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString())
                    .doesNotContain("secret-answer-42")
                    .doesNotContainIgnoringCase(HexFormat.of().formatHex(answer))
                    .doesNotContain("not-a-real-secret");
            assertThat(journal.lastSequence()).isEqualTo(1);
            assertThat(journal.append(event(3, 4))).isEqualTo(2);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(2));
        } finally {
            dispose(name);
        }
    }
}
