package eu.coact.engine;

import eu.coact.content.Study;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.InboundHandler;
import eu.coact.engine.internal.Conversations;
import eu.coact.engine.internal.LedgerRecords;
import eu.coact.core.LocalizedText;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a study's conversations: walks each participant through one block at a time (the first
 * of the sequence they have not completed, at the time their schedule allows), accepts their
 * answers and commands, and records every fact in the journal before anything is sent.
 *
 * <p>Time is given, never read: every call says what time it is, and the engine never sleeps or
 * blocks a thread while waiting; a caller (a real-time ticker, or a simulation in virtual time)
 * calls {@link #advanceTo(Instant)} at {@link #nextWakeUp()}.
 *
 * <p>Each call ends with one group commit of the events it caused; only then are messages handed
 * to the consent gate and the channel, so every answer is durable before it is acknowledged.
 * After a restart, {@link #start} rebuilds every participant from the journal and they continue
 * exactly where they were. Thread-safe: calls are serialised.
 */
public final class ConversationEngine implements InboundHandler {

    private final Conversations conversations;

    private ConversationEngine(Conversations conversations) {
        this.conversations = conversations;
    }

    /**
     * Starts (or restarts) an engine over a journal, with the consent gate read from the same
     * journal.
     *
     * @param study    the study's content
     * @param journal  the journal; its existing facts are replayed
     * @param channel  where messages go
     * @param settings how the study runs
     * @param now      the current instant
     * @return the running engine
     */
    public static ConversationEngine start(Study study, Journal journal, Channel channel, EngineSettings settings,
            Instant now) {
        return start(study, journal, channel, JournalContactPolicy.over(journal), settings, now);
    }

    /**
     * Starts (or restarts) an engine with a consent gate of the application's own, such as one
     * backed by a consent ledger.
     *
     * @param study    the study's content
     * @param journal  the journal; its existing facts are replayed
     * @param channel  where messages go
     * @param gate     the consent gate asked before every message
     * @param settings how the study runs
     * @param now      the current instant
     * @return the running engine
     */
    public static ConversationEngine start(Study study, Journal journal, Channel channel, ContactPolicy gate,
            EngineSettings settings, Instant now) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        return new ConversationEngine(Conversations.start(study, journal, channel, gate, settings, now));
    }

    /**
     * Starts (or restarts) an engine whose consent truth is a consent ledger: consent decisions,
     * pauses, resumptions and withdrawals made in the chat are recorded there as transitions
     * (before the engine's own events), the gate asks the ledger before every message, and at
     * start-up each participant is brought in line with the ledger. The ledger may keep its
     * entries in {@code journal} too (see {@link LedgerConsent}).
     *
     * @param study    the study's content
     * @param journal  the engine's journal; its existing facts are replayed
     * @param channel  where messages go
     * @param consent  the ledger and the consent documents shown in the chat
     * @param settings how the study runs
     * @param now      the current instant
     * @return the running engine
     */
    public static ConversationEngine start(Study study, Journal journal, Channel channel, LedgerConsent consent,
            EngineSettings settings, Instant now) {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        return new ConversationEngine(Conversations.start(study, journal, channel,
                LedgerContactPolicy.over(consent.ledger(), journal), new LedgerRecords(consent, now), settings, now));
    }

    /**
     * Handles one reply: a first message from someone new starts the welcome dialogue; a
     * command is carried out at once; otherwise the reply answers the waiting question.
     *
     * @param inbound the reply
     */
    @Override
    public synchronized void receive(Inbound inbound) {
        Objects.requireNonNull(inbound, "inbound");
        conversations.receive(List.of(inbound), inbound.at());
    }

    /**
     * Lets someone new join in the language they chose before writing anything, so that the very
     * first message is in it; someone who already joined keeps their language (they change it
     * with the language command).
     *
     * @param participant the newcomer's pseudonym
     * @param language    one of the study's languages
     * @param now         the current instant
     * @return true when they joined now, false when they had joined before
     * @throws IllegalArgumentException when the study does not speak the language
     */
    public synchronized boolean join(Pseudonym participant, Language language, Instant now) {
        return conversations.join(Objects.requireNonNull(participant, "participant"),
                Objects.requireNonNull(language, "language"), Objects.requireNonNull(now, "now"));
    }

    /**
     * Handles several replies with one group commit, as a busy channel delivers them.
     *
     * @param replies the replies, in arrival order
     * @param now     the current instant (not before any reply)
     */
    public synchronized void receiveAll(List<Inbound> replies, Instant now) {
        conversations.receive(List.copyOf(replies), now);
    }

    /**
     * Handles several replies and then runs everything due by {@code now}, with one group commit
     * for both: what a channel polled at intervals does once per interval. Nothing is sent
     * before all the events of the step are durable.
     *
     * @param replies the replies, in arrival order (possibly none)
     * @param now     the current instant (not before any reply)
     */
    public synchronized void receiveAndAdvance(List<Inbound> replies, Instant now) {
        conversations.receiveAndAdvance(List.copyOf(replies), Objects.requireNonNull(now, "now"));
    }

    /**
     * Runs everything due by {@code now}: paced messages, scheduled blocks, retries.
     *
     * @param now the current instant
     */
    public synchronized void advanceTo(Instant now) {
        conversations.advanceTo(Objects.requireNonNull(now, "now"));
    }

    /** When the engine next has something to do, if anything is scheduled. */
    public synchronized Optional<Instant> nextWakeUp() {
        return conversations.nextWakeUp();
    }

    /**
     * Sends a study-wide text (configured by the research team) to every active participant;
     * the consent gate is asked for each.
     *
     * @param text the text per language
     * @param now  the current instant
     * @return how many participants it was addressed to
     */
    public synchronized int broadcast(LocalizedText text, Instant now) {
        return conversations.broadcast(Objects.requireNonNull(text, "text"), Objects.requireNonNull(now, "now"));
    }

    /**
     * Where a participant is.
     *
     * @param participant the pseudonym
     * @return a snapshot, or empty for someone the engine does not know
     */
    public synchronized Optional<ParticipantView> participant(Pseudonym participant) {
        return conversations.view(participant);
    }

    /** How many participants the engine knows. */
    public synchronized int participants() {
        return conversations.size();
    }

    /** What the engine did since it started. */
    public synchronized EngineCounters counters() {
        return conversations.counters();
    }
}
