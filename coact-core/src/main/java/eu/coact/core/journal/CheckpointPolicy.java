package eu.coact.core.journal;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a signing journal writes a checkpoint: at the end of the first group commit after
 * {@code entries} new entries or after {@code interval} has passed since the last checkpoint,
 * whichever comes first; and always on close, on {@link FileJournal#anchor()} and with every
 * redaction. Entries written after the last checkpoint are protected only by the hash chain
 * until the next one (see the threat model in the module README).
 *
 * @param entries  at most this many entries between checkpoints (at least 1; 1 signs every commit)
 * @param interval at most this long between a commit and the checkpoint covering it (positive)
 */
public record CheckpointPolicy(long entries, Duration interval) {

    /** The default: every 1,024 entries or every second, whichever comes first. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(1024, Duration.ofSeconds(1));

    /** Checks the bounds. */
    public CheckpointPolicy {
        Objects.requireNonNull(interval, "interval");
        if (entries < 1) {
            throw new IllegalArgumentException("a checkpoint covers at least one entry");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the checkpoint interval must be positive");
        }
    }

    /**
     * A checkpoint at the end of every group commit.
     *
     * @return the policy
     */
    public static CheckpointPolicy everyCommit() {
        return new CheckpointPolicy(1, Duration.ofNanos(1));
    }
}
