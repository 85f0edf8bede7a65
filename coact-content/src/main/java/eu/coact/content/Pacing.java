package eu.coact.content;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the engine waits after a message before sending the next one. Pacing is slow on
 * purpose: the study avoids the feel of a game.
 *
 * @param delay an explicit wait, or empty for the study's default pacing
 */
public record Pacing(Optional<Duration> delay) {

    /** The longest explicit wait: pacing is slow, but a block should not stall for days. */
    public static final Duration LONGEST = Duration.ofHours(24);

    private static final Pacing STANDARD = new Pacing(Optional.empty());

    /** Checks that a wait is between zero and {@link #LONGEST}. */
    public Pacing {
        Objects.requireNonNull(delay, "delay");
        delay.ifPresent(d -> {
            if (d.isNegative() || d.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("a wait is between 0 seconds and 24 hours");
            }
        });
    }

    /** The study's default pacing. */
    public static Pacing standard() {
        return STANDARD;
    }

    /** An explicit wait before the next message. */
    public static Pacing waitFor(Duration delay) {
        return new Pacing(Optional.of(delay));
    }
}
