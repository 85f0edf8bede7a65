package eu.coact.benchmarks.journal;

import eu.coact.testkit.journal.UrlDataSource;
import java.nio.file.Path;

/** The databases the JDBC journal benchmarks run on: embedded H2 in a directory, or PostgreSQL. */
final class BenchDatabases {

    private BenchDatabases() {}

    /**
     * A data source for the benchmark's {@code database} parameter.
     *
     * @param database  {@code h2} or {@code postgresql}
     * @param directory where H2 keeps its file (unused for PostgreSQL)
     * @return the data source
     * @throws IllegalStateException for PostgreSQL when no server URL is given
     */
    static UrlDataSource open(String database, Path directory) {
        if (database.equals("h2")) {
            return new UrlDataSource("jdbc:h2:file:" + directory.resolve("journal"));
        }
        String url = System.getenv("COACT_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("coact.postgres.url", "");
        }
        if (url.isBlank()) {
            throw new IllegalStateException("PostgreSQL is absent: set COACT_POSTGRES_URL (or -Dcoact.postgres.url) "
                    + "to a JDBC URL to benchmark JdbcJournal on PostgreSQL");
        }
        return new UrlDataSource(url);
    }
}
