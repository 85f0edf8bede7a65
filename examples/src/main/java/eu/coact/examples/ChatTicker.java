package eu.coact.examples;

import eu.coact.engine.ConversationEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the engine when it has something due — a paced message, the next block — in the
 * conversation's time, from one timer thread that sleeps until then (it never polls).
 */
final class ChatTicker implements AutoCloseable {

    private final ConversationEngine engine;
    private final ChatClock clock;
    private final ScheduledExecutorService timer;
    private final Object quiet = new Object();
    private Optional<ScheduledFuture<?>> pending = Optional.empty();
    private volatile Optional<RuntimeException> failure = Optional.empty();

    ChatTicker(ConversationEngine engine, ChatClock clock) {
        this.engine = engine;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "coact-chat-ticker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sets the timer to the engine's next wake-up; call after anything that may have changed it. */
    void reschedule() {
        synchronized (this) {
            pending.ifPresent(p -> p.cancel(false));
            Optional<Instant> next = engine.nextWakeUp();
            pending = next.map(
                    at -> timer.schedule(this::tick, clock.realWaitUntil(at).toNanos(), TimeUnit.NANOSECONDS));
        }
        synchronized (quiet) {
            quiet.notifyAll();
        }
    }

    /**
     * Waits until the engine has nothing due within {@code horizon} of the conversation's time:
     * the paced messages of the moment have all been shown and it is the person's turn.
     */
    void awaitQuiet(Duration horizon) throws InterruptedException {
        synchronized (quiet) {
            while (failure.isEmpty() && dueWithin(horizon)) {
                // Woken by the timer after each step; the bound only guards against a missed signal.
                quiet.wait(1_000);
            }
        }
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private boolean dueWithin(Duration horizon) {
        Optional<Instant> next = engine.nextWakeUp();
        return next.isPresent() && !next.get().isAfter(clock.now().plus(horizon));
    }

    private void tick() {
        try {
            engine.advanceTo(clock.now());
        } catch (RuntimeException e) {
            synchronized (quiet) {
                failure = Optional.of(e);
                quiet.notifyAll();
            }
            return;
        }
        reschedule();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
