package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the moment a crash cuts the last segment short, opening keeps exactly the records
 * that are whole, verifies, and appends after them.
 */
class FileJournalRecoveryProperties {

    private static final Pseudonym SUBJECT = Pseudonym.of("participant-recovery-1");

    @Property(tries = 60)
    void aSegmentCutAtAnyByteKeepsEveryWholeRecord(
            @ForAll @IntRange(min = 1, max = 40) int count,
            @ForAll @IntRange(min = 0, max = 1_000_000) int cutSeed,
            @ForAll boolean zeroFill)
            throws IOException {
        Path dir = Files.createTempDirectory("coact-recovery");
        try {
            try (FileJournal journal = FileJournal.open(dir)) {
                for (int i = 0; i < count; i++) {
                    journal.append(JournalEvent.about(
                            SUBJECT,
                            Instant.ofEpochSecond(i),
                            "answer.given",
                            ("answer " + i + " " + "z".repeat(i * 7)).getBytes(StandardCharsets.UTF_8)));
                }
            }
            Path segment = SegmentFiles.onlySegment(dir);
            List<byte[]> frames = SegmentFiles.frames(segment);
            byte[] bytes = SegmentFiles.read(segment);
            int cut = cutSeed % (bytes.length + 1);
            long whole = 0;
            int end = 0;
            for (byte[] frame : frames) {
                if (end + frame.length > cut) {
                    break;
                }
                end += frame.length;
                whole++;
            }
            // A crash may also leave the file longer than what was written, filled with zeros.
            byte[] damaged =
                    zeroFill ? Arrays.copyOf(Arrays.copyOf(bytes, cut), bytes.length) : Arrays.copyOf(bytes, cut);
            SegmentFiles.write(segment, damaged);

            try (FileJournal journal = FileJournal.open(dir)) {
                assertThat(journal.lastSequence()).isEqualTo(whole);
                assertThat(journal.verify()).isEqualTo(new Verification.Intact(whole));
                assertThat(journal.append(JournalEvent.of(Instant.EPOCH, "after.crash", new byte[] {1})))
                        .isEqualTo(whole + 1);
            }
            assertThat(Arrays.copyOf(SegmentFiles.read(segment), end)).isEqualTo(Arrays.copyOf(bytes, end));
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
