package eu.coact.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * A transition that the lifecycle does not allow from the participant's current state, e.g.
 * resuming someone who withdrew, or consenting without granting a mandatory purpose. Nothing
 * was recorded. The message names states and purposes, never a person.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The participant's stage before the rejected transition; null when they were unknown. */
    private final ParticipantState.Stage from;

    private final String transition;

    /**
     * A rejected transition.
     *
     * @param from       the stage the participant was in, or empty if the ledger did not know them
     * @param transition the kind of transition, e.g. {@code consent-given}
     * @param reason     why it is not allowed, as a sentence
     */
    public IllegalTransitionException(Optional<ParticipantState.Stage> from, String transition, String reason) {
        super(from.map(stage -> "from " + stage).orElse("for an unknown participant") + ", '" + transition
                + "' is not allowed: " + reason);
        this.from = from.orElse(null);
        this.transition = Objects.requireNonNull(transition, "transition");
    }

    /** The stage the participant was in, or empty if the ledger did not know them. */
    public Optional<ParticipantState.Stage> from() {
        return Optional.ofNullable(from);
    }

    /** The kind of transition that was rejected, e.g. {@code consent-given}. */
    public String transition() {
        return transition;
    }
}
