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
import eu.coact.engine.channel.Channel;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import eu.coact.examples.study.StudyTicker;
import eu.coact.examples.study.UnconsentedLinks;
import eu.coact.examples.telegram.TelegramBridge;
import eu.coact.examples.telegram.TelegramParticipants;
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

/**
 * A study hosted for the long run: the journal (verified before anything is appended), the
 * identity vault, the consent ledger and the conversation engine, with the web chat, the team
 * dashboard and the health endpoint on one port and the metrics on another, and, when a bot token
 * is set, the study's bot on Telegram on the same engine ({@link ChannelRouter} sends each
 * message to its participant's channel).
 *
 * <p>{@link #close()} stops gracefully: no new request or Telegram update is taken, those in
 * progress finish (each answer is in the journal before it is acknowledged), the ticker stops, the
 * Telegram updates handled are confirmed, and only then are the journal and vault closed. A
 * restart replays the journal and carries on where it was.
 */
public final class StudyServer implements AutoCloseable {

    private final ServeSettings settings;
    private final Journal journal;
    private final IdentityVault vault;
    private final ConversationEngine engine;
    private final Javalin web;
    private final Optional<HTTPServer> metricsServer;
    private final Optional<StudyTicker> ticker;
    private final WebChannel channel;
    private final WebMailbox mailbox;
    private final UnconsentedLinks unconsented;
    private final Optional<TelegramSide> telegram;
    private final PrintWriter log;
    private boolean closed;

    private StudyServer(Parts parts, Javalin web, Optional<HTTPServer> metricsServer, Optional<StudyTicker> ticker) {
        this.settings = parts.settings;
        this.journal = parts.journal;
        this.vault = parts.vault;
        this.engine = parts.engine;
        this.channel = parts.channel;
        this.mailbox = parts.mailbox;
        this.unconsented = parts.unconsented;
        this.telegram = parts.telegram;
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
        Parts parts = new Parts(settings, check, journal, vault, metrics, log);
        try {
            return start(parts, team, rule);
        } catch (RuntimeException e) {
            parts.bridge.ifPresent(TelegramBridge::close);
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
        byte[] serverKey = settings.serverKey();
        try {
            parts.mailbox = new WebMailbox(ChatHistory.open(settings.histories(), serverKey));
        } finally {
            Arrays.fill(serverKey, (byte) 0);
        }
        WebMailbox mailbox = parts.mailbox;
        parts.channel = new WebChannel(participants, mailbox, settings.study().resolve("media"));
        Map<String, Channel> hosted = new LinkedHashMap<>();
        hosted.put(WebParticipants.CHANNEL, new MeteredChannel(WebParticipants.CHANNEL, parts.channel, parts.metrics));
        if (settings.telegram()) {
            // The bot runs in this process on the same engine, journal, vault and ledger as the web chat.
            TelegramBridge bridge = TelegramBridge.open(
                    settings.telegramToken().orElseThrow(),
                    settings.telegramApi(),
                    parts.vault,
                    content,
                    new TelegramBridge.Where(settings.study().resolve("media"), settings.clock()));
            parts.bridge = Optional.of(bridge);
            hosted.put(
                    TelegramParticipants.CHANNEL,
                    new MeteredChannel(TelegramParticipants.CHANNEL, bridge.channel(), parts.metrics));
        }
        parts.engine = ConversationEngine.builder(
                        content,
                        parts.journal,
                        new ChannelRouter(parts.vault, hosted, parts.metrics, settings.clock(), notice -> {
                            parts.log.println(notice);
                            parts.log.flush();
                        }))
                // Each consent transition names the channel its participant is on, as the vault knows it.
                .consent(consent.binding()
                        .withChannelKinds(p -> parts.vault
                                .identityOf(p)
                                .map(identity -> eu.coact.consent.Channel.of(identity.channel()))))
                .schedulerListener(parts.metrics::ran)
                .settings(parts.check.settings())
                .start(settings.clock().instant());
        ConversationEngine engine = parts.engine;
        // Whoever declined or never consented is forgotten after the grace period, on every
        // channel: their vault record (so their cookie or chat leads nowhere) and their chat history.
        parts.unconsented = UnconsentedLinks.of(
                parts.journal,
                engine,
                p -> {
                    mailbox.drop(p);
                    return parts.vault.forget(p);
                },
                parts.check.settings().identityGrace());
        parts.telegram = parts.bridge.map(bridge -> TelegramSide.attach(bridge, engine, parts.metrics, parts.log));
        DashboardFigures figures = new DashboardFigures(parts.journal, consent.ledger(), rule);
        parts.metrics.participants(() -> byState(consent, settings));
        parts.metrics.engineFailures(() -> engine.counters().failures());
        InviteBook invites = InviteBook.open(settings.invites(), settings.serverKey());
        ChatRoutes chat = new ChatRoutes(
                engine,
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
        try {
            web.start();
            if (settings.metricsPort() >= 0) {
                metricsServer = Optional.of(parts.metrics.serve(settings.metricsHost(), settings.metricsPort()));
            }
        } catch (IOException | RuntimeException e) {
            web.stop();
            throw new InputMistake("cannot listen on the configured ports: " + e.getMessage());
        }
        Optional<StudyTicker> ticker = Optional.empty();
        if (settings.ticking()) {
            ticker = Optional.of(
                    StudyTicker.start("coact-serve-ticker", engine, parts.unconsented, settings.clock(), parts.log));
            parts.telegram.ifPresent(TelegramSide::start);
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
     * Forgets now whoever is past the grace period without consent (what the ticker does hourly).
     *
     * @return how many were forgotten
     */
    int sweep() {
        return StudyTicker.sweep(unconsented, settings.clock(), log);
    }

    /** The Telegram side, when the study runs on Telegram too (tests poll it by hand). */
    Optional<TelegramSide> telegram() {
        return telegram;
    }

    /** The web participants' mailbox. */
    WebMailbox mailbox() {
        return mailbox;
    }

    /**
     * Stops gracefully: no new request or Telegram update is taken, those in progress finish, the
     * Telegram updates handled are confirmed, then the journal's anchor is printed and the journal
     * and vault are closed. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Take nothing new in, on any channel; then the Telegram updates handed over are confirmed
        // (none is fetched again after the restart) and only then is the journal closed.
        telegram.ifPresent(TelegramSide::stopPolling);
        web.stop();
        metricsServer.ifPresent(HTTPServer::close);
        ticker.ifPresent(StudyTicker::close);
        telegram.ifPresent(TelegramSide::close);
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
        WebMailbox mailbox;
        ConversationEngine engine;
        UnconsentedLinks unconsented;
        Optional<TelegramBridge> bridge = Optional.empty();
        Optional<TelegramSide> telegram = Optional.empty();

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
