package eu.coact.core.journal;

import java.io.FileOutputStream;
import java.io.IOException;
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
 *
 * <p>Each line goes to a log file with one write call before the step it announces begins (and
 * after the one it reports has returned), and to standard output for watching. The test reads the
 * log file: a line in the file was written before the kill, whereas output still in the pipe
 * when the child dies can be lost by the parent's process handling.
 */
public final class CrashingAppender {

    /** Segment size used by the crash test, small so that kills also land around new segments. */
    static final long SEGMENT_BYTES = 64 * 1024;
    /** The key the child signs checkpoints with, so that crashes also hit signing and its recovery. */
    static final CheckpointSigner KEY = CheckpointSigner.ed25519(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
        31, 32
    });

    private CrashingAppender() {}

    /**
     * Appends until killed.
     *
     * @param args the journal directory, the run number, a random seed, the log file
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        long run = Long.parseLong(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        Log out = new Log(new FileOutputStream(args[3], true));
        long counter = 0;
        long firstOfRun = 0;
        try (out;
                FileJournal journal = FileJournal.builder(directory)
                        .segmentBytes(SEGMENT_BYTES)
                        .signedBy(KEY)
                        .open()) {
            out.println("open " + journal.lastSequence() + " .");
            firstOfRun = journal.lastSequence() + 1;
            while (true) {
                if (counter > 0 && random.nextInt(25) == 0) {
                    long target = firstOfRun + random.nextLong(journal.lastSequence() - firstOfRun + 1);
                    out.println("redacting " + target + " .");
                    journal.redact(target);
                    out.println("redacted " + target + " .");
                }
                int size = random.nextInt(4) == 0 ? 1 + random.nextInt(40) : 1;
                List<JournalEvent> events = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    events.add(event(run, counter + i));
                }
                SequenceRange range = size == 1 ? single(journal, events.get(0)) : journal.appendAll(events);
                out.println("ack " + range.first() + " " + range.last() + " " + run + " " + counter + " .");
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
        return JournalEvent.of(
                Instant.ofEpochSecond(1_700_000_000L + counter),
                "crash.test",
                (run + ":" + counter + ":" + "x".repeat((int) (counter % 97))).getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes each line to the log file in one call, then to standard output. */
    private static final class Log implements AutoCloseable {

        private final FileOutputStream file;

        Log(FileOutputStream file) {
            this.file = file;
        }

        void println(String line) throws IOException {
            byte[] bytes = (line + "\n").getBytes(StandardCharsets.US_ASCII);
            file.write(bytes);
            System.out.write(bytes);
            System.out.flush();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
