package eu.coact.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine retries a message after a transient delivery failure: waits that double from
 * {@code first} up to {@code longest}, at most {@code attempts} tries in all; a participant who
 * cannot be reached after that is paused.
 *
 * @param first    the first wait
 * @param longest  the longest wait
 * @param attempts the most tries, the first send included
 */
public record RetryPolicy(Duration first, Duration longest, int attempts) {

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("waits are positive, the longest at least the first; attempts >= 1");
        }
    }

    /** Waits of 5 s, 10 s, 20 s, … up to 10 minutes, 8 tries in all. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 8);
    }

    /**
     * The wait after a failed try.
     *
     * @param failedTries how many tries failed so far (at least 1)
     * @return the wait before the next try
     */
    public Duration waitAfter(int failedTries) {
        Duration wait = first;
        for (int i = 1; i < failedTries && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
