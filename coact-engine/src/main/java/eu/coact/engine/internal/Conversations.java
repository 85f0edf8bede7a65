package eu.coact.engine.internal;

import eu.coact.content.record.ConversationEvents;
import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.Outgoing;
import eu.coact.engine.channel.Reply;
import eu.coact.engine.CommandWords;
import eu.coact.engine.ContactPolicy;
import eu.coact.engine.EngineCounters;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.Standing;
import eu.coact.engine.SystemText;
import eu.coact.engine.schedule.DeliveryFrequency;
import eu.coact.engine.schedule.DeliveryPreferences;
import eu.coact.engine.schedule.ScheduledDeliveries;
import eu.coact.engine.schedule.ScheduledDelivery;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine's participants and how a call comes in: start-up replays the journal, replies are
 * routed to commands, the engine's own questions or the block in progress, and every call ends
 * with one group commit ({@link Dispatch#flush}). The rules live beside it: {@link Blocks} walks
 * blocks, {@link Timers} paces and schedules, {@link Lifecycle} and {@link Prompts} handle consent,
 * commands and settings. Not thread-safe: the public engine locks.
 */
public final class Conversations {

    private final Study study;
    private final Journal journal;
    private final Channel channel;
    private final ContactPolicy gate;
    /** Where consent is recorded besides the journal; blocks tell it when a consent document is shown. */
    final ConsentRecords records;
    private final EngineSettings settings;
    private final ParticipantEvents events;
    private final Rendering rendering;
    private final List<Language> languages;
    private final DeliveryPreferences defaultPreferences;
    private final Map<Pseudonym, Participant> participants = new HashMap<>();
    private final ScheduledDeliveries deliveries;
    /** What the engine writes and sends. */
    final Dispatch out;
    /** Walks participants through blocks. */
    final Blocks blocks;
    /** Paced messages, scheduled blocks and retries. */
    final Timers timers;
    /** Consent, pauses, withdrawal and settings. */
    final Lifecycle lifecycle;
    /** Commands and the engine's own questions. */
    final Prompts prompts;

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
        this.defaultPreferences = new DeliveryPreferences(DeliveryFrequency.of(study.plan().defaultFrequency()),
                settings.defaultWindow(), settings.defaultZone());
        this.out = new Dispatch(this, journal, channel, gate, settings, events, languages);
        this.deliveries = ScheduledDeliveries.writingTo(out::append);
        this.blocks = new Blocks(this, study, settings, rendering);
        this.timers = new Timers(this, study, settings, deliveries);
        this.prompts = new Prompts(this, settings, languages);
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
                c.out.requestErasure(p);
            }
            c.timers.rearm(p, now);
        }
        c.out.flush(now);
        return c;
    }

    private void replay(JournalEntry entry) {
        deliveries.replay(entry);
        if (entry.subject().isEmpty() || !ConversationEvents.isEngine(entry.type())) {
            // A consent ledger sharing the journal keeps its own entries, which it replays itself.
            return;
        }
        Optional<byte[]> payload = entry.payload();
        if (payload.isEmpty() && !ConversationEvents.isLifecycle(entry.type())) {
            return;
        }
        Participant p = participant(entry.subject().get());
        Fields fields = payload.map(Payload::read).orElse(Fields.NONE);
        events.apply(p, entry.type(), fields, entry.at());
        // Deliveries recorded inside the engine's own events: scheduled at a block's end, handed
        // over at a block's start.
        String due = fields.get("due");
        if (due != null && entry.type().equals(ConversationEvents.BLOCK_COMPLETED) && fields.get("next") != null) {
            deliveries.restore(new ScheduledDelivery(p.id, BlockId.of(fields.get("next")), Instant.parse(due)));
        } else if (due != null && entry.type().equals(ConversationEvents.BLOCK_STARTED)) {
            deliveries.claimed(p.id);
        }
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
        out.flush(now);
    }

    /**
     * Lets someone new join in a language they chose before their first message (a command-line
     * option, their app's language): the welcome is sent in it.
     *
     * @param id       the newcomer's pseudonym
     * @param language one of the study's languages
     * @param now      the current instant
     * @return false when they had already joined (nothing changes)
     */
    public boolean join(Pseudonym id, Language language, Instant now) {
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("the study does not speak " + language);
        }
        if (participants.containsKey(id)) {
            return false;
        }
        Participant p = participants.computeIfAbsent(id, key -> new Participant(key, language, defaultPreferences));
        welcome(p, now);
        out.flush(now);
        return true;
    }

    private void welcome(Participant p, Instant at) {
        records.joined(p, at);
        out.emit(p, ConversationEvents.JOINED, at, "language", p.language.tag());
        blocks.startWelcome(p, at);
    }

    private void receiveOne(Inbound in) {
        Instant at = in.at();
        Participant p = participants.get(in.from());
        if (p == null) {
            welcome(participant(in.from()), at);
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
            blocks.answer(p, text, at);
        } else if (p.block == null) {
            idleReply(p, at);
        }
    }

    private void idleReply(Participant p, Instant at) {
        switch (p.standing) {
            case INVITED -> blocks.startWelcome(p, at);
            case ACTIVE -> out.say(p, SystemText.NOTHING_PENDING, ContentKind.CONFIRMATION, at);
            case PAUSED -> out.say(p, SystemText.PAUSED, ContentKind.CONFIRMATION, at);
            default -> {
                // Withdrawing participants answer the erase question; nothing else is said.
            }
        }
    }

    // ---------------------------------------------------------------- output

    /** Sends a study-wide text to every active participant; returns how many it was sent to. */
    public int broadcast(eu.coact.core.LocalizedText text, Instant now) {
        out.append(JournalEvent.of(now, ConversationEvents.BROADCAST, Payload.of("languages", text.languages().toString())));
        int count = 0;
        for (Participant p : participants.values()) {
            if (p.standing == Standing.ACTIVE) {
                out.enqueue(p, new Outgoing.Text(rendering.text(text, p.language), List.of()), ContentKind.STUDY,
                        "broadcast");
                count++;
            }
        }
        out.flush(now);
        return count;
    }

    /**
     * Handles replies, then runs every timer due at or before {@code now} (those the replies set
     * too), and flushes once: one group commit for the whole step.
     */
    public void receiveAndAdvance(List<Inbound> replies, Instant now) {
        for (Inbound in : replies) {
            receiveOne(in);
        }
        timers.runDue(now);
        out.flush(now);
    }

    /** Runs every timer due at or before {@code now}, then flushes. */
    public void advanceTo(Instant now) {
        timers.runDue(now);
        out.flush(now);
    }

    /** When the next timer is due. */
    public Optional<Instant> nextWakeUp() {
        return timers.nextWakeUp();
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
        return out.counters();
    }

    List<Language> languages() {
        return languages;
    }

    Study study() {
        return study;
    }
}
