package eu.coact.anonymise;

/**
 * The identity vault could not do what was asked. The message names the vault file concerned
 * (file names are pseudonyms, never identities) and never quotes an identity or a key.
 */
public final class IdentityVaultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The key (or keystore password) does not open this vault. */
        WRONG_KEY,
        /** A vault file fails authentication: it was changed or damaged. */
        DAMAGED,
        /** The file system refused (permissions, disk full, ...). */
        STORAGE
    }

    private final Reason reason;

    IdentityVaultException(Reason reason, String message, Throwable cause) {
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
