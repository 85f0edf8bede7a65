package eu.coact.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the engine waits after a message before sending the next one, when the message does
 * not say so itself. Slow on purpose: the study avoids the feel of a game. An explicit wait in
 * the content is always honoured instead.
 */
@FunctionalInterface
public interface PacingPolicy {

    /**
     * The wait after a message.
     *
     * @param characters the length of the text as sent
     * @param media      whether the message carried an image or a document
     * @param answered   whether the participant has just answered it (reading time already passed)
     * @return the wait, never negative
     */
    Duration after(int characters, boolean media, boolean answered);

    /**
     * A reading-time pacing: a base wait plus a time per character, more for media, at most a
     * ceiling; after an answer, only the base wait.
     *
     * @param base         the shortest wait
     * @param perCharacter the reading time per character
     * @param media        the extra wait after an image or document
     * @param ceiling      the longest wait
     * @return the policy
     */
    static PacingPolicy readingTime(Duration base, Duration perCharacter, Duration media, Duration ceiling) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perCharacter, "perCharacter");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(ceiling, "ceiling");
        if (base.isNegative() || perCharacter.isNegative() || media.isNegative() || ceiling.compareTo(base) < 0) {
            throw new IllegalArgumentException("waits cannot be negative and the ceiling is at least the base");
        }
        return (characters, withMedia, answered) -> {
            if (answered) {
                return base;
            }
            Duration wait = base.plus(perCharacter.multipliedBy(characters));
            if (withMedia) {
                wait = wait.plus(media);
            }
            return wait.compareTo(ceiling) > 0 ? ceiling : wait;
        };
    }

    /** One second, plus 30 ms per character, plus 3 s for media, at most 20 s. */
    static PacingPolicy standard() {
        return readingTime(Duration.ofSeconds(1), Duration.ofMillis(30), Duration.ofSeconds(3), Duration.ofSeconds(20));
    }
}
