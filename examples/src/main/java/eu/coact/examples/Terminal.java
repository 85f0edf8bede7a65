package eu.coact.examples;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where the launcher's commands read what a person types and write what they show.
 *
 * @param in  lines typed by the person (or a script)
 * @param out results: reports, conversations, summaries
 * @param err progress and error messages, kept apart so that results can be redirected
 */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err) {

    /** Checks presence. */
    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
