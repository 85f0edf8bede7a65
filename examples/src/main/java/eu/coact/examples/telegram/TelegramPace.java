package eu.coact.examples.telegram;

import eu.coact.core.Pseudonym;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a bot within Telegram's limits, as its Bot FAQ states them: about one message per
 * second in one chat (short bursts allowed), and about thirty messages per second in all. Each
 * limit is a virtual schedule (the generic cell rate algorithm): a message may go when the
 * schedule is less than a burst ahead of now. A 429 with {@code retry_after} holds back only the
 * chat it was about. Chats are known by pseudonym: no chat id is kept here. Thread-safe.
 */
final class TelegramPace {

    /** One message per second in a chat, three at once. */
    static final Duration PER_CHAT = Duration.ofSeconds(1);

    static final Duration CHAT_BURST = Duration.ofSeconds(2);
    /** Thirty messages per second in all, a second's worth at once. */
    static final Duration OVERALL = Duration.ofMillis(1000 / 30);

    static final Duration OVERALL_BURST = Duration.ofSeconds(1);

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<Pseudonym, Instant> chats = new HashMap<>();
    private final Map<Pseudonym, Instant> refusedUntil = new HashMap<>();
    private Instant overall = Instant.MIN;

    /**
     * Takes a place for one request to a chat, or says until when it has to wait.
     *
     * @param chat whose chat
     * @param now  the current instant
     * @return empty when the request may go now (its place is taken), else when to try again
     */
    synchronized Optional<Instant> admit(Pseudonym chat, Instant now) {
        Instant refused = refusedUntil.get(chat);
        if (refused != null) {
            if (now.isBefore(refused)) {
                return Optional.of(refused);
            }
            refusedUntil.remove(chat);
        }
        Instant chatSchedule = later(chats.getOrDefault(chat, Instant.MIN), now);
        Instant overallSchedule = later(overall, now);
        Instant chatFree = chatSchedule.minus(CHAT_BURST);
        Instant overallFree = overallSchedule.minus(OVERALL_BURST);
        if (chatFree.isAfter(now) || overallFree.isAfter(now)) {
            return Optional.of(chatFree.isAfter(overallFree) ? chatFree : overallFree);
        }
        chats.put(chat, chatSchedule.plus(PER_CHAT));
        overall = overallSchedule.plus(OVERALL);
        if (chats.size() > PRUNE_ABOVE) {
            chats.values().removeIf(schedule -> !schedule.isAfter(now));
        }
        return Optional.empty();
    }

    /**
     * Counts a further request already made for the same message (a text sent in pieces, a
     * caption's text that follows its image).
     *
     * @param chat whose chat
     * @param now  the current instant
     */
    synchronized void count(Pseudonym chat, Instant now) {
        chats.put(chat, later(chats.getOrDefault(chat, Instant.MIN), now).plus(PER_CHAT));
        overall = later(overall, now).plus(OVERALL);
    }

    /**
     * Holds back one chat after Telegram answered 429 about it.
     *
     * @param chat       whose chat
     * @param retryAfter the wait Telegram asked for
     * @param now        the current instant
     * @return when the chat may be written to again
     */
    synchronized Instant refused(Pseudonym chat, Duration retryAfter, Instant now) {
        Instant until = now.plus(retryAfter);
        refusedUntil.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
        return refusedUntil.get(chat);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
