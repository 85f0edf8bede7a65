package eu.coact.content.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Study;
import eu.coact.content.SystemRole;
import eu.coact.content.channel.Button;
import eu.coact.content.channel.Channel;
import eu.coact.content.channel.ContentKind;
import eu.coact.content.channel.Delivery;
import eu.coact.content.channel.Envelope;
import eu.coact.content.channel.Inbound;
import eu.coact.content.channel.Origin;
import eu.coact.content.channel.Outgoing;
import eu.coact.content.channel.Reply;
import eu.coact.content.engine.CommandWords;
import eu.coact.content.engine.ContactPolicy;
import eu.coact.content.engine.EngineCounters;
import eu.coact.content.engine.EngineSettings;
import eu.coact.content.engine.ParticipantView;
import eu.coact.content.engine.Standing;
import eu.coact.content.engine.SystemText;
import eu.coact.content.schedule.DeliveryFrequency;
import eu.coact.content.schedule.DeliveryHistory;
import eu.coact.content.schedule.DeliveryPreferences;
import eu.coact.content.schedule.ScheduledDeliveries;
import eu.coact.content.schedule.ScheduledDelivery;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.MessageId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine's state and rules. Every change is an event that is applied to the participant and
 * collected in a batch; {@link #flush} makes the batch durable in one group commit and only then
 * hands messages to the consent gate and the channel. Not thread-safe: the public engine locks.
 */
public final class Conversations {

    private final Study study;
    private final Journal journal;
    private final Channel channel;
    private final ContactPolicy gate;
    private final ConsentRecords records;
    private final EngineSettings settings;
    private final ParticipantEvents events;
    private final Rendering rendering;
    private final Prompts prompts;
    private final Lifecycle lifecycle;
    private final List<Language> languages;
    private final DeliveryPreferences defaultPreferences;
    private final Map<Pseudonym, Participant> participants = new HashMap<>();
    private final ScheduledDeliveries deliveries;
    private final List<JournalEvent> batch = new ArrayList<>();
    private final List<Queued> outbox = new ArrayList<>();
    private final List<Participant> erasures = new ArrayList<>();
    private final PriorityQueue<Wake> wakes = new PriorityQueue<>();
    private long sent;
    private long answers;
    private long withheld;
    private long failures;

    private Conversations(Study study, Journal journal, Channel channel, ContactPolicy gate, ConsentRecords records,
            EngineSettings settings) {
        this.study = study;
        this.journal = journal;
        this.channel = channel;
        this.gate = gate;
        this.records = records;
        this.settings = settings;
        this.events = new ParticipantEvents(study);
        this.languages = study.plan().languages();
        this.rendering = new Rendering(languages);
        this.prompts = new Prompts(this, settings, languages);
        this.defaultPreferences = new DeliveryPreferences(DeliveryFrequency.of(study.plan().defaultFrequency()),
                settings.defaultWindow(), settings.defaultZone());
        this.deliveries = ScheduledDeliveries.writingTo(batch::add);
        this.lifecycle = new Lifecycle(this, deliveries, records);
    }

    /**
     * Rebuilds every participant from the journal and arms their timers.
     *
     * @param study    the study
     * @param journal  the journal
     * @param channel  the channel
     * @param gate     the consent gate
     * @param settings the settings
     * @param now      the current instant
     * @return the running conversations
     */
    public static Conversations start(Study study, Journal journal, Channel channel, ContactPolicy gate,
            EngineSettings settings, Instant now) {
        return start(study, journal, channel, gate, ConsentRecords.NONE, settings, now);
    }

    /**
     * Rebuilds every participant from the journal, brings them in line with a consent ledger
     * (the source of consent truth) and arms their timers.
     *
     * @param study    the study
     * @param journal  the journal
     * @param channel  the channel
     * @param gate     the consent gate
     * @param records  the ledger the engine records consent in
     * @param settings the settings
     * @param now      the current instant
     * @return the running conversations
     */
    public static Conversations start(Study study, Journal journal, Channel channel, ContactPolicy gate,
            LedgerRecords records, EngineSettings settings, Instant now) {
        return start(study, journal, channel, gate, (ConsentRecords) records, settings, now);
    }

    private static Conversations start(Study study, Journal journal, Channel channel, ContactPolicy gate,
            ConsentRecords records, EngineSettings settings, Instant now) {
        Conversations c = new Conversations(study, journal, channel, gate, records, settings);
        try (Stream<JournalEntry> entries = journal.readAll()) {
            entries.forEach(c::replay);
        }
        for (Participant p : c.participants.values()) {
            c.lifecycle.reconcile(p, now);
        }
        for (Participant p : c.participants.values()) {
            if (p.eraseRequested) {
                // The process stopped between the withdrawal and the erasure: finish the erasure.
                c.erasures.add(p);
            }
            c.rearm(p, now);
        }
        c.flush(now);
        return c;
    }

    private void replay(JournalEntry entry) {
        deliveries.replay(entry);
        if (entry.subject().isEmpty() || !EventTypes.isEngine(entry.type())) {
            // A consent ledger sharing the journal keeps its own entries, which it replays itself.
            return;
        }
        Optional<byte[]> payload = entry.payload();
        if (payload.isEmpty() && !EventTypes.isLifecycle(entry.type())) {
            return;
        }
        Participant p = participant(entry.subject().get());
        events.apply(p, entry.type(), payload.map(Payload::read).orElse(Fields.NONE), entry.at());
    }

    private Participant participant(Pseudonym id) {
        return participants.computeIfAbsent(id, key -> new Participant(key, languages.get(0), defaultPreferences));
    }

    // ---------------------------------------------------------------- inbound

    /** Handles replies, then makes the result durable and sends. */
    public void receive(List<Inbound> replies, Instant now) {
        for (Inbound in : replies) {
            receiveOne(in);
        }
        flush(now);
    }

    private void receiveOne(Inbound in) {
        Instant at = in.at();
        Participant p = participants.get(in.from());
        if (p == null) {
            p = participant(in.from());
            emit(p, EventTypes.JOINED, at, "language", p.language.tag());
            startWelcome(p, at);
            return;
        }
        if (p.standing == Standing.WITHDRAWN) {
            return;
        }
        boolean typed = in.reply() instanceof Reply.TypedText;
        String text = typed ? ((Reply.TypedText) in.reply()).text() : ((Reply.ButtonPress) in.reply()).value();
        if (typed && p.standing != Standing.WITHDRAWING) {
            Optional<CommandWords.Invocation> command = settings.commands().match(text, p.language);
            if (command.isPresent()) {
                prompts.command(p, command.get(), at);
                return;
            }
        }
        if (p.prompt != null) {
            prompts.answer(p, text, at);
        } else if (p.block != null && p.awaiting) {
            answer(p, text, at);
        } else if (p.block == null) {
            idleReply(p, at);
        }
    }

    private void idleReply(Participant p, Instant at) {
        switch (p.standing) {
            case INVITED -> startWelcome(p, at);
            case ACTIVE -> say(p, SystemText.NOTHING_PENDING, ContentKind.CONFIRMATION, at);
            case PAUSED -> say(p, SystemText.PAUSED, ContentKind.CONFIRMATION, at);
            default -> {
                // Withdrawing participants answer the erase question; nothing else is said.
            }
        }
    }

    private void answer(Participant p, String text, Instant at) {
        Message message = p.current;
        String value = Answers.match(message, text, p.language, rendering);
        if (value == null) {
            say(p, message instanceof FreeText ? SystemText.NOT_UNDERSTOOD : SystemText.CHOOSE_A_BUTTON,
                    p.blockKind, at);
            return;
        }
        answers++;
        emit(p, EventTypes.ANSWERED, at, "block", p.block.id().value(), "message", message.id().value(),
                "variable", message.answerVariable().orElseThrow(), "value", value);
        lifecycle.runActions(p, message, at);
        if (p.block != null && p.current == message && p.prompt == null) {
            wake(p, at.plus(pause(p, message, true)));
        }
    }

    // ---------------------------------------------------------------- blocks

    void startWelcome(Participant p, Instant at) {
        study.plan().system().entrySet().stream().filter(e -> e.getKey() == SystemRole.WELCOME).findFirst()
                .flatMap(e -> study.block(e.getValue()))
                .ifPresent(block -> startBlock(p, block, ContentKind.SYSTEM, at));
    }

    /** Starts a system block of a role as a confirmation; false when the study has none. */
    boolean startConfirmation(Participant p, SystemRole role, Instant at) {
        BlockId id = study.plan().system().get(role);
        Optional<ContentBlock> block = id == null ? Optional.empty() : study.block(id);
        block.ifPresent(b -> startBlock(p, b, ContentKind.CONFIRMATION, at));
        return block.isPresent();
    }

    private void startBlock(Participant p, ContentBlock block, ContentKind kind, Instant at) {
        if (p.block != null) {
            emit(p, EventTypes.BLOCK_ABANDONED, at, "block", p.block.id().value());
        }
        if (kind == ContentKind.STUDY && block.sensitivity().isSensitive()) {
            emit(p, EventTypes.BLOCK_STARTED, at, "block", block.id().value(), "kind", kind.name());
            prompts.warn(p, block, at);
            return;
        }
        // The start of a block and the sending of its first message are one fact: one event.
        Message entry = block.messages().get(block.entry());
        emit(p, EventTypes.BLOCK_STARTED, at, "block", block.id().value(), "kind", kind.name(), "message",
                entry.id().value());
        deliverMessage(p, entry, at);
    }

    void sendEntry(Participant p, Instant at) {
        send(p, p.block.messages().get(p.block.entry()), at);
    }

    private void send(Participant p, Message message, Instant at) {
        emit(p, EventTypes.MESSAGE_SENT, at, "block", p.block.id().value(), "message", message.id().value());
        deliverMessage(p, message, at);
    }

    /** Queues a message whose sending was just recorded, and paces what follows it. */
    private void deliverMessage(Participant p, Message message, Instant at) {
        Rendering.Rendered rendered = rendering.rendered(p.block, message, p);
        enqueue(p, rendered.message(), p.blockKind, rendered.reference());
        if (!ParticipantEvents.takesAnswer(message)) {
            lifecycle.runActions(p, message, at);
            if (p.block != null && p.current == message && p.prompt == null) {
                wake(p, at.plus(pause(p, message, false)));
            }
        }
    }

    /** Re-sends the question a participant was answering, after a prompt of the engine's own. */
    void resumeBlock(Participant p, Instant at) {
        if (p.block == null || p.prompt != null) {
            return;
        }
        if (p.current == null) {
            if (p.blockKind == ContentKind.STUDY && p.block.sensitivity().isSensitive()) {
                prompts.warn(p, p.block, at);
            } else {
                sendEntry(p, at);
            }
        } else if (p.awaiting) {
            send(p, p.current, at);
        } else {
            wake(p, at);
        }
    }

    private void continueBlock(Participant p, Instant at) {
        if (p.current == null) {
            sendEntry(p, at);
            return;
        }
        MessageId target = nextOf(p, p.current);
        if (target == null) {
            Optional<MessageId> helpNote = p.block.sensitivity().helpNote();
            if (helpNote.isPresent() && !p.helpNoteSent && p.block.message(helpNote.get()).isPresent()) {
                send(p, p.block.message(helpNote.get()).get(), at);
                return;
            }
            endBlock(p, at);
            return;
        }
        Optional<Message> next = p.block.message(target);
        if (next.isEmpty()) {
            endBlock(p, at);
            return;
        }
        send(p, next.get(), at);
    }

    private static MessageId nextOf(Participant p, Message message) {
        Next next = message.next();
        if (next instanceof Next.GoTo go) {
            return go.target();
        }
        if (next instanceof Next.OnAnswer on) {
            String value = message.answerVariable().map(v -> Rendering.answer(v, p)).orElse(null);
            MessageId target = value == null ? null : on.cases().get(value);
            return target != null ? target : on.otherwise().orElse(null);
        }
        if (next instanceof Next.OnEarlierAnswer on) {
            String value = Rendering.answer(on.variable(), p);
            MessageId target = value == null ? null : on.cases().get(value);
            return target != null ? target : on.otherwise().orElse(null);
        }
        return null;
    }

    private void endBlock(Participant p, Instant at) {
        emit(p, EventTypes.BLOCK_COMPLETED, at, "block", p.block.id().value());
        afterBlock(p, at);
    }

    void skipBlock(Participant p, Instant at) {
        emit(p, EventTypes.BLOCK_SKIPPED, at, "block", p.block.id().value());
        afterBlock(p, at);
    }

    void afterBlock(Participant p, Instant at) {
        if (p.standing == Standing.ACTIVE && p.idle()) {
            scheduleNext(p, at);
        }
    }

    // ---------------------------------------------------------------- scheduling and timers

    void scheduleNext(Participant p, Instant now) {
        List<BlockId> sequence = study.plan().sequence();
        for (int i = 0; i < sequence.size(); i++) {
            if (!p.hasCompleted(i)) {
                DeliveryHistory history = history(p);
                Optional<Instant> at = settings.schedule().next(p.preferences, history, false, now);
                if (at.isPresent()) {
                    ScheduledDelivery delivery = deliveries.schedule(p.id, sequence.get(i), at.get(), now);
                    wake(p, delivery.at());
                }
                return;
            }
        }
    }

    private static DeliveryHistory history(Participant p) {
        List<Instant> recent = new ArrayList<>(p.recent.length);
        for (long second : p.recent) {
            recent.add(Instant.ofEpochSecond(second));
        }
        return new DeliveryHistory(Optional.ofNullable(p.lastCompletion), recent);
    }

    private void rearm(Participant p, Instant now) {
        if (p.standing == Standing.WITHDRAWN) {
            return;
        }
        if (p.outbox != null) {
            // Messages held after a passing failure are retried when they were due.
            wake(p, Instant.ofEpochMilli(Math.max(p.retryAt, now.toEpochMilli())));
            return;
        }
        if (p.standing == Standing.WITHDRAWING) {
            return;
        }
        if (p.block != null) {
            if (p.prompt == null && (p.current == null || !p.awaiting)) {
                wake(p, p.current == null ? now : p.currentAt.plus(pause(p, p.current, p.answered)));
            }
            return;
        }
        if (p.prompt == null && p.standing == Standing.ACTIVE) {
            Optional<ScheduledDelivery> pending = deliveries.pending(p.id);
            if (pending.isPresent()) {
                wake(p, pending.get().at());
            } else {
                scheduleNext(p, now);
            }
        }
    }

    private void wake(Participant p, Instant at) {
        p.wakeToken++;
        wakes.add(new Wake(at.toEpochMilli(), p, p.wakeToken));
    }

    /** Runs every timer due at or before {@code now}, then flushes. */
    public void advanceTo(Instant now) {
        long limit = now.toEpochMilli();
        while (!wakes.isEmpty() && wakes.peek().at() <= limit) {
            Wake wake = wakes.poll();
            if (wake.token() == wake.participant().wakeToken) {
                onWake(wake.participant(), Instant.ofEpochMilli(wake.at()));
            }
        }
        flush(now);
    }

    /** When the next timer is due. */
    public Optional<Instant> nextWakeUp() {
        while (!wakes.isEmpty() && wakes.peek().token() != wakes.peek().participant().wakeToken) {
            wakes.poll();
        }
        return wakes.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(wakes.peek().at()));
    }

    private void onWake(Participant p, Instant at) {
        if (p.outbox != null) {
            ArrayDeque<Envelope> waiting = p.outbox;
            p.outbox = null;
            for (Envelope envelope : waiting) {
                outbox.add(new Queued(p, envelope));
            }
            return;
        }
        if (p.standing == Standing.WITHDRAWN) {
            return;
        }
        if (p.block != null) {
            if (p.prompt == null && !p.awaiting) {
                continueBlock(p, at);
            }
            return;
        }
        if (p.prompt == null && p.standing == Standing.ACTIVE) {
            Optional<ScheduledDelivery> pending = deliveries.pending(p.id);
            if (pending.isPresent() && !pending.get().at().isAfter(at) && deliveries.handOver(pending.get(), at)) {
                p.addDelivery(at);
                Optional<ContentBlock> block = study.block(pending.get().block());
                if (block.isPresent()) {
                    startBlock(p, block.get(), ContentKind.STUDY, at);
                }
            }
        }
    }

    Duration pause(Participant p, Message message, boolean answered) {
        Optional<Duration> explicit = message.pacing().delay();
        if (explicit.isPresent()) {
            return explicit.get();
        }
        int characters = p.block == null ? rendering.text(message.text(), p.language).length()
                : rendering.rendered(p.block, message, p).characters();
        return settings.pacing().after(characters, message instanceof eu.coact.content.Media, answered);
    }

    // ---------------------------------------------------------------- output

    void emit(Participant p, String type, Instant at, String... namesAndValues) {
        events.apply(p, type, new Fields(namesAndValues), at);
        batch.add(JournalEvent.about(p.id, at, type, Payload.of(namesAndValues)));
    }

    void say(Participant p, SystemText text, ContentKind kind, Instant at) {
        enqueue(p, new Outgoing.Text(settings.texts().text(text, p.language, languages), List.of()), kind,
                "system " + text.name().toLowerCase(java.util.Locale.ROOT));
    }

    void ask(Participant p, SystemText text, List<Button> buttons, ContentKind kind) {
        enqueue(p, new Outgoing.Text(settings.texts().text(text, p.language, languages), buttons), kind,
                "system " + text.name().toLowerCase(java.util.Locale.ROOT));
    }

    void enqueue(Participant p, Outgoing message, ContentKind kind, String reference) {
        outbox.add(new Queued(p, new Envelope(p.id, message, new Origin(kind, reference))));
    }

    /** Sends a study-wide text to every active participant; returns how many it was sent to. */
    public int broadcast(eu.coact.core.LocalizedText text, Instant now) {
        batch.add(JournalEvent.of(now, EventTypes.BROADCAST, Payload.of("languages", text.languages().toString())));
        int count = 0;
        for (Participant p : participants.values()) {
            if (p.standing == Standing.ACTIVE) {
                enqueue(p, new Outgoing.Text(rendering.text(text, p.language), List.of()), ContentKind.STUDY,
                        "broadcast");
                count++;
            }
        }
        flush(now);
        return count;
    }

    /**
     * Makes the batch durable (one group commit), completes erasures, then hands each message to
     * the consent gate and the channel; repeats while delivery outcomes add events.
     */
    public void flush(Instant now) {
        Set<Pseudonym> stopped = new HashSet<>();
        while (!batch.isEmpty() || !outbox.isEmpty() || !erasures.isEmpty()) {
            if (!batch.isEmpty()) {
                List<JournalEvent> commit = new ArrayList<>(batch);
                batch.clear();
                gate.appended(journal.appendAll(commit).first(), commit);
            }
            if (!erasures.isEmpty()) {
                for (Participant p : List.copyOf(erasures)) {
                    journal.redactSubject(p.id);
                    p.eraseRequested = false;
                    emit(p, EventTypes.ERASED, now);
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
            emit(p, EventTypes.DELIVERY_HELD, now, HeldMessages.fields(envelope));
            return;
        }
        if (!gate.permit(envelope.to(), envelope.origin().kind())) {
            withheld++;
            return;
        }
        Delivery delivery = channel.deliver(envelope);
        if (delivery instanceof Delivery.Failed) {
            failures++;
            int tries = p.failedTries + 1;
            if (tries >= settings.retry().attempts()) {
                emit(p, EventTypes.UNREACHABLE, now);
                lifecycle.pause(p, now, "unreachable");
                stopped.add(p.id);
                return;
            }
            Instant retry = now.plus(settings.retry().waitAfter(tries));
            emit(p, EventTypes.DELIVERY_FAILED, now, HeldMessages.fields(envelope, "tries", Integer.toString(tries),
                    "retry", Long.toString(retry.toEpochMilli())));
            wake(p, retry);
        } else if (delivery instanceof Delivery.Blocked) {
            lifecycle.blocked(p, now);
            stopped.add(p.id);
        } else {
            sent++;
            if (p.failedTries > 0) {
                emit(p, EventTypes.DELIVERY_RECOVERED, now);
                rearm(p, now);
            }
        }
    }

    // ---------------------------------------------------------------- views

    /** A snapshot of one participant. */
    public Optional<ParticipantView> view(Pseudonym id) {
        Participant p = participants.get(id);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new ParticipantView(p.standing, p.language, p.preferences,
                Optional.ofNullable(p.block).map(ContentBlock::id),
                Optional.ofNullable(p.current).map(Message::id), p.awaiting || p.prompt != null,
                p.completedCount(), deliveries.pending(id).map(ScheduledDelivery::at)));
    }

    /** How many participants the engine knows. */
    public int size() {
        return participants.size();
    }

    /** The counters. */
    public EngineCounters counters() {
        return new EngineCounters(sent, answers, withheld, failures);
    }

    void requestErasure(Participant p) {
        erasures.add(p);
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    Prompts prompts() {
        return prompts;
    }

    List<Language> languages() {
        return languages;
    }

    Study study() {
        return study;
    }

    /**
     * A message waiting for the group commit, with its recipient's state.
     *
     * @param participant the recipient
     * @param envelope    the message
     */
    record Queued(Participant participant, Envelope envelope) {
    }

    /**
     * A timer.
     *
     * @param at          when, in epoch milliseconds
     * @param participant whose
     * @param token       the participant's timer token when set; stale timers are skipped
     */
    record Wake(long at, Participant participant, long token) implements Comparable<Wake> {
        @Override
        public int compareTo(Wake other) {
            return Long.compare(at, other.at);
        }
    }
}
