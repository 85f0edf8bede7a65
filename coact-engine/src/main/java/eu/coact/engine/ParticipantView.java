package eu.coact.engine;

import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.engine.schedule.DeliveryPreferences;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only snapshot of where a participant is.
 *
 * @param standing      whether they may be contacted, and with what
 * @param language      their language
 * @param preferences   their delivery preferences
 * @param block         the block in progress, if any
 * @param message       the last message sent in that block, if any
 * @param awaiting      true when that message waits for an answer
 * @param completed     how many blocks of the sequence they completed or skipped
 * @param nextDelivery  when their next block is due, if scheduled
 */
public record ParticipantView(
        Standing standing,
        Language language,
        DeliveryPreferences preferences,
        Optional<BlockId> block,
        Optional<MessageId> message,
        boolean awaiting,
        int completed,
        Optional<Instant> nextDelivery) {

    /** Checks presence. */
    public ParticipantView {
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(nextDelivery, "nextDelivery");
    }
}
