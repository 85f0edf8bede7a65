package eu.coact.core.problem;

import java.util.Objects;

/**
 * Thrown by {@code orElseThrow}-style methods when an input has errors. Carries the whole
 * report; its message is the rendered report, which names no secrets or identities because
 * problems never quote them.
 */
public final class ProblemsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The report; transient because problems are not meant to be serialised with exceptions. */
    private final transient Problems problems;

    /** Wraps a report that has at least one problem. */
    public ProblemsException(Problems problems) {
        super(Objects.requireNonNull(problems, "problems").render(), null, false, false);
        this.problems = problems;
    }

    /** Every problem found. */
    public Problems problems() {
        return problems;
    }
}
