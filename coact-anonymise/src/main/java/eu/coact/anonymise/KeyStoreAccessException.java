package eu.coact.anonymise;

/**
 * A password-protected keystore could not be read or written. The message names the file and
 * what went wrong, never the password or a key.
 */
public final class KeyStoreAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** There is no keystore at that path. */
        NOT_FOUND,
        /** The password is wrong, or the file was changed or damaged (the two look the same). */
        WRONG_PASSWORD_OR_DAMAGED,
        /** The keystore holds entries this library did not write. */
        UNEXPECTED_CONTENT,
        /** The file system refused (permissions, disk full, ...). */
        STORAGE
    }

    private final Reason reason;

    /**
     * A failure with a reason and a message that contains no secret.
     *
     * @param reason  what went wrong
     * @param message a sentence naming the file, not the password
     * @param cause   the underlying failure, if any (its message must not contain secrets)
     */
    public KeyStoreAccessException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * What went wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
