package eu.coact.core.journal;

import eu.coact.testkit.journal.UrlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use, named by the environment variable
 * {@code COACT_POSTGRES_URL} or the system property {@code coact.postgres.url} (a JDBC URL).
 * Without one, PostgreSQL tests are skipped with a message saying so — except under
 * {@code CI=true}, where they must run: there a missing URL or an unreachable server fails.
 */
final class PostgresTarget {

    static final String ABSENT = "PostgreSQL is absent: set COACT_POSTGRES_URL (or -Dcoact.postgres.url) to a JDBC URL "
            + "to run the PostgreSQL journal tests; .ci/run starts a server and sets it";

    private PostgresTarget() {}

    /** The configured JDBC URL, if any. */
    static Optional<String> url() {
        String fromEnvironment = System.getenv("COACT_POSTGRES_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        String fromProperty = System.getProperty("coact.postgres.url");
        return fromProperty == null || fromProperty.isBlank() ? Optional.empty() : Optional.of(fromProperty.trim());
    }

    /** Whether this is a CI run, where nothing may be skipped. */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * A data source for the configured server, checked to be reachable. Skips the calling test
     * when no server is configured outside CI; fails it in CI or when a configured server does
     * not answer.
     */
    static UrlDataSource require() {
        Optional<String> url = url();
        if (url.isEmpty()) {
            if (inCi()) {
                throw new AssertionError("CI=true but " + ABSENT);
            }
            Assumptions.abort(ABSENT);
        }
        UrlDataSource dataSource = new UrlDataSource(url.get());
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new AssertionError("the PostgreSQL server named by COACT_POSTGRES_URL does not answer");
            }
        } catch (SQLException e) {
            // The URL may hold a password: report the SQL state, not the URL.
            throw new AssertionError("the PostgreSQL server named by COACT_POSTGRES_URL is unreachable (SQL state "
                    + e.getSQLState() + ")");
        }
        return dataSource;
    }

    /** Skips property containers when PostgreSQL is absent outside CI (jqwik's counterpart of an assumption). */
    public static final class Required implements SkipExecutionHook {

        /** Used by jqwik. */
        public Required() {}

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return url().isEmpty() && !inCi() ? SkipResult.skip(ABSENT) : SkipResult.doNotSkip();
        }
    }
}
