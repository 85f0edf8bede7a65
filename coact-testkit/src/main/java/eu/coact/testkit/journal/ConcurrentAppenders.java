package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Appenders racing on one journal, for {@link JournalContract}: each thread appends events tagged
 * with its number and their order, every fifth one as a batch of two halves, so that the contract
 * can check no sequence number is lost or repeated, each thread's order holds and each batch
 * stays together.
 */
final class ConcurrentAppenders {

    private ConcurrentAppenders() {}

    /** Lets {@code threads} appenders add {@code perThread} tagged events each, then checks the journal. */
    static void check(Journal journal, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        if (i % 5 == 4) {
                            SequenceRange range =
                                    journal.appendAll(List.of(tagged(thread, i, 0), tagged(thread, i, 1)));
                            mine.add(range.first());
                            mine.add(range.last());
                            assertThat(range.size()).isEqualTo(2);
                        } else {
                            mine.add(journal.append(tagged(thread, i, 0)));
                        }
                    }
                    return mine;
                });
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> future : pool.invokeAll(tasks)) {
                all.addAll(future.get());
            }
            long expected = threads * (perThread + perThread / 5L);
            assertThat(journal.lastSequence()).isEqualTo(expected);
            assertThat(all).hasSize((int) expected);
            List<JournalEntry> entries = JournalContract.readAll(journal);
            assertThat(JournalContract.sequences(entries.stream()))
                    .isEqualTo(Stream.iterate(1L, s -> s + 1).limit(expected).toList());
            // Each thread's events are in its own order, and a batch's two events are adjacent.
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                List<String> mine = entries.stream()
                        .map(ConcurrentAppenders::text)
                        .filter(s -> s.startsWith(prefix))
                        .toList();
                assertThat(mine).hasSize(perThread + perThread / 5);
                assertThat(mine).isSortedAccordingTo((x, y) -> Integer.compare(order(x), order(y)));
            }
            for (int i = 0; i < entries.size(); i++) {
                String tag = text(entries.get(i));
                if (tag.endsWith("-1")) {
                    assertThat(text(entries.get(i - 1)))
                            .as("the other half of batch %s", tag)
                            .isEqualTo(tag.substring(0, tag.length() - 1) + "0");
                }
            }
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(expected));
        } finally {
            pool.shutdownNow();
        }
    }

    private static JournalEvent tagged(int thread, int i, int half) {
        return JournalEvent.of(
                Instant.EPOCH,
                "test.tagged",
                ("t" + thread + "-" + i + "-" + (half == 0 && i % 5 != 4 ? "x" : String.valueOf(half)))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JournalEntry entry) {
        return new String(entry.payload().orElseThrow(), StandardCharsets.UTF_8);
    }

    private static int order(String tag) {
        String[] parts = tag.split("-");
        return Integer.parseInt(parts[1]) * 2 + (parts[2].equals("1") ? 1 : 0);
    }
}
