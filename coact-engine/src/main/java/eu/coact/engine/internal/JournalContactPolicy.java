package eu.coact.engine.internal;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A {@link ContactPolicy} derived from the consent and lifecycle facts in a journal: it reads
 * every entry once, in order. New entries come either from the engine's report of what it
 * appended ({@link #appended}) or, when someone else wrote in between, by reading the journal
 * before each answer. Redacted entries still count, by their type, so an erased participant
 * stays withdrawn.
 */
public final class JournalContactPolicy implements ContactPolicy {

    private final Journal journal;
    private final long startSequence;
    private final Map<Pseudonym, Gate> gates = new HashMap<>();
    private long seen;

    private JournalContactPolicy(Journal journal) {
        this.journal = journal;
        this.startSequence = journal.lastSequence();
    }

    /**
     * The gate over a journal, with every fact already in it applied.
     *
     * @param journal the journal the engine writes to
     * @return the gate
     */
    public static JournalContactPolicy over(Journal journal) {
        JournalContactPolicy policy = new JournalContactPolicy(Objects.requireNonNull(journal, "journal"));
        policy.catchUp();
        return policy;
    }

    @Override
    public synchronized boolean permit(Pseudonym participant, ContentKind kind) {
        catchUp();
        Gate gate = gates.get(participant);
        Standing standing = gate == null ? Standing.INVITED : gate.standing;
        return switch (standing) {
            case INVITED -> kind == ContentKind.SYSTEM || kind == ContentKind.CONFIRMATION;
            case ACTIVE -> kind != ContentKind.FAREWELL;
            case PAUSED, WITHDRAWING -> kind == ContentKind.CONFIRMATION;
            case WITHDRAWN -> {
                if (kind != ContentKind.FAREWELL || !gate.farewellOpen) {
                    yield false;
                }
                gate.farewellOpen = false;
                yield true;
            }
        };
    }

    /**
     * Where a participant stands according to the journal.
     *
     * @param participant the pseudonym
     * @return the standing; {@link Standing#INVITED} for someone the journal does not know
     */
    public synchronized Standing standing(Pseudonym participant) {
        catchUp();
        Gate gate = gates.get(participant);
        return gate == null ? Standing.INVITED : gate.standing;
    }

    @Override
    public synchronized void appended(long firstSequence, List<JournalEvent> events) {
        if (firstSequence != seen + 1) {
            catchUp();
            return;
        }
        long sequence = firstSequence;
        for (JournalEvent event : events) {
            if (event.subject().isPresent() && ConversationEvents.isLifecycle(event.type())) {
                apply(event.subject().get(), event.type(), sequence);
            }
            sequence++;
        }
        seen = sequence - 1;
    }

    private void catchUp() {
        long last = journal.lastSequence();
        if (last <= seen) {
            return;
        }
        try (Stream<JournalEntry> entries = journal.read(seen + 1, last)) {
            entries.forEach(this::apply);
        }
        seen = last;
    }

    private void apply(JournalEntry entry) {
        if (entry.subject().isPresent() && ConversationEvents.isLifecycle(entry.type())) {
            apply(entry.subject().get(), entry.type(), entry.sequence());
        }
    }

    private void apply(Pseudonym subject, String type, long sequence) {
        Gate gate = gates.computeIfAbsent(subject, p -> new Gate());
        if (gate.standing == Standing.WITHDRAWN) {
            return;
        }
        switch (type) {
            case ConversationEvents.CONSENT_GIVEN -> {
                gate.consented = true;
                if (gate.standing == Standing.INVITED) {
                    gate.standing = Standing.ACTIVE;
                }
            }
            case ConversationEvents.CONSENT_REFUSED -> {
                gate.consented = false;
                gate.standing = Standing.INVITED;
            }
            case ConversationEvents.PAUSED -> {
                if (gate.standing == Standing.ACTIVE) {
                    gate.standing = Standing.PAUSED;
                }
            }
            case ConversationEvents.RESUMED -> {
                if (gate.standing == Standing.PAUSED) {
                    gate.standing = gate.consented ? Standing.ACTIVE : Standing.INVITED;
                }
            }
            case ConversationEvents.WITHDRAWAL_CONFIRMED -> gate.standing = Standing.WITHDRAWING;
            case ConversationEvents.WITHDREW, ConversationEvents.ERASED -> {
                gate.standing = Standing.WITHDRAWN;
                // A farewell may follow a withdrawal seen live, never one replayed after a restart.
                gate.farewellOpen = sequence > startSequence;
            }
            default -> {
                // Other lifecycle facts (joined, withdrawal asked or cancelled) change nothing here.
            }
        }
    }

    /** One participant's gate; mutable, guarded by the policy's lock. */
    private static final class Gate {
        private Standing standing = Standing.INVITED;
        private boolean consented;
        private boolean farewellOpen;
    }
}
