package eu.coact.core.journal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The child process of {@link FileJournalCrashTest}: opens a file journal, appends single events
 * and batches as fast as it can, and prints each acknowledged range until it is killed.
 *
 * <p>Output lines: {@code ack <first> <last> <run> <counter> .} — entries first..last hold the
 * payloads {@code run:counter}, {@code run:counter+1}, …; {@code redacting <sequence> .} before
 * and {@code redacted <sequence> .} after erasing an entry appended earlier in the same run. The
 * final dot shows the line is whole.
 */
public final class CrashingAppender {

    /** Segment size used by the crash test, small so that kills also land around new segments. */
    static final long SEGMENT_BYTES = 64 * 1024;

    private CrashingAppender() {
    }

    /**
     * Appends until killed.
     *
     * @param args the journal directory, the run number, a random seed
     */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        long run = Long.parseLong(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        long counter = 0;
        long firstOfRun = 0;
        try (FileJournal journal = FileJournal.open(directory, SEGMENT_BYTES)) {
            out.println("open " + journal.lastSequence() + " .");
            out.flush();
            firstOfRun = journal.lastSequence() + 1;
            while (true) {
                if (counter > 0 && random.nextInt(25) == 0) {
                    long target = firstOfRun + random.nextLong(journal.lastSequence() - firstOfRun + 1);
                    out.println("redacting " + target + " .");
                    out.flush();
                    journal.redact(target);
                    out.println("redacted " + target + " .");
                    out.flush();
                }
                int size = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1;
                List<JournalEvent> events = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    events.add(event(run, counter + i));
                }
                SequenceRange range = size == 1 ? single(journal, events.get(0)) : journal.appendAll(events);
                out.println("ack " + range.first() + " " + range.last() + " " + run + " " + counter + " .");
                out.flush();
                counter += size;
            }
        }
    }

    private static SequenceRange single(Journal journal, JournalEvent event) {
        long sequence = journal.append(event);
        return new SequenceRange(sequence, sequence);
    }

    /** The event the child appends as number {@code counter} of run {@code run}. */
    static JournalEvent event(long run, long counter) {
        return JournalEvent.of(Instant.ofEpochSecond(1_700_000_000L + counter), "crash.test",
                (run + ":" + counter + ":" + "x".repeat((int) (counter % 97))).getBytes(StandardCharsets.US_ASCII));
    }
}
