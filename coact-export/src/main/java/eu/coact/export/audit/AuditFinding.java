package eu.coact.export.audit;

import java.util.Objects;

/**
 * One thing an audit found wrong with a release. It names the check, the file and what is
 * wrong, never a published value (a finding may go into a public ticket). Immutable.
 *
 * @param check   the check that found it: {@code layout}, {@code schema}, {@code settings},
 *                {@code person-level}, {@code differencing} or {@code free-text}
 * @param file    the file concerned, relative to the release folder
 * @param message what is wrong, in a sentence
 */
public record AuditFinding(String check, String file, String message) {

    /** Checks presence. */
    public AuditFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The finding on one line: {@code [check] file: message}. */
    public String render() {
        return "[" + check + "] " + file + ": " + message;
    }
}
