package eu.coact.anonymise.disclosure;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets another thread stop a running search; the search then throws
 * {@link java.util.concurrent.CancellationException} and leaves nothing behind.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Cancellation() {}

    /**
     * A fresh, not yet cancelled token.
     *
     * @return the token
     */
    public static Cancellation create() {
        return new Cancellation();
    }

    /** Asks the search to stop soon. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled.get();
    }
}
