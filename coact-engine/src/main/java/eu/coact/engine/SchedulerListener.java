package eu.coact.engine;

import java.time.Duration;

/**
 * Told each time the engine runs something that fell due: how late it ran, measured from the
 * instant it was due to the instant the caller of {@link ConversationEngine#advanceTo} (or of
 * {@link ConversationEngine#receiveAndAdvance}) gave as now. An operator's metrics read the
 * scheduler's lag from it: a ticker that falls behind, or a process that was down, shows here.
 *
 * <p>It is told the kind of work and the lateness only, never whom it was for. It is called
 * while the engine holds its lock, before the step's events are committed: it must return quickly
 * and must not call the engine.
 */
@FunctionalInterface
public interface SchedulerListener {

    /** What fell due. */
    enum Due {
        /** A scheduled block's start (the delivery schedule's slot came). */
        BLOCK,
        /** The next message of a block under way (its pace came). */
        PACED,
        /** A message held after a failed or deferred delivery (its retry came). */
        RETRY
    }

    /**
     * Something due ran.
     *
     * @param due  what it was
     * @param late how long after its due instant it ran, zero or more
     */
    void ran(Due due, Duration late);

    /** A listener that does nothing: the engine's default. */
    static SchedulerListener none() {
        return (due, late) -> {};
    }
}
