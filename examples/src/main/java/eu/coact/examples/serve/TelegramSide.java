package eu.coact.examples.serve;

import eu.coact.engine.ConversationEngine;
import eu.coact.examples.telegram.TelegramBridge;
import eu.coact.examples.telegram.TelegramInbox;
import eu.coact.examples.telegram.TelegramParticipants;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The study's bot inside {@code coact serve}: its inbox hands updates to the same engine as the
 * web chat, on a thread of its own that long-polls until the server stops. Stopping ends the poll
 * in progress and confirms every update handed over, so that none is fetched again after a
 * restart; an update not yet handed to the engine is left for the next start. Replies are counted
 * per channel like the web chat's.
 */
final class TelegramSide {

    private final TelegramBridge bridge;
    private final TelegramInbox inbox;
    private final PrintWriter log;
    private Optional<Thread> polling = Optional.empty();

    private TelegramSide(TelegramBridge bridge, TelegramInbox inbox, PrintWriter log) {
        this.bridge = bridge;
        this.inbox = inbox;
        this.log = log;
    }

    /**
     * Attaches a bridge's inbox to the engine.
     *
     * @param bridge  the connected bot
     * @param engine  the engine that takes the replies
     * @param metrics counts replies in
     * @param log     where the operator's notices go (never an id or a text)
     * @return the side, not yet polling
     */
    static TelegramSide attach(
            TelegramBridge bridge, ConversationEngine engine, ServeMetrics metrics, PrintWriter log) {
        TelegramInbox inbox = bridge.inbox(
                inbound -> {
                    engine.receive(inbound);
                    metrics.received(TelegramParticipants.CHANNEL);
                },
                notice -> notice(log, "Telegram: " + notice));
        return new TelegramSide(bridge, inbox, log);
    }

    /** Starts long polling on its own thread. */
    synchronized void start() {
        Thread thread = new Thread(
                () -> {
                    if (!inbox.run(TelegramBridge.POLL_SECONDS)) {
                        notice(log, "Telegram refused the bot; the web chat goes on. Fix the token and restart.");
                    }
                },
                "coact-serve-telegram");
        thread.setDaemon(true);
        polling = Optional.of(thread);
        thread.start();
    }

    /** The inbox, for tests that poll by hand. */
    TelegramInbox inbox() {
        return inbox;
    }

    /** Ends polling after the poll in progress; nothing new is fetched. */
    void stopPolling() {
        inbox.stop();
    }

    /**
     * Waits for the poll in progress to end, confirms the updates handed over and shuts the
     * client down.
     */
    synchronized void close() {
        inbox.stop();
        if (polling.isPresent()) {
            try {
                // The polling thread confirms the updates itself once its last poll returns.
                polling.get().join((TelegramBridge.POLL_SECONDS + 10L) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (!inbox.confirm()) {
            notice(log, "The last Telegram updates could not be confirmed; they will be handed over again.");
        }
        bridge.close();
    }

    private static void notice(PrintWriter log, String text) {
        log.println(text);
        log.flush();
    }

    /** Names nothing personal. */
    @Override
    public String toString() {
        return "TelegramSide[" + inbox + "]";
    }
}
