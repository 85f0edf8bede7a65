package eu.coact.examples.study;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Forgets the channel link (a Telegram chat, a web chat's session) of everyone who declined
 * consent or never gave it, once a grace period has passed since they joined (the
 * {@code forget-unconsented-after} days of the study's {@code conversation:} section, 7 by
 * default): the study has no reason to keep a way to reach them. Someone who comes back
 * afterwards starts over as a new person. Joining times are read from the journal,
 * incrementally; only pseudonyms are held. Thread-safe.
 */
public final class UnconsentedLinks {

    private final Journal journal;
    private final ConversationEngine engine;
    private final Predicate<Pseudonym> forget;
    private final Duration grace;
    private final Map<Pseudonym, Instant> waiting = new HashMap<>();
    private long readUpTo;

    private UnconsentedLinks(Journal journal, ConversationEngine engine, Predicate<Pseudonym> forget, Duration grace) {
        this.journal = journal;
        this.engine = engine;
        this.forget = forget;
        this.grace = grace;
    }

    /**
     * A sweeper over a study's journal and engine.
     *
     * @param journal the journal the engine records in
     * @param engine  says who consented
     * @param forget  forgets a participant's link (vault record and whatever the channel holds),
     *                true when there was one
     * @param grace   how long after joining an unconsented link is kept
     * @return the sweeper
     */
    public static UnconsentedLinks of(
            Journal journal, ConversationEngine engine, Predicate<Pseudonym> forget, Duration grace) {
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("the grace period is positive");
        }
        return new UnconsentedLinks(
                Objects.requireNonNull(journal, "journal"),
                Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(forget, "forget"),
                grace);
    }

    /**
     * Forgets every link whose grace period has passed without consent.
     *
     * @param now the current instant
     * @return how many links were forgotten now
     */
    public synchronized int sweep(Instant now) {
        try (Stream<JournalEntry> entries = journal.read(readUpTo + 1, Long.MAX_VALUE)) {
            entries.forEach(entry -> {
                readUpTo = entry.sequence();
                if (entry.type().equals(ConversationEvents.JOINED)
                        && entry.subject().isPresent()) {
                    waiting.putIfAbsent(entry.subject().get(), entry.at());
                }
            });
        }
        int forgotten = 0;
        for (Iterator<Map.Entry<Pseudonym, Instant>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Pseudonym, Instant> joined = it.next();
            if (joined.getValue().plus(grace).isAfter(now)) {
                continue;
            }
            Optional<Standing> standing = engine.participant(joined.getKey()).map(ParticipantView::standing);
            if (standing.isEmpty() || standing.get() == Standing.INVITED) {
                if (forget.test(joined.getKey())) {
                    forgotten++;
                }
            }
            // Someone who consented keeps their link until they leave, and is not looked at again.
            it.remove();
        }
        return forgotten;
    }

    /** Counts only. */
    @Override
    public synchronized String toString() {
        return "UnconsentedLinks[" + waiting.size() + " within their grace period]";
    }
}
