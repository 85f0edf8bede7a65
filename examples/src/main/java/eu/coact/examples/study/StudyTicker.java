package eu.coact.examples.study;

import eu.coact.engine.ConversationEngine;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The background work of a hosted study, for {@code coact telegram} and {@code coact serve}
 * alike: every second the engine runs what fell due while nobody wrote (paced messages, scheduled
 * blocks, retries), and every hour the links of people who declined or never gave consent are
 * forgotten once their grace period is over. A failure is reported by its kind only and the next
 * round runs as usual.
 */
public final class StudyTicker implements AutoCloseable {

    /** How often the links of people who did not consent are looked at. */
    private static final int SWEEP_MINUTES = 60;

    private final ScheduledExecutorService executor;

    private StudyTicker(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Starts both rounds on one daemon thread.
     *
     * @param name        the thread's name
     * @param engine      the engine to advance
     * @param unconsented the sweep of unconsented links
     * @param clock       the study's clock
     * @param log         where notices for the operator go (counts and kinds only)
     * @return the running ticker; close it to stop
     */
    public static StudyTicker start(
            String name, ConversationEngine engine, UnconsentedLinks unconsented, Clock clock, PrintWriter log) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(unconsented, "unconsented");
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        engine.advanceTo(clock.instant());
                    } catch (RuntimeException e) {
                        notice(
                                log,
                                "The engine could not run what was due: "
                                        + e.getClass().getSimpleName());
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
        executor.scheduleWithFixedDelay(() -> sweep(unconsented, clock, log), 0, SWEEP_MINUTES, TimeUnit.MINUTES);
        return new StudyTicker(executor);
    }

    /**
     * Forgets the links whose grace period is over now, and says how many.
     *
     * @param unconsented the sweep
     * @param clock       the study's clock
     * @param log         where the count goes
     * @return how many were forgotten; 0 when the sweep failed (reported by its kind)
     */
    public static int sweep(UnconsentedLinks unconsented, Clock clock, PrintWriter log) {
        try {
            int forgotten = unconsented.sweep(clock.instant());
            if (forgotten > 0) {
                notice(log, "Forgot the links of " + forgotten + " person(s) who did not consent.");
            }
            return forgotten;
        } catch (RuntimeException e) {
            notice(
                    log,
                    "The links of people who did not consent could not be swept: "
                            + e.getClass().getSimpleName());
            return 0;
        }
    }

    private static void notice(PrintWriter log, String text) {
        log.println(text);
        log.flush();
    }

    /** Stops both rounds, waiting up to ten seconds for one in progress. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Says whether it runs. */
    @Override
    public String toString() {
        return "StudyTicker[" + (executor.isShutdown() ? "stopped" : "running") + "]";
    }
}
