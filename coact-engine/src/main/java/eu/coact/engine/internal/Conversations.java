package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.CommandWords;
import eu.coact.engine.EngineCounters;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.LedgerConsent;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.SchedulerListener;
import eu.coact.engine.Standing;
import eu.coact.engine.SystemText;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.Outgoing;
import eu.coact.engine.channel.Reply;
import eu.coact.engine.schedule.DeliveryPreferences;
import eu.coact.engine.schedule.ScheduledDeliveries;
import eu.coact.engine.schedule.ScheduledDelivery;
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

    private Conversations(Wiring wiring, ContactPolicy gate, ConsentRecords records) {
        this.study = wiring.study();
        this.journal = wiring.journal();
        this.channel = wiring.channel();
        this.gate = gate;
        this.records = records;
        this.settings = wiring.settings();
        this.events = new ParticipantEvents(study);
        this.languages = study.plan().languages();
        this.rendering = new Rendering(languages);
        this.defaultPreferences = new DeliveryPreferences(
                study.plan().defaultFrequency(), settings.defaultWindow(), settings.defaultZone());
        this.out = new Dispatch(this, journal, channel, gate, settings, events, languages);
        this.deliveries = ScheduledDeliveries.writingTo(out::append);
        this.blocks = new Blocks(this, study, settings, rendering);
        this.timers = new Timers(this, study, settings, deliveries, wiring.lag());
        this.prompts = new Prompts(this, settings, languages);
        this.lifecycle = new Lifecycle(this, deliveries, records);
    }

    /**
     * What an engine runs on.
     *
     * @param study    the study
     * @param journal  the journal
     * @param channel  the channel
     * @param settings the settings
     * @param lag      told how late due work runs
     */
    public record Wiring(
            Study study, Journal journal, Channel channel, EngineSettings settings, SchedulerListener lag) {}

    /**
     * Rebuilds every participant from the journal and arms their timers; consent is read from
     * the conversation's own events (a simulation).
     *
     * @param wiring what the engine runs on
     * @param now    the current instant
     * @return the running conversations
     */
    public static Conversations start(Wiring wiring, Instant now) {
        return start(wiring, JournalContactPolicy.over(wiring.journal()), ConsentRecords.NONE, now);
    }

    /**
     * Rebuilds every participant from the journal, brings them in line with a consent ledger
     * (the source of consent truth) and arms their timers.
     *
     * @param wiring  what the engine runs on
     * @param consent the ledger the engine records consent in, and the documents it shows
     * @param now     the current instant
     * @return the running conversations
     */
    public static Conversations start(Wiring wiring, LedgerConsent consent, Instant now) {
        return start(
                wiring,
                LedgerContactPolicy.over(consent.ledger(), wiring.journal()),
                new LedgerRecords(consent, now),
                now);
    }

    private static Conversations start(Wiring wiring, ContactPolicy gate, ConsentRecords records, Instant now) {
        Conversations c = new Conversations(wiring, gate, records);
        try (Stream<JournalEntry> entries = wiring.journal().readAll()) {
            entries.forEach(c::replay);
        }
        for (Participant p : c.participants.values()) {
            c.lifecycle.reconcile(p, now);
            c.blocks.consentDocumentOwed(p);
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
        if (in.reply() instanceof Reply.ButtonPress press) {
            pressed(p, press, at);
            return;
        }
        String text = ((Reply.TypedText) in.reply()).text();
        if (p.standing != Standing.WITHDRAWING) {
            // Buttons first: a typed label of the open question answers it, even when it is a command word too.
            if (p.prompt == null && p.block != null && p.awaiting) {
                String value = blocks.buttonValue(p, text);
                if (value != null) {
                    blocks.accept(p, value, at);
                    return;
                }
            } else if (p.prompt != null && prompts.offers(p, text)) {
                prompts.answer(p, text, at);
                return;
            }
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

    /**
     * A button press answers the open question only when it names the message that showed it;
     * a press on an older message is told that its question has passed, and nothing is recorded.
     */
    private void pressed(Participant p, Reply.ButtonPress press, Instant at) {
        if (!p.questionOpen() || !isTurn(press.question(), p.turn)) {
            out.stalePress();
            out.say(p, SystemText.QUESTION_PASSED, ContentKind.CONFIRMATION, at);
            return;
        }
        if (p.prompt != null) {
            prompts.answer(p, press.value(), at);
        } else {
            blocks.answer(p, press.value(), at);
        }
    }

    private static boolean isTurn(String question, long turn) {
        if (question.isEmpty() || question.length() > 19) {
            return false;
        }
        long named = 0;
        for (int i = 0; i < question.length(); i++) {
            char ch = question.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            named = named * 10 + (ch - '0');
        }
        return named == turn;
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
        out.append(JournalEvent.of(
                now,
                ConversationEvents.BROADCAST,
                Payload.of("languages", text.languages().toString())));
        int count = 0;
        for (Participant p : participants.values()) {
            if (p.standing == Standing.ACTIVE) {
                out.enqueue(
                        p,
                        new Outgoing.Text(rendering.text(text, p.language), List.of()),
                        ContentKind.STUDY,
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
        return Optional.of(new ParticipantView(
                p.standing,
                p.language,
                p.preferences,
                Optional.ofNullable(p.block).map(ContentBlock::id),
                Optional.ofNullable(p.current).map(Message::id),
                p.awaiting || p.prompt != null,
                p.completedCount(),
                deliveries.pending(id).map(ScheduledDelivery::at)));
    }

    /** How many participants the engine knows. */
    public int size() {
        return participants.size();
    }

    /** The counters, with the participants now stuck counted. */
    public EngineCounters counters() {
        long stuck = 0;
        for (Participant p : participants.values()) {
            if (stuck(p)) {
                stuck++;
            }
        }
        return out.counters(stuck);
    }

    /**
     * True when nothing will move a participant who takes part on: no question of ours waits for
     * them, no timer or retry is set, and blocks of the sequence are still to come. Someone not
     * yet consented, paused or gone is waiting for their own move, not stuck.
     */
    boolean stuck(Participant p) {
        if (p.outbox != null || Timers.armed(p) || p.questionOpen()) {
            return false;
        }
        return switch (p.standing) {
            case ACTIVE -> !timers.finished(p);
            case WITHDRAWING -> true;
            default -> false;
        };
    }

    List<Language> languages() {
        return languages;
    }

    Study study() {
        return study;
    }
}
