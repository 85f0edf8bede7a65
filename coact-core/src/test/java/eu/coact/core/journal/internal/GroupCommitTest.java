package eu.coact.core.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.SequenceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private record Events(int count) implements GroupCommit.Batch {
        @Override
        public int weight() {
            return count * 100;
        }
    }

    /** A writer that takes 3 ms per write, like a slow fsync, and counts its writes. */
    private static final class SlowWriter implements GroupCommit.Writer<Events> {
        final AtomicInteger writes = new AtomicInteger();
        long last;

        @Override
        public List<SequenceRange> write(List<Events> batches) {
            writes.incrementAndGet();
            List<SequenceRange> ranges = new ArrayList<>();
            for (Events batch : batches) {
                ranges.add(new SequenceRange(last + 1, last + batch.count()));
                last += batch.count();
            }
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ranges;
        }
    }

    @Test
    void appendersWaitingDuringAWriteShareTheNextOne() throws Exception {
        GroupCommit<Events> commit = new GroupCommit<>(1 << 20);
        SlowWriter writer = new SlowWriter();
        int threads = 16;
        int perThread = 20;
        Set<Long> firsts = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        SequenceRange range = commit.submit(new Events(2), writer);
                        assertThat(range.size()).isEqualTo(2);
                        firsts.add(range.first());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int batches = threads * perThread;
        assertThat(firsts).hasSize(batches);
        assertThat(writer.last).isEqualTo(2L * batches);
        assertThat(writer.writes.get()).as("writes for %d batches", batches).isLessThan(batches / 3);
    }

    @Test
    void aFailedWriteFailsEveryBatchInItAndTheNextWriteStillWorks() {
        GroupCommit<Events> commit = new GroupCommit<>(1 << 20);
        assertThatThrownBy(() -> commit.submit(new Events(1), batches -> {
                    throw new JournalException("disk full");
                }))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("disk full");
        SlowWriter writer = new SlowWriter();
        assertThat(commit.submit(new Events(3), writer)).isEqualTo(new SequenceRange(1, 3));
    }
}
