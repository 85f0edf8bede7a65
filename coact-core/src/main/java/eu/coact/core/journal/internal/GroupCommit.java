package eu.coact.core.journal.internal;

import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.SequenceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Leader/follower group commit: every appender queues its batch; whoever gets the leader lock
 * writes everything queued so far in one durable write and wakes the appenders it wrote for, so
 * threads that arrive while an fsync is running share the next one. A batch is never split
 * across writes.
 *
 * @param <B> a prepared batch of events (hashing that does not depend on the chain is done by
 *            the appending thread, before it queues)
 */
public final class GroupCommit<B extends GroupCommit.Batch> {

    /** A batch waiting to be written. */
    public interface Batch {
        /** Roughly how many bytes it will take; bounds how much one write gathers. */
        int weight();
    }

    /** Writes batches as one durable unit, all or none. */
    @FunctionalInterface
    public interface Writer<B> {
        /**
         * Writes the batches in order and makes them durable.
         *
         * @return the range each batch received, in the same order
         */
        List<SequenceRange> write(List<B> batches);
    }

    private static final class Request<B> {
        final B batch;
        final Thread thread = Thread.currentThread();
        SequenceRange range;
        RuntimeException failure;
        // Written last by the leader, so range and failure are visible once done reads true.
        volatile boolean done;

        Request(B batch) {
            this.batch = batch;
        }
    }

    private final ReentrantLock leader = new ReentrantLock();
    private final Queue<Request<B>> queue = new ConcurrentLinkedQueue<>();
    private final int maxBytesPerWrite;

    /**
     * A group commit that gathers at most about {@code maxBytesPerWrite} bytes into one write (a
     * single larger batch is still written whole).
     */
    public GroupCommit(int maxBytesPerWrite) {
        this.maxBytesPerWrite = maxBytesPerWrite;
    }

    /** Queues a batch and returns once it (and perhaps others) is durable. */
    public SequenceRange submit(B batch, Writer<B> writer) {
        Request<B> mine = new Request<>(batch);
        queue.add(mine);
        // Followers park until the leader wakes them with their result; they do not queue on the
        // leader lock, which would hand it from one finished follower to the next, one context
        // switch each, before the next group could start.
        while (!mine.done) {
            if (leader.tryLock()) {
                try {
                    if (!mine.done) {
                        writeGroup(writer);
                    }
                } finally {
                    leader.unlock();
                }
                wakeNextLeader();
            } else {
                LockSupport.parkNanos(this, 1_000_000);
            }
        }
        if (mine.failure != null) {
            throw mine.failure instanceof JournalException je
                    ? new JournalException(je.getMessage(), je)
                    : new JournalException("the append failed: " + mine.failure.getMessage(), mine.failure);
        }
        return mine.range;
    }

    private void writeGroup(Writer<B> writer) {
        List<Request<B>> group = drain();
        try {
            List<SequenceRange> ranges =
                    writer.write(group.stream().map(r -> r.batch).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).range = ranges.get(i);
            }
        } catch (RuntimeException e) {
            for (Request<B> request : group) {
                request.failure = e;
            }
        } catch (Error e) {
            JournalException failure = new JournalException("the write failed: " + e, e);
            for (Request<B> request : group) {
                request.failure = failure;
            }
        } finally {
            for (Request<B> request : group) {
                request.done = true;
                LockSupport.unpark(request.thread);
            }
        }
    }

    /** Wakes the oldest waiting appender, whose batch came too late for the group just written. */
    private void wakeNextLeader() {
        Request<B> next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.thread);
        }
    }

    /** Runs an action while no batch is being written (redaction, closing). */
    public <T> T exclusively(Supplier<T> action) {
        leader.lock();
        try {
            return action.get();
        } finally {
            leader.unlock();
            wakeNextLeader();
        }
    }

    private List<Request<B>> drain() {
        List<Request<B>> group = new ArrayList<>();
        long bytes = 0;
        Request<B> next;
        while ((group.isEmpty() || bytes + weightOf(queue.peek()) <= maxBytesPerWrite)
                && (next = queue.poll()) != null) {
            group.add(next);
            bytes += next.batch.weight();
        }
        return group;
    }

    private long weightOf(Request<B> request) {
        return request == null ? 0 : request.batch.weight();
    }
}
