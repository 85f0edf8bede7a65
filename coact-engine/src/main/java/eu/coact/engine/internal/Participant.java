package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Message;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.schedule.DeliveryPreferences;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One participant's state, derived from their journal events by {@link ParticipantEvents}. Kept
 * small: an idle participant holds no block, answers or outbox.
 */
public final class Participant {

    final Pseudonym id;
    Standing standing = Standing.INVITED;
    boolean consented;
    Language language;
    DeliveryPreferences preferences;
    long[] completed = new long[1];
    Instant lastCompletion;
    /** Start instants of the most recent deliveries, oldest first; at most {@link #RECENT}. */
    long[] recent = EMPTY;

    ContentBlock block;
    ContentKind blockKind;
    Message current;
    boolean awaiting;
    boolean answered;
    Instant currentAt;
    Map<String, String> answers;
    boolean helpNoteSent;
    Prompt prompt;
    Map<String, String> profile;
    boolean eraseRequested;

    /** Messages waiting behind one that failed transiently, oldest first. */
    ArrayDeque<Envelope> outbox;

    int failedTries;
    /** When the held messages are retried, in epoch milliseconds. */
    long retryAt;

    long wakeToken;
    /** The token of the timer set and not yet run, or -1: a newer token (or none) means nothing is armed. */
    long armed = -1;
    /**
     * How many questions (messages that take an answer, and prompts) have been put to the
     * participant: the id of the one now open, which a button press must name. Derived from
     * events, so a restart keeps it.
     */
    long turn;

    static final int RECENT = 24;
    private static final long[] EMPTY = new long[0];

    Participant(Pseudonym id, Language language, DeliveryPreferences preferences) {
        this.id = id;
        this.language = language;
        this.preferences = preferences;
    }

    boolean hasCompleted(int index) {
        int word = index >>> 6;
        return word < completed.length && (completed[word] & (1L << index)) != 0;
    }

    void markCompleted(int index) {
        int word = index >>> 6;
        if (word >= completed.length) {
            completed = Arrays.copyOf(completed, word + 1);
        }
        completed[word] |= 1L << index;
    }

    int completedCount() {
        int count = 0;
        for (long word : completed) {
            count += Long.bitCount(word);
        }
        return count;
    }

    void addDelivery(Instant at) {
        long second = at.getEpochSecond();
        // The schedule only counts deliveries on one local day, so the day's maximum is enough.
        int keep = Math.min(RECENT, preferences.maxPerLocalDay());
        if (recent.length > keep) {
            recent = Arrays.copyOfRange(recent, recent.length - keep, recent.length);
        }
        if (recent.length < keep) {
            recent = Arrays.copyOf(recent, recent.length + 1);
        } else {
            System.arraycopy(recent, 1, recent, 0, recent.length - 1);
        }
        recent[recent.length - 1] = second;
    }

    void startBlock(ContentBlock newBlock, ContentKind kind) {
        block = newBlock;
        blockKind = kind;
        current = null;
        awaiting = false;
        answered = false;
        answers = new HashMap<>(8);
        helpNoteSent = false;
    }

    void endBlock() {
        block = null;
        blockKind = null;
        current = null;
        awaiting = false;
        answered = false;
        answers = null;
        helpNoteSent = false;
    }

    /** True when a question of a block or of the engine's own waits for this participant. */
    boolean questionOpen() {
        return prompt != null || (block != null && awaiting);
    }

    boolean idle() {
        return block == null && prompt == null;
    }
}
