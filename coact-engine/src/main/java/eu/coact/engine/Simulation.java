package eu.coact.engine;

import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.SimulatedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs an engine and a {@link SimulatedChannel} together in virtual time, as fast as the machine
 * allows: it jumps from one due timer or reply to the next. Replies and timers falling within
 * one {@code batch} of virtual time are handled together, with one group commit, as a busy
 * deployment would.
 */
public final class Simulation {

    private final ConversationEngine engine;
    private final SimulatedChannel channel;
    private final Duration batch;
    private Instant now;

    private Simulation(ConversationEngine engine, SimulatedChannel channel, Duration batch, Instant start) {
        this.engine = engine;
        this.channel = channel;
        this.batch = batch;
        this.now = start;
    }

    /**
     * A simulation starting at {@code start}.
     *
     * @param engine  the engine, whose channel is {@code channel}
     * @param channel the scripted participants
     * @param batch   the stretch of virtual time handled at once (zero: every instant on its own)
     * @param start   the virtual start time
     * @return the simulation
     */
    public static Simulation of(ConversationEngine engine, SimulatedChannel channel, Duration batch, Instant start) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isNegative()) {
            throw new IllegalArgumentException("a batch cannot be negative");
        }
        return new Simulation(
                Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(channel, "channel"),
                batch,
                Objects.requireNonNull(start, "start"));
    }

    /**
     * Runs until nothing is left to do or the virtual time reaches {@code end}.
     *
     * @param end the virtual end
     * @return the virtual time reached
     */
    public Instant runUntil(Instant end) {
        while (true) {
            Optional<Instant> timer = engine.nextWakeUp();
            Optional<Instant> reply = channel.nextReplyAt();
            Optional<Instant> first = timer.isEmpty()
                    ? reply
                    : reply.isEmpty()
                            ? timer
                            : Optional.of(timer.get().isBefore(reply.get()) ? timer.get() : reply.get());
            if (first.isEmpty() || first.get().isAfter(end)) {
                break;
            }
            Instant next = first.get().plus(batch);
            if (next.isAfter(end)) {
                next = end;
            }
            if (next.isAfter(now)) {
                now = next;
            }
            channel.at(now);
            List<Inbound> due = channel.repliesDue(now);
            engine.receiveAndAdvance(due, now);
        }
        return now;
    }

    /** The virtual time reached so far. */
    public Instant now() {
        return now;
    }
}
