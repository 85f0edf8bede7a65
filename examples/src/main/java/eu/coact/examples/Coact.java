package eu.coact.examples;

import eu.coact.examples.serve.ServeCommand;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.telegram.TelegramCommand;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coact} command: one entry point for everything a research group does with the
 * example studies — validate content, import legacy content, chat with a study bot, run the
 * simulated demo study. Exit status: 0 when all went well, 1 when the input has errors, 2 for
 * a command line that cannot be understood.
 */
@Command(
        name = "coact",
        mixinStandardHelpOptions = true,
        versionProvider = LauncherVersion.class,
        description = "Run, check and rehearse CoAct studies: content and consent as files, no code.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all went well",
            "1:the input has errors (study folder, files, option values)",
            "2:the command line cannot be understood"
        },
        subcommands = {
            DemoCommand.class,
            ChatCommand.class,
            ValidateCommand.class,
            AuditCommand.class,
            ImportLegacyCommand.class,
            TelegramCommand.class,
            ServeCommand.class,
            TourCommand.class,
            VerifyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Coact implements Runnable {

    /** Exit status when every step succeeded. */
    public static final int OK = 0;
    /** Exit status when the input (content, folders, options' values) has errors. */
    public static final int INPUT_ERRORS = 1;
    /** Exit status when the command line itself cannot be understood. */
    public static final int USAGE = 2;

    /**
     * The validation library announces its version on the error stream; people running commands need not see it.
     * Held in a field because the logging system keeps only weak references to configured loggers.
     */
    private static final java.util.logging.Logger QUIET_VALIDATOR =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    static {
        QUIET_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
    }

    private final Terminal terminal;
    private final Clock clock;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** A launcher talking to the given terminal, on the system's clock. */
    public Coact(Terminal terminal) {
        this(terminal, Clock.systemUTC());
    }

    private Coact(Terminal terminal, Clock clock) {
        this.terminal = terminal;
        this.clock = clock;
    }

    /** Where commands read lines and write their output. */
    public Terminal terminal() {
        return terminal;
    }

    /** The time a command starts from: the system's clock, or a fixed one for a reproducible run. */
    public Clock clock() {
        return clock;
    }

    /** Without a subcommand, say what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(terminal.out());
    }

    /**
     * Runs the launcher in this process's terminal and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        Terminal terminal = new Terminal(
                new BufferedReader(new InputStreamReader(System.in, console)),
                new PrintWriter(new PrintStream(System.out, true, console), true),
                new PrintWriter(new PrintStream(System.err, true, console), true));
        System.exit(run(terminal, args));
    }

    /**
     * Runs one command line against a terminal, as {@link #main} does, without exiting.
     *
     * @param terminal where input comes from and output goes
     * @param args     the command line
     * @return the exit status
     */
    public static int run(Terminal terminal, String... args) {
        return commandLine(terminal, Clock.systemUTC()).execute(args);
    }

    /**
     * Runs a command line with the given input text and UTF-8 output streams, from the time a
     * clock gives: a conversation's schedule then does not depend on the time of day it runs.
     */
    static int run(InputStream in, PrintStream out, PrintStream err, Clock clock, String... args) {
        Terminal terminal = new Terminal(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return commandLine(terminal, clock).execute(args);
    }

    private static CommandLine commandLine(Terminal terminal, Clock clock) {
        CommandLine line = new CommandLine(new Coact(terminal, clock));
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        // The writers escape control characters, so colours would show as escape codes.
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INPUT_ERRORS);
        CommandLine.IParameterExceptionHandler usual = line.getParameterExceptionHandler();
        line.setParameterExceptionHandler((e, arguments) -> {
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                    && unmatched.getUnmatched().stream().anyMatch(argument -> argument.startsWith("-"))) {
                // Name the unknown options, never the words after them: a secret pasted on the
                // command line by mistake would otherwise be copied into the service's log.
                List<String> options = unmatched.getUnmatched().stream()
                        .filter(argument -> argument.startsWith("-"))
                        .map(argument ->
                                argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument)
                        .toList();
                PrintWriter err = e.getCommandLine().getErr();
                err.println("Unknown option(s): " + String.join(", ", options) + " (their values are not shown).");
                err.println("See '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                return USAGE;
            }
            return usual.handleParseException(e, arguments);
        });
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            if (e instanceof InputMistake mistake) {
                failed.getErr().println("coact: " + mistake.getMessage());
                return INPUT_ERRORS;
            }
            // Anything else is a fault of this program, not of the person using it: show where.
            throw e;
        });
        return line;
    }
}
