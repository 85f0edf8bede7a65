package eu.coact.examples.serve;

import eu.coact.anonymise.IdentityVault;
import eu.coact.consent.ParticipantState;
import eu.coact.content.Study;
import eu.coact.core.journal.JdbcJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import eu.coact.core.problem.Validated;
import eu.coact.engine.ConversationEngine;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseConfigReader;
import eu.coact.export.disclosure.SmallCellSuppression;
import io.javalin.Javalin;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A study hosted for the long run: the journal (verified before anything is appended), the
 * identity vault, the consent ledger and the conversation engine, with the web chat, the team
 * dashboard and the health endpoint on one port and the metrics on another.
 *
 * <p>{@link #close()} stops gracefully: no new request is taken, those in progress finish (each
 * answer is in the journal before it is acknowledged), the ticker stops, and only then are the
 * journal and vault closed. A restart replays the journal and carries on where it was.
 */
public final class StudyServer implements AutoCloseable {

    private final ServeSettings settings;
    private final Journal journal;
    private final IdentityVault vault;
    private final ConversationEngine engine;
    private final Javalin web;
    private final Optional<HTTPServer> metricsServer;
    private final ScheduledExecutorService ticker;
    private final WebChannel channel;
    private final PrintWriter log;
    private boolean closed;

    private StudyServer(Parts parts, Javalin web, Optional<HTTPServer> metricsServer, ScheduledExecutorService ticker) {
        this.settings = parts.settings;
        this.journal = parts.journal;
        this.vault = parts.vault;
        this.engine = parts.engine;
        this.channel = parts.channel;
        this.log = parts.log;
        this.web = web;
        this.metricsServer = metricsServer;
        this.ticker = ticker;
    }

    /**
     * Opens everything and starts listening.
     *
     * @param settings how to run
     * @param log      where notices for the operator go (never an identity or message text)
     * @return the running server
     * @throws InputMistake if the study, team file, journal or vault cannot be used; nothing is left open
     */
    public static StudyServer start(ServeSettings settings, PrintWriter log) {
        StudyCheck check = StudyCheck.of(settings.study(), false);
        if (check.study().isEmpty() || !check.passes(false)) {
            throw new InputMistake(check.report().render() + "The study in " + settings.study()
                    + " cannot be served until these errors are fixed.");
        }
        Validated<TeamAccounts> read = TeamAccounts.read(settings.team());
        if (read instanceof Validated.Invalid<TeamAccounts> invalid) {
            throw new InputMistake(invalid.problems().render());
        }
        TeamAccounts team = ((Validated.Valid<TeamAccounts>) read).value();
        SmallCellSuppression rule = smallCellRule(check);
        ServeMetrics metrics = new ServeMetrics();
        Journal journal = new TimedJournal(openJournal(settings), metrics);
        IdentityVault vault;
        char[] password = settings.vaultPassword();
        try {
            vault = IdentityVault.openWithPassword(settings.vault(), password);
        } catch (RuntimeException e) {
            journal.close();
            throw new InputMistake(
                    "the identity vault in " + settings.vault() + " cannot be opened: " + e.getMessage());
        } finally {
            Arrays.fill(password, ' ');
        }
        try {
            return start(new Parts(settings, check, journal, vault, metrics, log), team, rule);
        } catch (RuntimeException e) {
            vault.close();
            journal.close();
            throw e;
        }
    }

