package eu.coact.core.journal;

/**
 * A journal could not do what was asked because its storage failed (disk full, connection lost,
 * a corrupt record in the middle of a segment). Input mistakes are reported as problems
 * instead; this is for the machine, not the person.
 */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a cause. */
    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure without an underlying exception. */
    public JournalException(String message) {
        super(message);
    }
}
