package eu.coact.engine.internal;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.EngineCounters;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.SystemText;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Origin;
import eu.coact.engine.channel.Outgoing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine writes and sends. Every change is an event applied to the participant at once
 * and collected in a batch; {@link #flush} makes the batch durable in one group commit and only
 * then hands messages to the consent gate and the channel.
 */
final class Dispatch {

    private final Conversations c;
    private final Journal journal;
    private final Channel channel;
    private final ContactPolicy gate;
    private final EngineSettings settings;
    private final ParticipantEvents events;
    private final List<Language> languages;
    private final List<JournalEvent> batch = new ArrayList<>();
    private final List<Queued> outbox = new ArrayList<>();
    private final List<Participant> erasures = new ArrayList<>();
    private Participant lastParticipant;
    private String lastType;
    private Instant lastAt;
    private String[] lastFields;
    private long sent;
    private long answers;
    private long withheld;
    private long failures;
    private long stalePresses;

    Dispatch(
            Conversations conversations,
            Journal journal,
            Channel channel,
            ContactPolicy gate,
            EngineSettings settings,
            ParticipantEvents events,
            List<Language> languages) {
        this.c = conversations;
        this.journal = journal;
        this.channel = channel;
        this.gate = gate;
        this.settings = settings;
        this.events = events;
        this.languages = languages;
    }

    /** Adds an event that is not about one participant's state (a schedule, a broadcast) to the batch. */
    void append(JournalEvent event) {
        batch.add(event);
        lastParticipant = null;
    }

    /** Queues a message held for a participant, now that its retry is due. */
    void release(Participant p, Envelope envelope) {
        outbox.add(new Queued(p, envelope));
    }

    /** Counts an accepted answer. */
    void answered() {
        answers++;
    }

    /** Counts a press on a message whose question has passed. */
    void stalePress() {
        stalePresses++;
    }

    /** What was done since the start; {@code stuck} is counted by the caller. */
    EngineCounters counters(long stuck) {
        return new EngineCounters(sent, answers, withheld, failures, stalePresses, stuck);
    }

    void emit(Participant p, String type, Instant at, String... namesAndValues) {
        events.apply(p, type, new Fields(namesAndValues), at);
        batch.add(JournalEvent.about(p.id, at, type, Payload.of(namesAndValues)));
        lastParticipant = p;
        lastType = type;
        lastAt = at;
        lastFields = namesAndValues;
    }

    /** True when the batch ends with an event of this type about this participant. */
    boolean isLast(Participant p, String type) {
        return lastParticipant == p && type.equals(lastType);
    }

    /**
     * Adds fields to the event that ends the batch (see {@link #isLast}), so that a fact that
     * follows from it is recorded in the same entry; the participant's state is already current.
     */
    void extendLast(Participant p, String... namesAndValues) {
        String[] all = Arrays.copyOf(lastFields, lastFields.length + namesAndValues.length);
        System.arraycopy(namesAndValues, 0, all, lastFields.length, namesAndValues.length);
        batch.set(batch.size() - 1, JournalEvent.about(p.id, lastAt, lastType, Payload.of(all)));
        lastFields = all;
    }

    void say(Participant p, SystemText text, ContentKind kind, Instant at) {
        enqueue(
                p,
                new Outgoing.Text(settings.texts().text(text, p.language), List.of()),
                kind,
                "system " + text.name().toLowerCase(java.util.Locale.ROOT));
    }

    void ask(Participant p, SystemText text, List<Button> buttons, ContentKind kind) {
        enqueue(
                p,
                new Outgoing.Text(settings.texts().text(text, p.language), buttons),
                kind,
                "system " + text.name().toLowerCase(java.util.Locale.ROOT));
    }

    void enqueue(Participant p, Outgoing message, ContentKind kind, String reference) {
        String question = message.buttons().isEmpty() ? "" : Long.toString(p.turn);
        outbox.add(new Queued(p, new Envelope(p.id, message, new Origin(kind, reference), question)));
    }

    /**
     * Makes the batch durable (one group commit), completes erasures, then hands each message to
     * the consent gate and the channel; repeats while delivery outcomes add events.
     */
    void flush(Instant now) {
        Set<Pseudonym> stopped = new HashSet<>();
        while (!batch.isEmpty() || !outbox.isEmpty() || !erasures.isEmpty()) {
            if (!batch.isEmpty()) {
                List<JournalEvent> commit = new ArrayList<>(batch);
                batch.clear();
                lastParticipant = null;
                gate.appended(journal.appendAll(commit).first(), commit);
            }
            if (!erasures.isEmpty()) {
                for (Participant p : List.copyOf(erasures)) {
                    journal.redactSubject(p.id);
                    p.eraseRequested = false;
                    emit(p, ConversationEvents.ERASED, now);
                }
                erasures.clear();
                continue;
            }
            List<Queued> sending = new ArrayList<>(outbox);
            outbox.clear();
            for (Queued queued : sending) {
                if (stopped.isEmpty() || !stopped.contains(queued.participant().id)) {
                    deliver(queued.participant(), queued.envelope(), now, stopped);
                }
            }
        }
    }

    private void deliver(Participant p, Envelope envelope, Instant now, Set<Pseudonym> stopped) {
        if (p.outbox != null) {
            // Held behind a message being retried; journalled so that a restart keeps it.
            emit(p, ConversationEvents.DELIVERY_HELD, now, HeldMessages.fields(envelope));
            return;
        }
        if (!gate.permit(envelope.to(), envelope.origin().kind())) {
            withheld++;
            return;
        }
        Delivery delivery = channel.deliver(envelope);
        if (delivery instanceof Delivery.Deferred deferred) {
            // A wait the platform asked for is no failed attempt: the count of tries stays as it is.
            Instant retry = deferred.notBefore().isAfter(now) ? deferred.notBefore() : now;
            emit(
                    p,
                    ConversationEvents.DELIVERY_FAILED,
                    now,
                    HeldMessages.fields(
                            envelope,
                            "tries",
                            Integer.toString(p.failedTries),
                            "retry",
                            Long.toString(retry.toEpochMilli())));
            c.timers.wake(p, retry);
        } else if (delivery instanceof Delivery.Failed) {
            failures++;
            int tries = p.failedTries + 1;
            if (tries >= settings.retry().attempts()) {
                emit(p, ConversationEvents.UNREACHABLE, now);
                c.lifecycle.pause(p, now, "unreachable");
                stopped.add(p.id);
                return;
            }
            Instant retry = now.plus(settings.retry().waitAfter(tries));
            emit(
                    p,
                    ConversationEvents.DELIVERY_FAILED,
                    now,
                    HeldMessages.fields(
                            envelope, "tries", Integer.toString(tries), "retry", Long.toString(retry.toEpochMilli())));
            c.timers.wake(p, retry);
        } else if (delivery instanceof Delivery.Blocked) {
            c.lifecycle.blocked(p, now);
            stopped.add(p.id);
        } else {
            sent++;
            if (ConsentDocuments.isDocument(envelope.origin().reference())) {
                c.records.delivered(p, envelope.origin().reference(), envelope.message(), now);
            }
            if (p.retryAt != 0) {
                emit(p, ConversationEvents.DELIVERY_RECOVERED, now);
                c.timers.rearm(p, now);
            }
        }
    }

    void requestErasure(Participant p) {
        erasures.add(p);
    }

    /**
     * A message waiting for the group commit, with its recipient's state.
     *
     * @param participant the recipient
     * @param envelope    the message
     */
    record Queued(Participant participant, Envelope envelope) {}
}
