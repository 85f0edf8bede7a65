package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attack on a journal of several segments: the last segment file is deleted. */
class FileJournalSegmentTamperTest {

    private static final CheckpointSigner OWNER = CheckpointSigner.ed25519(new byte[32]);
    private static final TrustedKeys KEYS = TrustedKeys.of(OWNER.publicKey());

    @TempDir
    Path dir;

    private Anchor writeSegments() {
        try (FileJournal journal = FileJournal.builder(dir)
                .segmentBytes(4096)
                .signedBy(OWNER)
                .checkpoints(CheckpointPolicy.everyCommit())
                .open()) {
            for (int i = 0; i < 120; i++) {
                journal.append(JournalEvent.of(
                        Instant.ofEpochSecond(i),
                        "note",
                        ("entry " + i + " " + "x".repeat(60)).getBytes(StandardCharsets.UTF_8)));
            }
            return journal.anchor().orElseThrow();
        }
    }

    @Test
    void aDeletedLastSegmentIsFoundByTheCheckpointsAndWithThemCutByTheAnchor() {
        Anchor anchor = writeSegments();
        List<Path> segments = SegmentFiles.segments(dir);
        assertThat(segments).hasSizeGreaterThan(2);
        Path last = segments.get(segments.size() - 1);
        long remaining = Long.parseLong(last.getFileName().toString().replaceAll("\\D", "")) - 1;
        new Attacker(dir).delete(last);

        Verification withKeys;
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.lastSequence()).isEqualTo(remaining);
            withKeys = journal.verify(KEYS);
            assertThat(((Verification.Broken) journal.verify(TrustedKeys.none(), anchor)).reason())
                    .contains("entries were cut");
        }
        assertThat(((Verification.Broken) withKeys).reason()).contains("entries were cut");

        Attacker attacker = new Attacker(dir);
        attacker.cutCheckpointsTo(attacker.checkpointsUpTo(remaining));
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify(KEYS)).isEqualTo(new Verification.Intact(remaining));
            Verification withAnchor = journal.verify(TrustedKeys.none(), anchor);
            assertThat(((Verification.Broken) withAnchor).reason()).contains("entries were cut");
        }
    }
}
