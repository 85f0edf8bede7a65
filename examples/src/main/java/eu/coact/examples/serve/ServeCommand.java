package eu.coact.examples.serve;

import eu.coact.examples.study.EnvironmentSecrets;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.telegram.TelegramCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve --study folder}: hosts a study until stopped (Ctrl+C or SIGTERM): the web chat,
 * the team dashboard and {@code /health} on one port, Prometheus metrics on another bound to
 * the loopback address. Secrets come from the environment only: the identity vault's password
 * ({@value TelegramCommand#PASSWORD_VARIABLE}), the server key invitations are hashed with
 * ({@value #KEY_VARIABLE}) and, optionally, the journal's database URL ({@value #DATABASE_VARIABLE})
 * and the bot token ({@value TelegramCommand#TOKEN_VARIABLE}): with a token, the study's bot runs
 * on Telegram in the same process, on the same journal, vault and consent ledger as the web chat.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        subcommands = HashPasswordCommand.class,
        description = {
            "Hosts a study: web chat for participants, a dashboard for the team, health and metrics.",
            "Secrets come from the environment: " + TelegramCommand.PASSWORD_VARIABLE + " (identity vault), "
                    + ServeCommand.KEY_VARIABLE + " (at least 32 characters; invitations are hashed with it), "
                    + "and optionally " + ServeCommand.DATABASE_VARIABLE
                    + " (a jdbc:postgresql: URL for the journal) and "
                    + TelegramCommand.TOKEN_VARIABLE + " (the bot token: the study runs on Telegram too)."
        })
public final class ServeCommand implements Callable<Integer> {

    /** The environment variable holding the server key (at least 32 characters). */
    public static final String KEY_VARIABLE = "COACT_SERVER_KEY";
    /** The environment variable holding the journal's PostgreSQL JDBC URL, password included. */
    public static final String DATABASE_VARIABLE = "COACT_JOURNAL_URL";

    private final EnvironmentSecrets secrets;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--study",
            required = true,
            paramLabel = "FOLDER",
            description = "The study folder (study.yaml, blocks/, consent/, media/, team.txt).")
    private Path study;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            defaultValue = "coact-serve",
            description = "Where the journal, identity vault and invitations are kept (default: ${DEFAULT-VALUE}).")
    private Path home;

    @Option(
            names = "--team",
            paramLabel = "FILE",
            description = "The team accounts file (default: team.txt in the study folder).")
    private Optional<Path> team = Optional.empty();

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address the web chat and dashboard listen on (default: ${DEFAULT-VALUE}; put a TLS "
                    + "proxy in front).")
    private String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Their port (default: ${DEFAULT-VALUE}; 0: any free port).")
    private int port;

    @Option(
            names = "--metrics-host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address of the Prometheus metrics (default: ${DEFAULT-VALUE}).")
    private String metricsHost;

    @Option(
            names = "--metrics-port",
            paramLabel = "PORT",
            defaultValue = "9464",
            description = "Their port (default: ${DEFAULT-VALUE}; -1: no metrics).")
    private int metricsPort;

    @Option(
            names = "--secure-cookies",
            description = "Mark cookies Secure: set it when participants reach the " + "server over HTTPS.")
    private boolean secureCookies;

    @Option(
            names = "--telegram-api-url",
            paramLabel = "URL",
            hidden = true,
            description = "Another Bot API address ending in /bot, e.g. a local Bot API server.")
    private Optional<String> telegramApi = Optional.empty();

    /** The command reading the process environment. */
    public ServeCommand() {
        this(EnvironmentSecrets.ofProcess());
    }

    /** The command reading the given environment, for tests. */
    ServeCommand(Map<String, String> environment) {
        this(new EnvironmentSecrets(environment));
    }

    private ServeCommand(EnvironmentSecrets secrets) {
        this.secrets = secrets;
    }

    /**
     * Serves until stopped.
     *
     * @return 0 when stopped, 1 when the study, team file, journal or vault cannot be used, 2 when a
     *         secret is missing
     */
    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> password = secrets.vaultPassword();
        Optional<String> key = secrets.variable(KEY_VARIABLE).filter(k -> k.length() >= 32);
        if (password.isEmpty() || key.isEmpty()) {
            err.println("Set " + TelegramCommand.PASSWORD_VARIABLE + " (at least " + EnvironmentSecrets.MINIMUM_PASSWORD
                    + " characters) and " + KEY_VARIABLE
                    + " (at least 32 random characters, e.g. from 'openssl rand -base64 48'); keep both safe.");
            return 2;
        }
        char[] secret = password.get().toCharArray();
        byte[] serverKey = key.get().getBytes(StandardCharsets.UTF_8);
        ServeSettings settings;
        try {
            ServeSettings.Builder builder = ServeSettings.builder(study, home)
                    .listen(host, port)
                    .metrics(metricsHost, metricsPort)
                    .secureCookies(secureCookies)
                    .secrets(secret, serverKey);
            team.ifPresent(builder::team);
            secrets.variable(DATABASE_VARIABLE).ifPresent(builder::jdbcUrl);
            secrets.variable(TelegramCommand.TOKEN_VARIABLE).ifPresent(token -> builder.telegram(token, telegramApi));
            settings = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("Cannot start: " + e.getMessage());
            return 1;
        } finally {
            Arrays.fill(secret, ' ');
            Arrays.fill(serverKey, (byte) 0);
        }
        return serve(settings, out, err);
    }

    private int serve(ServeSettings settings, PrintWriter out, PrintWriter err) throws InterruptedException {
        StudyServer server;
        try {
            server = StudyServer.start(settings, err);
        } catch (InputMistake e) {
            err.println("Cannot start: " + e.getMessage());
            err.flush();
            settings.clear();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (systemd's stop) and Ctrl+C: finish the requests in progress, then close the journal.
        Thread hook = new Thread(
                () -> {
                    err.println("Stopping: finishing requests in progress...");
                    err.flush();
                    server.close();
                    stopped.countDown();
                },
                "coact-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Serving on http://" + settings.host() + ":" + server.port() + "/ (team: /team, health: /health)"
                + (settings.telegram() ? ", and on Telegram" : "")
                + server.metricsPort()
                        .map(p -> ", metrics on http://" + settings.metricsHost() + ":" + p + "/metrics")
                        .orElse("")
                + ". Stop with Ctrl+C or SIGTERM.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Shows the folders and ports only; no secret is ever part of it. */
    @Override
    public String toString() {
        return "ServeCommand[study " + study + ", home " + home + ", " + host + ":" + port + "]";
    }
}
