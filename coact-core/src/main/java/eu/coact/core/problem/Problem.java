package eu.coact.core.problem;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong (or worth knowing) about an input a person wrote, explained so that the
 * person can act on it.
 *
 * @param severity how serious it is
 * @param code     a stable, machine-readable code from the {@link ProblemCode} catalogue, e.g. {@code dangling-next}
 * @param message  a sentence a content author understands
 * @param location where it is
 */
public record Problem(Severity severity, String code, String message, Location location) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates that the code is in the {@link ProblemCode} catalogue and the message is not blank. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("problem codes are kebab case, e.g. dangling-next: " + code);
        }
        if (ProblemCode.of(code).isEmpty()) {
            throw new IllegalArgumentException("the problem code '" + code + "' is not in the catalogue: add it to "
                    + "ProblemCode with a description, or reuse a code with the same meaning");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message a person can act on");
        }
    }

    /** An error: the input cannot be used. */
    public static Problem error(String code, String message, Location location) {
        return new Problem(Severity.ERROR, code, message, location);
    }

    /** A warning: usable, but a person should look. */
    public static Problem warning(String code, String message, Location location) {
        return new Problem(Severity.WARNING, code, message, location);
    }

    /** Information only. */
    public static Problem info(String code, String message, Location location) {
        return new Problem(Severity.INFO, code, message, location);
    }

    /** An error with a code of the catalogue. */
    public static Problem error(ProblemCode code, String message, Location location) {
        return error(code.code(), message, location);
    }

    /** A warning with a code of the catalogue. */
    public static Problem warning(ProblemCode code, String message, Location location) {
        return warning(code.code(), message, location);
    }

    /** The catalogue entry of this problem's code. */
    public ProblemCode catalogued() {
        return ProblemCode.of(code).orElseThrow();
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Renders as {@code file:line:column path: error [code] message} on one line, with every control
     * character of the input escaped ({@link ControlCharacters#escape(CharSequence)}), so that a
     * rendering can be printed to a terminal as it is.
     */
    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + code + "] "
                + ControlCharacters.escape(message);
    }
}
