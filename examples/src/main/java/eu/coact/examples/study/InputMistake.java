package eu.coact.examples.study;

/**
 * A mistake in what the person gave a command (a folder that does not exist, an output folder
 * that is not empty…): the launcher prints its message, without a stack trace, and exits with
 * the status for input errors (1).
 */
public final class InputMistake extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A mistake explained in a sentence the person can act on. */
    public InputMistake(String message) {
        super(message);
    }
}
