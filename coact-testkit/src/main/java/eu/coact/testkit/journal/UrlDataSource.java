package eu.coact.testkit.journal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that opens a new connection through {@link DriverManager} for every request: no
 * pool, no logging; enough to run {@link JournalContract} against a JDBC journal in a test or a
 * benchmark. Its {@code toString} names no URL (a URL may hold a password).
 */
public final class UrlDataSource implements DataSource {

    private final String url;
    private final Properties properties;

    /**
     * A data source for a JDBC URL with connection properties (such as {@code user} and
     * {@code password}).
     *
     * @param url        the JDBC URL
     * @param properties passed to the driver with every connection
     */
    public UrlDataSource(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /**
     * A data source for a JDBC URL that carries everything the driver needs.
     *
     * @param url the JDBC URL
     */
    public UrlDataSource(String url) {
        this(url, new Properties());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties withUser = new Properties();
        withUser.putAll(properties);
        withUser.setProperty("user", username);
        withUser.setProperty("password", password);
        return DriverManager.getConnection(url, withUser);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Tests do not log connections.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
