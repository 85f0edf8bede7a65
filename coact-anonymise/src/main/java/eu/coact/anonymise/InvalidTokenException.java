package eu.coact.anonymise;

/**
 * A reversible token could not be opened. The {@link #reason()} says whether it was not a
 * token at all or not authentic under the key used; the message never quotes the token or the
 * key.
 */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a token was refused. */
    public enum Reason {
        /** Not in the token format (wrong length or characters). */
        MALFORMED,
        /**
         * Well formed, but it does not authenticate: made under another key or another domain,
         * or changed after it was made. The two cases cannot be told apart, by design.
         */
        NOT_AUTHENTIC
    }

    private final Reason reason;

    InvalidTokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Why the token was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
