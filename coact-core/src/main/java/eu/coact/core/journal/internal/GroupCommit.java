package eu.coact.core.journal.internal;

import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.SequenceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Leader/follower group commit: every appender queues its batch and takes the leader lock; whoever
 * holds it writes everything queued so far in one durable write, so threads that arrive while an
 * fsync is running share the next one. A batch is never split across writes.
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
        SequenceRange range;
        RuntimeException failure;
        boolean done;

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
        leader.lock();
        try {
            // A previous leader may already have written this batch; it set done under this lock.
            while (!mine.done) {
                List<Request<B>> group = drain();
                try {
                    List<SequenceRange> ranges = writer.write(group.stream().map(r -> r.batch).toList());
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).range = ranges.get(i);
                    }
                } catch (RuntimeException e) {
                    for (Request<B> request : group) {
                        request.failure = e;
                    }
                } finally {
                    for (Request<B> request : group) {
                        request.done = true;
                    }
                }
            }
        } finally {
            leader.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure instanceof JournalException je ? new JournalException(je.getMessage(), je)
                    : new JournalException("the append failed: " + mine.failure.getMessage(), mine.failure);
        }
        return mine.range;
    }

    /** Runs an action while no batch is being written (redaction, closing). */
    public <T> T exclusively(Supplier<T> action) {
        leader.lock();
        try {
            return action.get();
        } finally {
            leader.unlock();
        }
    }

    private List<Request<B>> drain() {
        List<Request<B>> group = new ArrayList<>();
        long bytes = 0;
        Request<B> next;
        while ((group.isEmpty() || bytes + weightOf(queue.peek()) <= maxBytesPerWrite) && (next = queue.poll()) != null) {
            group.add(next);
            bytes += next.batch.weight();
        }
        return group;
    }

    private long weightOf(Request<B> request) {
        return request == null ? 0 : request.batch.weight();
    }
}
