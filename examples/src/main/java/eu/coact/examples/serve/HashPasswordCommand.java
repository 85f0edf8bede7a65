package eu.coact.examples.serve;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code serve hash-password}: reads a password (without echo at a terminal, else one line of
 * standard input) and prints its Argon2id hash for a line of the team file. The password is never
 * printed or kept.
 */
@Command(
        name = "hash-password",
        mixinStandardHelpOptions = true,
        description = "Reads a password and prints its Argon2id hash for the team file (name role hash).")
public final class HashPasswordCommand implements Callable<Integer> {

    private static final int MINIMUM = 12;

    @Spec
    private CommandSpec spec;

    /** Creates the command. */
    public HashPasswordCommand() {
        // Options come from picocli.
    }

    /**
     * Prints the hash.
     *
     * @return 0, or 1 when the password is shorter than 12 characters
     */
    @Override
    public Integer call() throws IOException {
        char[] password = read();
        try {
            if (password.length < MINIMUM) {
                spec.commandLine().getErr().println("A team password has at least " + MINIMUM + " characters.");
                return 1;
            }
            spec.commandLine().getOut().println(PasswordHash.of(password).phc());
            return 0;
        } finally {
            Arrays.fill(password, ' ');
        }
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? new char[0] : typed;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    @Override
    public String toString() {
        return "HashPasswordCommand";
    }
}
