package eu.coact.examples.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code coact serve} runs: where the study, journal, vault and state are, which addresses
 * it listens on, and its secrets. Built with {@link #builder(Path, Path)}; immutable once built.
 * The secrets are copied in and never shown by {@link #toString()}.
 */
public final class ServeSettings {

    private final Path study;
    private final Path home;
    private final Optional<String> jdbcUrl;
    private final Path team;
    private final String host;
    private final int port;
    private final String metricsHost;
    private final int metricsPort;
    private final boolean secureCookies;
    private final char[] vaultPassword;
    private final byte[] serverKey;
    private final Clock clock;
    private final boolean ticking;
    private final Optional<String> telegramToken;
    private final Optional<String> telegramApi;

    private ServeSettings(Builder b) {
        this.study = b.study;
        this.home = b.home;
        this.jdbcUrl = b.jdbcUrl;
        this.team = b.team.orElse(b.study.resolve("team.txt"));
        this.host = b.host;
        this.port = b.port;
        this.metricsHost = b.metricsHost;
        this.metricsPort = b.metricsPort;
        this.secureCookies = b.secureCookies;
        this.vaultPassword = b.vaultPassword.clone();
        this.serverKey = b.serverKey.clone();
        this.clock = b.clock;
        this.ticking = b.ticking;
        this.telegramToken = b.telegramToken;
        this.telegramApi = b.telegramApi;
    }

    /**
     * Starts settings for a study.
     *
     * @param study the study folder
     * @param home  the folder the server keeps its journal, vault and invitations in
     * @return the builder
     */
    public static Builder builder(Path study, Path home) {
        return new Builder(study, home);
    }

    /** The study folder. */
    public Path study() {
        return study;
    }

    /** The journal folder (when no JDBC URL is given). */
    public Path journal() {
        return home.resolve("journal");
    }

    /** The identity vault's folder. */
    public Path vault() {
        return home.resolve("vault");
    }

    /** The invitation book's file. */
    public Path invites() {
        return home.resolve("invites.json");
    }

    /** The folder of the web participants' chat histories, encrypted, one file each. */
    public Path histories() {
        return home.resolve("chat-history");
    }

    /** The PostgreSQL JDBC URL of the journal, if the journal is in a database. */
    public Optional<String> jdbcUrl() {
        return jdbcUrl;
    }

    /** The team accounts file. */
    public Path team() {
        return team;
    }

    /** The address the web chat and dashboard listen on. */
    public String host() {
        return host;
    }

    /** Their port (0: any free one). */
    public int port() {
        return port;
    }

    /** The address the metrics listen on. */
    public String metricsHost() {
        return metricsHost;
    }

    /** The metrics port (0: any free one, -1: no metrics). */
    public int metricsPort() {
        return metricsPort;
    }

    /** True when cookies are marked Secure (the server is reached over TLS, e.g. behind a proxy). */
    public boolean secureCookies() {
        return secureCookies;
    }

    /** A copy of the vault's password; the caller clears it. */
    char[] vaultPassword() {
        return vaultPassword.clone();
    }

    /** A copy of the key invitation hashes are made with. */
    byte[] serverKey() {
        return serverKey.clone();
    }

    /** The clock the study runs on. */
    public Clock clock() {
        return clock;
    }

    /** True when a ticker runs what falls due every second (false in tests that move time by hand). */
    public boolean ticking() {
        return ticking;
    }

    /** True when the study's bot runs on Telegram too (a bot token was given). */
    public boolean telegram() {
        return telegramToken.isPresent();
    }

    /** The bot token, if Telegram is hosted; never shown. */
    Optional<String> telegramToken() {
        return telegramToken;
    }

    /** Another Bot API address ending in {@code /bot} (a local Bot API server, a test), or empty. */
    Optional<String> telegramApi() {
        return telegramApi;
    }

    /** Clears the secrets held here. */
    void clear() {
        Arrays.fill(vaultPassword, ' ');
        Arrays.fill(serverKey, (byte) 0);
    }

    /** Names folders and ports; never a secret. */
    @Override
    public String toString() {
        return "ServeSettings[study " + study + ", home " + home + ", " + host + ":" + port + ", metrics " + metricsHost
                + ":" + metricsPort + (jdbcUrl.isPresent() ? ", journal in a database" : "")
                + (telegram() ? ", Telegram" : "") + "]";
    }

    /** Collects the settings; each setter checks its value at once. */
    public static final class Builder {
        private final Path study;
        private final Path home;
        private Optional<String> jdbcUrl = Optional.empty();
        private Optional<Path> team = Optional.empty();
        private String host = "127.0.0.1";
        private int port = 8080;
        private String metricsHost = "127.0.0.1";
        private int metricsPort = 9464;
        private boolean secureCookies;
        private char[] vaultPassword = new char[0];
        private byte[] serverKey = new byte[0];
        private Clock clock = Clock.systemUTC();
        private boolean ticking = true;
        private Optional<String> telegramToken = Optional.empty();
        private Optional<String> telegramApi = Optional.empty();

        private Builder(Path study, Path home) {
            this.study = Objects.requireNonNull(study, "study");
            this.home = Objects.requireNonNull(home, "home");
        }

        /** Keeps the journal in PostgreSQL at this JDBC URL instead of a folder. */
        public Builder jdbcUrl(String url) {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the journal's database URL starts with jdbc:postgresql:");
            }
            this.jdbcUrl = Optional.of(url);
            return this;
        }

        /**
         * Hosts the study's bot on Telegram too.
         *
         * @param token  the bot token, from the environment only
         * @param apiUrl another Bot API address ending in {@code /bot}, or empty for Telegram's own
         * @return this builder
         */
        public Builder telegram(String token, Optional<String> apiUrl) {
            if (token.isBlank()) {
                throw new IllegalArgumentException("the Telegram bot token is empty");
            }
            this.telegramToken = Optional.of(token.strip());
            this.telegramApi = Objects.requireNonNull(apiUrl, "apiUrl");
            return this;
        }

        /** The team accounts file (default: team.txt in the study folder). */
        public Builder team(Path file) {
            this.team = Optional.of(file);
            return this;
        }

        /** The address and port of the web chat and dashboard. */
        public Builder listen(String address, int listenPort) {
            this.host = Objects.requireNonNull(address, "address");
            this.port = checkPort(listenPort);
            return this;
        }

        /** The address and port of the metrics; port -1 turns them off. */
        public Builder metrics(String address, int listenPort) {
            this.metricsHost = Objects.requireNonNull(address, "address");
            this.metricsPort = listenPort == -1 ? -1 : checkPort(listenPort);
            return this;
        }

        /** Marks cookies Secure, for a server reached over TLS. */
        public Builder secureCookies(boolean secure) {
            this.secureCookies = secure;
            return this;
        }

        /**
         * The secrets: the vault's password and the key invitations are hashed with.
         *
         * @param password the vault's password, at least 12 characters (copied)
         * @param key      the server key, at least 32 bytes (copied)
         * @return this builder
         */
        public Builder secrets(char[] password, byte[] key) {
            if (password.length < 12 || key.length < 32) {
                throw new IllegalArgumentException(
                        "the vault password has at least 12 characters and the server key " + "at least 32 bytes");
            }
            this.vaultPassword = password.clone();
            this.serverKey = key.clone();
            return this;
        }

        /** The clock, and whether a ticker runs due work every second. */
        public Builder clock(Clock studyClock, boolean tick) {
            this.clock = Objects.requireNonNull(studyClock, "clock");
            this.ticking = tick;
            return this;
        }

        /** The settings. */
        public ServeSettings build() {
            if (vaultPassword.length == 0) {
                throw new IllegalStateException("set the secrets before building");
            }
            return new ServeSettings(this);
        }

        private static int checkPort(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("a port is from 0 to 65535, not " + value);
            }
            return value;
        }
    }
}
