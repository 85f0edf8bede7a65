package eu.coact.engine;

import eu.coact.content.Study;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.InboundHandler;
import eu.coact.engine.internal.Conversations;
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
 * After a restart, {@link Builder#start} rebuilds every participant from the journal and they continue
 * exactly where they were. Thread-safe: calls are serialised.
 */
public final class ConversationEngine implements InboundHandler {

    private final Conversations conversations;

    private ConversationEngine(Conversations conversations) {
        this.conversations = conversations;
    }

    /**
     * Begins wiring an engine. It starts only once the source of consent truth is named: a
     * consent ledger with a published document for every study language
     * ({@link Builder#consent(LedgerConsent)}), or, explicitly, a simulation without one
     * ({@link Builder#simulation()}).
     *
     * @param study   the study's content
     * @param journal the engine's journal; its existing facts are replayed at start
     * @param channel where messages go
     * @return the builder
     */
    public static Builder builder(Study study, Journal journal, Channel channel) {
        return new Builder(
                Objects.requireNonNull(study, "study"),
                Objects.requireNonNull(journal, "journal"),
                Objects.requireNonNull(channel, "channel"));
    }

    /**
     * How an engine is wired: which study, journal and channel, where consent is recorded, and
     * with which settings. Each setter checks its argument at once; {@link #start} checks the
     * whole. Not thread-safe; use it from one thread, then discard it.
     */
    public static final class Builder {

        private final Study study;
        private final Journal journal;
        private final Channel channel;
        private LedgerConsent consent;
        private boolean simulation;
        private EngineSettings settings = EngineSettings.defaults();
        private SchedulerListener lag = SchedulerListener.none();

        private Builder(Study study, Journal journal, Channel channel) {
            this.study = study;
            this.journal = journal;
            this.channel = channel;
        }

        /**
         * Consent is recorded in a ledger, which is then the source of consent truth: consent
         * decisions, pauses, resumptions and withdrawals made in the chat are recorded there as
         * transitions (before the engine's own events), the gate asks the ledger before every
         * message, each consent block first sends the consent document in the participant's
         * language (recorded as shown once delivered), and at start-up each participant is brought
         * in line with the ledger. The ledger may keep its entries in the engine's journal too.
         *
         * @param ledgerConsent the ledger and the consent documents shown in the chat
         * @return this builder
         */
        public Builder consent(LedgerConsent ledgerConsent) {
            this.consent = Objects.requireNonNull(ledgerConsent, "ledgerConsent");
            return this;
        }

        /**
         * No consent ledger: consent is read from the conversation's own events in the journal.
         * Meant for simulations, benchmarks and tests; a study with real participants records
         * consent in a ledger ({@link #consent(LedgerConsent)}).
         *
         * @return this builder
         */
        public Builder simulation() {
            this.simulation = true;
            return this;
        }

        /**
         * How the study runs; {@link EngineSettings#defaults()} when not set.
         *
         * @param engineSettings the settings
         * @return this builder
         */
        public Builder settings(EngineSettings engineSettings) {
            this.settings = Objects.requireNonNull(engineSettings, "engineSettings");
            return this;
        }

        /**
         * Who is told how late due work runs (see {@link SchedulerListener}); nobody when not set.
         *
         * @param listener the listener, e.g. an operator's metrics
         * @return this builder
         */
        public Builder schedulerListener(SchedulerListener listener) {
            this.lag = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Starts (or restarts) the engine: replays the journal, brings participants in line with
         * the consent record, and arms their timers.
         *
         * @param now the current instant
         * @return the running engine
         * @throws IllegalStateException when no consent source is named, both are, or the ledger
         *                               lacks a published document for a study language
         */
        public ConversationEngine start(Instant now) {
            Objects.requireNonNull(now, "now");
            if (consent == null && !simulation) {
                throw new IllegalStateException("The engine needs a source of consent: consent(LedgerConsent) with the "
                        + "study's consent ledger, or simulation() for a run without one.");
            }
            if (consent != null && simulation) {
                throw new IllegalStateException(
                        "The engine was given both a consent ledger and simulation(); choose one.");
            }
            Conversations.Wiring wiring = new Conversations.Wiring(study, journal, channel, settings, lag);
            if (simulation) {
                return new ConversationEngine(Conversations.start(wiring, now));
            }
            List<String> missing = ConsentCoverage.missing(study, consent);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The engine cannot record consent: " + String.join("; ", missing)
                        + ". Publish the study's consent documents in the ledger (ConsentLedger.publish) and pass them "
                        + "all to LedgerConsent.");
            }
            return new ConversationEngine(Conversations.start(wiring, consent, now));
        }
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
        return conversations.join(
                Objects.requireNonNull(participant, "participant"),
                Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(now, "now"));
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
