package eu.coact.examples;

import eu.coact.examples.study.InputMistake;
import java.time.Duration;
import java.time.Instant;

/**
 * The time of a terminal conversation: the real time, optionally running faster so that the
 * study's reading pauses pass quickly, and able to jump ahead to the next scheduled block
 * instead of waiting for tomorrow. Thread-safe.
 */
final class ChatClock {

    private final Instant start;
    private final long startNanos;
    private final double speed;
    private Duration skipped = Duration.ZERO;

    ChatClock(Instant start, double speed) {
        if (!(speed >= 1)) {
            throw new InputMistake("--speed is 1 (real time) or more");
        }
        this.start = start;
        this.startNanos = System.nanoTime();
        this.speed = speed;
    }

    /** The conversation's current instant. */
    synchronized Instant now() {
        long elapsed = (long) ((System.nanoTime() - startNanos) * speed);
        return start.plusNanos(elapsed).plus(skipped);
    }

    /** Moves the conversation's time forward to {@code instant}, if it is later. */
    synchronized void jumpTo(Instant instant) {
        Duration ahead = Duration.between(now(), instant);
        if (!ahead.isNegative()) {
            skipped = skipped.plus(ahead);
        }
    }

    /** How long to wait in real time until the conversation's time reaches {@code instant}. */
    synchronized Duration realWaitUntil(Instant instant) {
        Duration ahead = Duration.between(now(), instant);
        return ahead.isNegative() ? Duration.ZERO : Duration.ofNanos((long) (ahead.toNanos() / speed));
    }
}
