package eu.coact.examples;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where the launcher's commands read what a person types and write what they show. Both output
 * writers escape control characters (see {@link TerminalWriter}), so nothing read from a study,
 * a consent document or a participant can drive the terminal.
 *
 * @param in  lines typed by the person (or a script)
 * @param out results: reports, conversations, summaries
 * @param err progress and error messages, kept apart so that results can be redirected
 */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err) {

    /** Checks presence, and wraps both output writers so that they escape control characters. */
    public Terminal {
        Objects.requireNonNull(in, "in");
        out = TerminalWriter.escaping(Objects.requireNonNull(out, "out"));
        err = TerminalWriter.escaping(Objects.requireNonNull(err, "err"));
    }
}
