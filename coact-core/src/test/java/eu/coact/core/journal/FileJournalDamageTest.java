package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening never cuts acknowledged entries: only a torn final record goes without asking; more
 * damage refuses to open, naming segment, offset and what would be lost, until an explicit
 * repair cuts it and keeps the bytes.
 */
class FileJournalDamageTest {

    @TempDir
    Path dir;

    private void append(int count, Optional<CheckpointSigner> signer) {
        FileJournalBuilder builder = FileJournal.builder(dir);
        signer.ifPresent(builder::signedBy);
        try (FileJournal journal = builder.open()) {
            for (int i = 0; i < count; i++) {
                journal.append(JournalEvent.of(
                        Instant.ofEpochSecond(i), "answer.given", ("answer " + i).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void damageFromOneRecordToTheEndRefusesToOpenAndSaysHowManyEntriesWouldBeLost() {
        append(700, Optional.empty());
        Path segment = SegmentFiles.onlySegment(dir);
        long offset = SegmentFiles.offsetOf(segment, 9);
        byte[] bytes = SegmentFiles.read(segment);
        // One byte flipped in the body of every record from the tenth on: 691 acknowledged entries.
        List<byte[]> frames = SegmentFiles.frames(segment);
        for (long at = offset, i = 9; i < frames.size(); at += frames.get((int) i).length, i++) {
            bytes[(int) at + 20] ^= 0x55;
        }
        SegmentFiles.write(segment, bytes);

        assertThatThrownBy(() -> FileJournal.open(dir))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(segment.getFileName().toString())
                .hasMessageContaining("byte offset " + offset)
                .hasMessageContaining("about 691 entries")
                .hasMessageContaining("repair");
        assertThat(SegmentFiles.read(segment)).as("nothing changed on disk").isEqualTo(bytes);
    }

    @Test
    void garbageOverTheTailIsNotATornRecord() {
        append(50, Optional.empty());
        Path segment = SegmentFiles.onlySegment(dir);
        long offset = SegmentFiles.offsetOf(segment, 40);
        byte[] bytes = SegmentFiles.read(segment);
        byte[] noise = new byte[bytes.length - (int) offset];
        new Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, (int) offset, noise.length);
        SegmentFiles.write(segment, bytes);

        assertThatThrownBy(() -> FileJournal.open(dir))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("byte offset " + offset);
    }

    @Test
    void repairCutsTheDamageKeepsTheBytesAsideAndTheJournalOpensAgain() {
        append(700, Optional.empty());
        Path segment = SegmentFiles.onlySegment(dir);
        long offset = SegmentFiles.offsetOf(segment, 9);
        byte[] bytes = SegmentFiles.read(segment);
        bytes[(int) offset + 20] ^= 0x55;
        bytes[bytes.length - 3] ^= 0x55;
        SegmentFiles.write(segment, bytes);

        JournalRepair repair = FileJournal.repair(dir).orElseThrow();

        assertThat(repair.segment()).isEqualTo(segment.getFileName().toString());
        assertThat(repair.offset()).isEqualTo(offset);
        assertThat(repair.bytes()).isEqualTo(bytes.length - offset);
        assertThat(repair.entries()).isEqualTo(691);
        assertThat(SegmentFiles.read(repair.keptAt())).isEqualTo(Arrays.copyOfRange(bytes, (int) offset, bytes.length));
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.lastSequence()).isEqualTo(9);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(9));
        }
        assertThat(FileJournal.repair(dir)).as("nothing left to repair").isEmpty();
    }

    @Test
    void aDamagedLastRecordThatASignedCheckpointVouchesForIsNotCut() {
        append(5, Optional.of(CheckpointSigner.ed25519(new byte[32])));
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] bytes = SegmentFiles.read(segment);
        bytes[bytes.length - 3] ^= 0x55;
        SegmentFiles.write(segment, bytes);

        assertThatThrownBy(() -> FileJournal.open(dir))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("a signed checkpoint vouches for entries up to #5");
    }

    @Test
    void aTornFinalRecordWithoutACheckpointForItIsStillCut() {
        append(5, Optional.empty());
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] bytes = SegmentFiles.read(segment);
        SegmentFiles.write(segment, Arrays.copyOf(bytes, bytes.length - 3));
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.lastSequence()).isEqualTo(4);
        }
    }
}