    private static StudyServer start(Parts parts, TeamAccounts team, SmallCellSuppression rule) {
        Study content = parts.check.study().orElseThrow();
        ServeSettings settings = parts.settings;
        StudyConsent consent = StudyConsent.open(
                parts.check.requirePolicy(),
                parts.check.documents(),
                parts.journal,
                WebParticipants.CHANNEL,
                settings.clock().instant());
        WebParticipants participants = new WebParticipants(parts.vault);
        WebMailbox mailbox = new WebMailbox();
        parts.channel = new WebChannel(participants, mailbox);
        parts.engine = ConversationEngine.builder(
                        content,
                        parts.journal,
                        new MeteredChannel(WebParticipants.CHANNEL, parts.channel, parts.metrics))
                .consent(consent.binding())
                .schedulerListener(parts.metrics::ran)
                .settings(parts.check.settings())
                .start(settings.clock().instant());
        ConversationEngine engine = parts.engine;
        DashboardFigures figures = new DashboardFigures(parts.journal, consent.ledger(), rule);
        parts.metrics.participants(() -> byState(consent, settings));
        parts.metrics.engineFailures(() -> engine.counters().failures());
        InviteBook invites = InviteBook.open(settings.invites(), settings.serverKey());
        ChatRoutes chat = new ChatRoutes(
                engine,
                participants,
                mailbox,
                parts.channel,
                parts.metrics,
                new ChatRoutes.ChatSetup(
                        settings.study().resolve("media"),
                        settings.secureCookies(),
                        invites,
                        settings.clock(),
                        List.copyOf(content.plan().languages())));
        TeamRoutes dashboard = new TeamRoutes(
                team,
                new TeamSessions(settings.clock()),
                new LoginThrottle(settings.clock()),
                figures,
                new TeamRoutes.Sources(
                        invites, consent.ledger(), parts.journal, settings.clock(), settings.secureCookies()));
        Javalin web = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.routes.get(
                    "/health",
                    ctx -> ctx.contentType("application/json")
                            .result("{\"status\":\"ok\",\"journal\":\"verified at start\",\"entries\":"
                                    + parts.journal.lastSequence() + "}"));
            chat.register(config.routes);
            dashboard.register(config.routes);
            config.routes.exception(Exception.class, (e, ctx) -> {
                // A request that fails says so without details; the operator sees the kind only.
                parts.log.println("A request failed: " + e.getClass().getSimpleName());
                parts.log.flush();
                ctx.status(500).contentType("text/plain; charset=utf-8").result("Something went wrong; try again.");
            });
        });
        Optional<HTTPServer> metricsServer = Optional.empty();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "coact-serve-ticker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            web.start();
            if (settings.metricsPort() >= 0) {
                metricsServer = Optional.of(parts.metrics.serve(settings.metricsHost(), settings.metricsPort()));
            }
        } catch (IOException | RuntimeException e) {
            web.stop();
            ticker.shutdownNow();
            throw new InputMistake("cannot listen on the configured ports: " + e.getMessage());
        }
        if (settings.ticking()) {
            ticker.scheduleWithFixedDelay(
                    () -> {
                        try {
                            engine.advanceTo(settings.clock().instant());
                        } catch (RuntimeException e) {
                            parts.log.println("The engine could not run what was due: "
                                    + e.getClass().getSimpleName());
                            parts.log.flush();
                        }
                    },
                    1,
                    1,
                    TimeUnit.SECONDS);
        }
        return new StudyServer(parts, web, metricsServer, ticker);
    }

    private static Map<String, Long> byState(StudyConsent consent, ServeSettings settings) {
        Map<ParticipantState.Stage, Long> counts =
                consent.ledger().audit(settings.clock().instant()).byState();
        Map<String, Long> named = new LinkedHashMap<>();
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            named.put(stage.name().toLowerCase(Locale.ROOT), counts.getOrDefault(stage, 0L));
        }
        return named;
    }

    private static SmallCellSuppression smallCellRule(StudyCheck check) {
        if (!Files.exists(check.folder().resolve(ReleaseConfigReader.FILE_NAME))) {
            return SmallCellSuppression.standard();
        }
        Validated<ReleaseConfig> read = ReleaseConfigReader.read(check.folder());
        if (read instanceof Validated.Invalid<ReleaseConfig> invalid) {
            throw new InputMistake(invalid.problems().render());
        }
        int threshold = ((Validated.Valid<ReleaseConfig>) read).value().smallCellThreshold();
        // The dashboard never shows counts below the release's own threshold, and never below two.
        return threshold < 2 ? SmallCellSuppression.standard() : SmallCellSuppression.withThreshold(threshold);
    }

    private static Journal openJournal(ServeSettings settings) {
        if (settings.jdbcUrl().isPresent()) {
            org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
            source.setURL(settings.jdbcUrl().get());
            JdbcJournal opened;
            try {
                opened = JdbcJournal.open(source);
            } catch (JournalException e) {
                throw new InputMistake("the journal's database cannot be used: " + e.getMessage());
            }
            if (opened.verify() instanceof Verification.Broken broken) {
                opened.close();
                throw new InputMistake("the journal in the database does not verify at entry #"
                        + broken.firstBadSequence() + ": " + broken.reason() + ". Nothing was added to it.");
            }
            return opened;
        }
        try {
            return SignedJournal.open(settings.journal());
        } catch (IOException e) {
            throw new InputMistake("the journal's signing key cannot be used (" + e.getMessage() + ")");
        }
    }

    /** The port the web chat and dashboard listen on. */
    public int port() {
        return web.port();
    }

    /** The port of the metrics, if they are served. */
    public Optional<Integer> metricsPort() {
        return metricsServer.map(HTTPServer::getPort);
    }

    /** The engine, for tests that move time by hand. */
    ConversationEngine engine() {
        return engine;
    }

    /** The journal, for tests that read what was recorded. */
    Journal journal() {
        return journal;
    }

    /** Runs what is due now (what the ticker does every second). */
    public void advance() {
        engine.advanceTo(settings.clock().instant());
    }

    /**
     * Stops gracefully: requests in progress finish, then the journal's anchor is printed and the
     * journal and vault are closed. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        web.stop();
        metricsServer.ifPresent(HTTPServer::close);
        ticker.shutdown();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            SignedJournal.printAnchor(journal, log);
        } finally {
            journal.close();
            vault.close();
            settings.clear();
        }
    }

    /** Names the settings only. */
    @Override
    public String toString() {
        return "StudyServer[" + settings + ", " + channel + "]";
    }

    /** What is opened before the server runs, gathered so that a failure can close it. */
    private static final class Parts {
        final ServeSettings settings;
        final StudyCheck check;
        final Journal journal;
        final IdentityVault vault;
        final ServeMetrics metrics;
        final PrintWriter log;
        WebChannel channel;
        ConversationEngine engine;

        Parts(
                ServeSettings settings,
                StudyCheck check,
                Journal journal,
                IdentityVault vault,
                ServeMetrics metrics,
                PrintWriter log) {
            this.settings = settings;
            this.check = check;
            this.journal = journal;
            this.vault = vault;
            this.metrics = metrics;
            this.log = log;
        }
    }
}
