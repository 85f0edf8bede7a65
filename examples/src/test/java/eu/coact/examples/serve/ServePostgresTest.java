package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coact serve} with its journal in PostgreSQL: join by invite, consent, answer, stop,
 * restart, and the participant is where they were. The server is named by
 * {@code COACT_POSTGRES_URL} (or {@code -Dcoact.postgres.url}), as for the journal's own
 * PostgreSQL tests; without one the test is skipped with a message saying so, except under
 * {@code CI=true}, where it fails. Each run works in a database of its own, dropped afterwards.
 */
class ServePostgresTest {

    static final String ABSENT = "PostgreSQL is absent: set COACT_POSTGRES_URL (or -Dcoact.postgres.url) to a JDBC URL "
            + "to run serve on PostgreSQL; .ci/run starts a server and sets it";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

    @TempDir
    Path directory;

    private String server;
    private String database;

    @BeforeEach
    void createDatabase() throws SQLException {
        Optional<String> url = Optional.ofNullable(System.getenv("COACT_POSTGRES_URL"))
                .or(() -> Optional.ofNullable(System.getProperty("coact.postgres.url")))
                .map(String::strip)
                .filter(u -> !u.isEmpty());
        if (url.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + ABSENT);
            }
            Assumptions.abort(ABSENT);
        }
        server = url.get();
        database =
                "coact_serve_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            // The URL may hold a password: report the SQL state, not the URL.
            throw new AssertionError("the PostgreSQL server named by COACT_POSTGRES_URL cannot be used (SQL state "
                    + e.getSQLState() + ")");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            try (Connection connection = DriverManager.getConnection(server);
                    Statement statement = connection.createStatement()) {
                // FORCE: a failed test may have left a connection open; the test itself checks for that.
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private String journalUrl() {
        Matcher m = URL.matcher(server);
        if (!m.matches()) {
            throw new AssertionError("COACT_POSTGRES_URL is not a jdbc:postgresql://host/database URL");
        }
        return m.group(1) + database + m.group(3);
    }

    private long sessions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private ServedStudy serve(Path study, Instant now) {
        return new ServedStudy(directory, study, now, settings -> settings.jdbcUrl(journalUrl()));
    }

    @Test
    void aParticipantJoinsConsentsAnswersAndAfterARestartIsWhereTheyWere() throws SQLException {
        Path study = ServedStudy.copyStudy(directory);
        ServedStudy.Browser participant;
        Instant stopped;
        long completed;
        try (ServedStudy served = serve(study, ServedStudy.START)) {
            ServedStudy.Browser coordinator = served.browser();
            participant = ServeHttpTest.joinAndConsent(
                    served, ServeHttpTest.invite(coordinator, coordinator.login("ana"), "single"));
            long consented = participant.seen;
            JsonNode question = ServeHttpTest.awaitQuestion(served, participant, consented);
            long answers = served.server.engine().counters().answers();
            assertThat(participant
                            .press(question.get("buttons").get(0).get("value").asText())
                            .statusCode())
                    .isEqualTo(204);
            assertThat(served.server.engine().counters().answers()).isEqualTo(answers + 1);
            served.advance(Duration.ofMinutes(10));
            participant.messages();
            completed = participant.seen;
            stopped = served.clock.instant();
        }
        // A stopped server holds no connection: months of consent receipts and reads leak none.
        assertThat(sessions()).isZero();
        // The journal is in the database, not in the server's home.
        assertThat(directory.resolve("home").resolve("journal")).doesNotExist();
        try (Connection connection = DriverManager.getConnection(journalUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM coact_journal")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isGreaterThan(10);
        }

        try (ServedStudy again = serve(study, stopped.plusSeconds(60))) {
            ServedStudy.Browser resumed = again.browser(participant.cookies);
            JsonNode body = resumed.messages();
            assertThat(body.get("joined").asBoolean()).isTrue();
            assertThat(body.get("standing").asText().toLowerCase(Locale.ROOT)).isEqualTo("active");
            assertThat(resumed.seen).isEqualTo(completed);
            assertThat(again.log.toString()).doesNotContain("does not verify");
            // The conversation goes on from the journal: the next message continues the numbering.
            again.advance(Duration.ofDays(2));
            assertThat(ServeHttpTest.list(resumed.messages()))
                    .isNotEmpty()
                    .allSatisfy(m -> assertThat(m.get("seq").asLong()).isGreaterThan(completed));
        }
        assertThat(sessions()).isZero();
    }
}
