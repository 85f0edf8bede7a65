package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.Study;
import eu.coact.content.record.ConversationEvents;
import eu.coact.core.BlockId;
import eu.coact.engine.EngineSettings;
import eu.coact.engine.SchedulerListener;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.schedule.DeliveryHistory;
import eu.coact.engine.schedule.ScheduledDeliveries;
import eu.coact.engine.schedule.ScheduledDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The engine's timers: one per participant at most (a newer one makes the older stale), for the
 * next paced message, the next scheduled block, or a retry. Nothing sleeps: the caller runs
 * what is due when the earliest timer comes.
 */
final class Timers {

    private final Conversations c;
    private final Study study;
    private final EngineSettings settings;
    private final ScheduledDeliveries deliveries;
    private final SchedulerListener lag;
    private final PriorityQueue<Wake> wakes = new PriorityQueue<>();

    Timers(
            Conversations conversations,
            Study study,
            EngineSettings settings,
            ScheduledDeliveries deliveries,
            SchedulerListener lag) {
        this.c = conversations;
        this.study = study;
        this.settings = settings;
        this.deliveries = deliveries;
        this.lag = lag;
    }

    void scheduleNext(Participant p, Instant now) {
        List<BlockId> sequence = study.plan().sequence();
        for (int i = 0; i < sequence.size(); i++) {
            if (!p.hasCompleted(i)) {
                DeliveryHistory history = history(p);
                Optional<Instant> at = settings.schedule().next(p.preferences, history, false, now);
                if (at.isPresent()) {
                    wake(p, schedule(p, sequence.get(i), at.get(), now).at());
                }
                return;
            }
        }
    }

    /** Schedules the first block of the sequence not yet completed for now, whatever the delivery slots say. */
    void scheduleNow(Participant p, Instant now) {
        List<BlockId> sequence = study.plan().sequence();
        for (int i = 0; i < sequence.size(); i++) {
            if (!p.hasCompleted(i)) {
                wake(p, schedule(p, sequence.get(i), now, now).at());
                return;
            }
        }
    }

    /** Schedules a block; right after a block's end the end event records it (one fact, one event). */
    private ScheduledDelivery schedule(Participant p, BlockId block, Instant at, Instant now) {
        if (c.out.isLast(p, ConversationEvents.BLOCK_COMPLETED)) {
            Optional<ScheduledDelivery> reserved = deliveries.reserve(p.id, block, at);
            if (reserved.isPresent()) {
                c.out.extendLast(p, "next", block.value(), "due", at.toString());
                return reserved.get();
            }
            return deliveries.pending(p.id).orElseThrow();
        }
        return deliveries.schedule(p.id, block, at, now);
    }

    private static DeliveryHistory history(Participant p) {
        List<Instant> recent = new ArrayList<>(p.recent.length);
        for (long second : p.recent) {
            recent.add(Instant.ofEpochSecond(second));
        }
        return new DeliveryHistory(Optional.ofNullable(p.lastCompletion), recent);
    }

    void rearm(Participant p, Instant now) {
        if (p.standing == Standing.WITHDRAWN) {
            return;
        }
        if (p.outbox != null) {
            // Messages held after a passing failure are retried when they were due.
            wake(p, Instant.ofEpochMilli(Math.max(p.retryAt, now.toEpochMilli())));
            return;
        }
        if (p.standing == Standing.WITHDRAWING) {
            return;
        }
        if (p.block != null) {
            if (p.prompt == null && (p.current == null || !p.awaiting)) {
                wake(p, p.current == null ? now : p.currentAt.plus(c.blocks.pause(p, p.current, p.answered)));
            }
            return;
        }
        if (p.prompt == null && p.standing == Standing.ACTIVE) {
            Optional<ScheduledDelivery> pending = deliveries.pending(p.id);
            if (pending.isPresent()) {
                wake(p, pending.get().at());
            } else {
                scheduleNext(p, now);
            }
        }
    }

    void wake(Participant p, Instant at) {
        p.wakeToken++;
        p.armed = p.wakeToken;
        wakes.add(new Wake(at.toEpochMilli(), p, p.wakeToken));
    }

    /** Runs every timer due at or before {@code now}. */
    void runDue(Instant now) {
        long limit = now.toEpochMilli();
        while (!wakes.isEmpty() && wakes.peek().at() <= limit) {
            Wake wake = wakes.poll();
            if (wake.token() == wake.participant().wakeToken) {
                wake.participant().armed = -1;
                onWake(wake.participant(), Instant.ofEpochMilli(wake.at()), limit - wake.at());
            }
        }
    }

    /** True when a timer of the participant's is set and still current. */
    static boolean armed(Participant p) {
        return p.armed >= 0 && p.armed == p.wakeToken;
    }

    /** True when the participant has completed (or skipped) every block of the sequence. */
    boolean finished(Participant p) {
        int blocks = study.plan().sequence().size();
        for (int i = 0; i < blocks; i++) {
            if (!p.hasCompleted(i)) {
                return false;
            }
        }
        return true;
    }

    /** When the next timer is due. */
    Optional<Instant> nextWakeUp() {
        while (!wakes.isEmpty() && wakes.peek().token() != wakes.peek().participant().wakeToken) {
            wakes.poll();
        }
        return wakes.isEmpty()
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(wakes.peek().at()));
    }

    private void onWake(Participant p, Instant at, long lateMillis) {
        Duration late = Duration.ofMillis(lateMillis);
        if (p.outbox != null) {
            lag.ran(SchedulerListener.Due.RETRY, late);
            ArrayDeque<Envelope> waiting = p.outbox;
            p.outbox = null;
            for (Envelope envelope : waiting) {
                c.out.release(p, envelope);
            }
            return;
        }
        if (p.standing == Standing.WITHDRAWN) {
            return;
        }
        if (p.block != null) {
            if (p.prompt == null && !p.awaiting) {
                lag.ran(SchedulerListener.Due.PACED, late);
                c.blocks.continueBlock(p, at);
            }
            return;
        }
        if (p.prompt == null && p.standing == Standing.ACTIVE) {
            Optional<ScheduledDelivery> pending = deliveries.pending(p.id);
            if (pending.isPresent() && !pending.get().at().isAfter(at)) {
                lag.ran(SchedulerListener.Due.BLOCK, late);
                Optional<ContentBlock> block = study.block(pending.get().block());
                if (block.isPresent() && deliveries.claim(pending.get())) {
                    // The block's start records the handover (and counts the delivery).
                    c.blocks.startBlock(
                            p, block.get(), ContentKind.STUDY, at, pending.get().at());
                } else if (deliveries.handOver(pending.get(), at)) {
                    p.addDelivery(at);
                }
            }
        }
    }

    /**
     * A timer.
     *
     * @param at          when, in epoch milliseconds
     * @param participant whose
     * @param token       the participant's timer token when set; stale timers are skipped
     */
    record Wake(long at, Participant participant, long token) implements Comparable<Wake> {
        @Override
        public int compareTo(Wake other) {
            return Long.compare(at, other.at);
        }
    }
}
