package eu.coact.examples.serve;

import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Button;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The messages delivered to web participants, for their page to show. Held in memory, up to
 * {@value #KEPT} per participant, and written to their {@link ChatHistory} as they arrive, from
 * which a participant's messages are read back the first time they are needed after a restart
 * (a participant's browser keeps nothing). Listeners (open server-sent-event streams) hear of each
 * new message at once. Thread-safe.
 */
public final class WebMailbox {

    /** How many recent messages a page can still fetch. */
    static final int KEPT = 200;

    private final Map<Pseudonym, List<WebMessage>> messages = new HashMap<>();
    private final Map<Pseudonym, Long> last = new HashMap<>();
    private final Map<Pseudonym, List<Consumer<WebMessage>>> listeners = new HashMap<>();
    private final ChatHistory history;

    /**
     * A mailbox whose messages are kept in a history.
     *
     * @param history where each participant's messages are kept across restarts
     */
    WebMailbox(ChatHistory history) {
        this.history = java.util.Objects.requireNonNull(history, "history");
    }

    /**
     * Puts a message in a participant's mailbox and tells their open pages.
     *
     * @param to      the participant
     * @param message the message without its number
     * @return the message as numbered
     */
    public WebMessage put(Pseudonym to, Draft message) {
        WebMessage numbered;
        List<Consumer<WebMessage>> waiting;
        synchronized (this) {
            List<WebMessage> box = box(to);
            long sequence = last.merge(to, 1L, Long::sum);
            numbered = new WebMessage(
                    sequence,
                    message.html(),
                    message.file(),
                    message.kind(),
                    message.alt(),
                    message.buttons(),
                    message.question());
            // On disk before any page sees it: what a page has shown is still there after a restart.
            history.append(to, numbered);
            box.add(numbered);
            if (box.size() > KEPT) {
                box.remove(0);
            }
            waiting = List.copyOf(listeners.getOrDefault(to, List.of()));
        }
        // Outside the lock: a slow browser must not hold up everyone else's deliveries.
        waiting.forEach(listener -> listener.accept(numbered));
        return numbered;
    }

    /**
     * The messages after a number.
     *
     * @param of    the participant
     * @param after the last number the page has, 0 for all
     * @return the newer messages, oldest first
     */
    public synchronized List<WebMessage> after(Pseudonym of, long after) {
        return box(of).stream().filter(m -> m.sequence() > after).toList();
    }

    /**
     * Listens for a participant's new messages until {@link #unlisten} is called.
     *
     * @param of       the participant
     * @param listener called with each new message, on the delivering thread
     */
    public synchronized void listen(Pseudonym of, Consumer<WebMessage> listener) {
        listeners.computeIfAbsent(of, p -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Stops a listener.
     *
     * @param of       the participant
     * @param listener the listener given to {@link #listen}
     */
    public synchronized void unlisten(Pseudonym of, Consumer<WebMessage> listener) {
        List<Consumer<WebMessage>> list = listeners.get(of);
        if (list != null) {
            list.remove(listener);
            if (list.isEmpty()) {
                listeners.remove(of);
            }
        }
    }

    /**
     * Drops everything held for a participant, on disk too (after they left and their farewell
     * was shown, or when they never consented and were forgotten).
     *
     * @param of the participant
     */
    public synchronized void drop(Pseudonym of) {
        messages.remove(of);
        last.remove(of);
        history.drop(of);
    }

    /** A participant's messages, read from their history the first time after a start. */
    private List<WebMessage> box(Pseudonym of) {
        List<WebMessage> box = messages.get(of);
        if (box == null) {
            box = new ArrayList<>(history.load(of));
            messages.put(of, box);
            if (!box.isEmpty()) {
                last.put(of, box.get(box.size() - 1).sequence());
            }
        }
        return box;
    }

    /**
     * A message before it has its number.
     *
     * @param html    the safe HTML text
     * @param file    the media file, or empty
     * @param kind    {@code text}, {@code image} or {@code document}
     * @param alt     the image's alternative text, or empty
     * @param buttons  the buttons
     * @param question the engine's id of the question, or empty
     */
    public record Draft(String html, String file, String kind, String alt, List<Button> buttons, String question) {
        /** Copies the buttons. */
        public Draft {
            buttons = List.copyOf(buttons);
        }
    }

    /** Counts nothing personal. */
    @Override
    public synchronized String toString() {
        return "WebMailbox[" + messages.size() + " mailboxes]";
    }
}
