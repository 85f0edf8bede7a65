package eu.coact.anonymise;

/**
 * A password chosen for a new keystore is too easy to guess: too short, one of the most common
 * passwords (or a simple variation of one), or made of a pattern. The message says which and
 * what to do, and never quotes the password. It is an {@link IllegalArgumentException}: the
 * caller passed an argument the library refuses.
 */
public final class WeakPasswordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the password was refused. */
    public enum Reason {
        /** Fewer characters than the minimum. */
        TOO_SHORT,
        /** A common password, or built from common passwords, words or names. */
        COMMON,
        /** A keyboard walk, a run, a repetition, or too few different characters. */
        PATTERN
    }

    private final Reason reason;

    /**
     * A refusal with a reason and a message that does not contain the password.
     *
     * @param reason  why
     * @param message a sentence saying what to do instead
     */
    public WeakPasswordException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Why the password was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
