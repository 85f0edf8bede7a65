package eu.coact.engine.schedule;

import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import java.time.Instant;
import java.util.Objects;

/**
 * A block due to be delivered to a participant at an instant.
 *
 * @param participant the participant
 * @param block       the block
 * @param at          when it is due
 */
public record ScheduledDelivery(Pseudonym participant, BlockId block, Instant at) {

    /** Checks presence. */
    public ScheduledDelivery {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(at, "at");
    }
}
