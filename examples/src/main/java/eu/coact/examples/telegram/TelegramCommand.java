package eu.coact.examples.telegram;

import eu.coact.anonymise.IdentityVault;
import eu.coact.anonymise.IdentityVaultException;
import eu.coact.anonymise.WeakPasswordException;
import eu.coact.content.Study;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.EngineSettings;
import eu.coact.examples.study.EnvironmentSecrets;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import eu.coact.examples.study.StudyTicker;
import eu.coact.examples.study.UnconsentedLinks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code telegram --study folder [--journal dir] [--vault dir]}: runs a study's bot live on
 * Telegram until stopped with Ctrl+C. The bot token is read from the environment variable
 * {@value #TOKEN_VARIABLE} and the identity vault's password from {@value #PASSWORD_VARIABLE};
 * neither is ever printed. Every answer is kept in the journal, every chat id in the vault, and
 * a restart carries on where the conversations were. The bot refuses to start on a journal whose
 * hash chain does not verify; it forgets the chats of people who declined or never gave consent
 * after the study's grace period; and it confirms the last updates to Telegram when it stops.
 */
@Command(
        name = "telegram",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a study's bot live on Telegram (long polling) until stopped with Ctrl+C.",
            "The bot token comes from the environment variable " + TelegramCommand.TOKEN_VARIABLE
                    + ", the identity vault's password from " + TelegramCommand.PASSWORD_VARIABLE + "."
        })
public final class TelegramCommand implements Callable<Integer> {

    /** The environment variable holding the bot token from BotFather. */
    public static final String TOKEN_VARIABLE = "COACT_TELEGRAM_TOKEN";
    /** The environment variable holding the identity vault's password (at least 12 characters). */
    public static final String PASSWORD_VARIABLE = EnvironmentSecrets.PASSWORD_VARIABLE;

    private final EnvironmentSecrets secrets;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--study",
            required = true,
            paramLabel = "FOLDER",
            description = "The study folder (study.yaml, blocks/, consent/, media/).")
    private Path study;

    @Option(
            names = "--journal",
            paramLabel = "DIR",
            defaultValue = "coact-telegram/journal",
            description = "Where the journal of every answer and consent is kept (default: ${DEFAULT-VALUE}).")
    private Path journal;

    @Option(
            names = "--vault",
            paramLabel = "DIR",
            defaultValue = "coact-telegram/vault",
            description = "Where the identity vault keeps chat ids, encrypted (default: ${DEFAULT-VALUE}).")
    private Path vault;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            hidden = true,
            description = "Another Bot API address ending in /bot, e.g. a local Bot API server.")
    private String apiUrl;

    /** The command reading the process environment. */
    public TelegramCommand() {
        this(EnvironmentSecrets.ofProcess());
    }

    /** The command reading the given environment, for tests. */
    TelegramCommand(Map<String, String> environment) {
        this(new EnvironmentSecrets(environment));
    }

    private TelegramCommand(EnvironmentSecrets secrets) {
        this.secrets = secrets;
    }

    /**
     * Runs the bot.
     *
     * @return 0 when stopped, 1 when the study, journal or vault cannot be used or Telegram
     *         refused the bot, 2 when the token or password is missing
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> token = secrets.variable(TOKEN_VARIABLE);
        if (token.isEmpty()) {
            err.println("Set " + TOKEN_VARIABLE + " to the token BotFather gave your bot.");
            return 2;
        }
        Optional<String> password = secrets.vaultPassword();
        if (password.isEmpty()) {
            err.println("Set " + PASSWORD_VARIABLE + " to the identity vault's password (at least "
                    + EnvironmentSecrets.MINIMUM_PASSWORD
                    + " characters); keep it safe: without it the vault cannot be opened.");
            return 2;
        }
        StudyCheck check = StudyCheck.of(study, false);
        if (!check.runnable(err)) {
            return 1;
        }
        char[] secret = password.get().toCharArray();
        // Counted down once the journal and vault are closed, so that Ctrl+C waits for that.
        CountDownLatch closed = new CountDownLatch(1);
        try (FileJournal facts = SignedJournal.open(journal);
                IdentityVault identities = IdentityVault.openWithPassword(vault, secret)) {
            try {
                return run(check, facts, identities, token.get(), closed, out, err);
            } finally {
                SignedJournal.printAnchor(facts, err);
            }
        } catch (IOException e) {
            err.println("Cannot go on: the journal's signing key cannot be used (" + e.getMessage() + ")");
            return 1;
        } catch (JournalException | IdentityVaultException | InputMistake e) {
            // A journal that does not verify ends here too, before the vault is opened or Telegram contacted.
            err.println("Cannot go on: " + e.getMessage());
            return 1;
        } catch (WeakPasswordException e) {
            err.println("Cannot create the identity vault: " + e.getMessage() + ".");
            return 2;
        } finally {
            Arrays.fill(secret, ' ');
            closed.countDown();
        }
    }

    private int run(
            StudyCheck check,
            Journal facts,
            IdentityVault identities,
            String token,
            CountDownLatch closed,
            PrintWriter out,
            PrintWriter err) {
        // A journal that was altered is no record to build on: refuse before anyone is contacted.
        Verification verification = facts.verify();
        if (verification instanceof Verification.Broken broken) {
            err.println("The journal in " + journal + " does not verify: entry " + broken.firstBadSequence() + " "
                    + broken.reason() + ". The bot does not start on a journal that may have been altered; restore "
                    + "it from a backup, or investigate before going on.");
            return 1;
        }
        Clock clock = Clock.systemUTC();
        Study content = check.study().orElseThrow();
        // Consent lives in the ledger on the conversations' own journal: one record to keep and verify.
        StudyConsent consent = StudyConsent.open(
                check.requirePolicy(), check.documents(), facts, TelegramParticipants.CHANNEL, clock.instant());
        TelegramBridge bridge = TelegramBridge.open(
                token,
                Optional.ofNullable(apiUrl),
                identities,
                content,
                new TelegramBridge.Where(study.resolve("media"), clock));
        EngineSettings settings = check.settings();
        ConversationEngine engine = ConversationEngine.builder(content, facts, bridge.channel())
                .consent(consent.binding())
                .settings(settings)
                .start(clock.instant());
        UnconsentedLinks unconsented =
                UnconsentedLinks.of(facts, engine, bridge.participants()::forget, settings.identityGrace());
        TelegramInbox inbox = bridge.inbox(engine, notice -> {
            err.println(notice);
            err.flush();
        });
        // Paced messages, scheduled blocks and retries fall due while nobody writes; chats of
        // people who declined or never consented are forgotten once their grace period is over.
        StudyTicker ticker = StudyTicker.start("coact-telegram-ticker", engine, unconsented, clock, err);
        Thread hook = new Thread(
                () -> {
                    err.println("Stopping after the current poll...");
                    err.flush();
                    inbox.stop();
                    try {
                        closed.await(TelegramBridge.POLL_SECONDS + 10L, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "coact-telegram-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Study " + content.plan().id().value() + " is live on Telegram with " + engine.participants()
                + " participant(s) so far. Journal: " + journal + ", vault: " + vault + ". Stop with Ctrl+C.");
        out.flush();
        try {
            boolean cleanStop = inbox.run(TelegramBridge.POLL_SECONDS);
            return cleanStop ? 0 : 1;
        } finally {
            ticker.close();
            bridge.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and waits until the journal is closed.
            }
        }
    }

    /** Shows the folders only; the token and password are never part of it. */
    @Override
    public String toString() {
        return "TelegramCommand[study " + study + ", journal " + journal + ", vault " + vault + "]";
    }
}
