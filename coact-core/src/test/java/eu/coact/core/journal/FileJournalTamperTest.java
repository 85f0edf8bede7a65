package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.RedactionNote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker with the journal's files but not its signing key rewrites history in each way
 * the module README's threat-model table names; each row of that table is one test here. The
 * owner's checks are: {@code verify(keys)} (the owner's public key, no anchor) and
 * {@code verify(none, anchor)} (only an anchor kept elsewhere).
 */
class FileJournalTamperTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Pseudonym ANNA = Pseudonym.of("anna-0123456789abcdef");
    private static final CheckpointSigner OWNER = CheckpointSigner.ed25519(seed(1));
    private static final CheckpointSigner STRANGER = CheckpointSigner.ed25519(seed(2));
    private static final TrustedKeys KEYS = TrustedKeys.of(OWNER.publicKey());

    @TempDir
    Path dir;

    private Attacker attacker;
    private Anchor anchor;

    private static byte[] seed(int b) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) b);
        return seed;
    }

    private static JournalEvent answer(int i, String value) {
        return JournalEvent.about(ANNA, T0.plusSeconds(i), "answer.given", value.getBytes(StandardCharsets.UTF_8));
    }

    /** Twenty answers in commits of five, a checkpoint after each commit; the anchor is kept outside. */
    @BeforeEach
    void writeAJournalAndKeepItsAnchor() {
        attacker = new Attacker(dir);
        try (FileJournal journal = FileJournal.builder(dir)
                .signedBy(OWNER)
                .checkpoints(CheckpointPolicy.everyCommit())
                .open()) {
            for (int commit = 0; commit < 4; commit++) {
                int base = commit * 5;
                journal.appendAll(List.of(
                        answer(base, "A"),
                        answer(base + 1, "B"),
                        answer(base + 2, "A"),
                        answer(base + 3, "B"),
                        answer(base + 4, "A")));
            }
            anchor = journal.anchor().orElseThrow();
        }
        assertThat(anchor.sequence()).isEqualTo(20);
        assertThat(verify(KEYS)).isEqualTo(new Verification.Intact(20));
        assertThat(verify(TrustedKeys.none(), anchor)).isEqualTo(new Verification.Intact(20));
    }

    private Verification verify(TrustedKeys keys) {
        try (FileJournal journal = FileJournal.open(dir)) {
            return journal.verify(keys);
        }
    }

    private Verification verify(TrustedKeys keys, Anchor outside) {
        try (FileJournal journal = FileJournal.open(dir)) {
            return journal.verify(keys, outside);
        }
    }

    private static void assertBroken(Verification result, String because) {
        assertThat(result).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) result).reason()).contains(because);
    }

    @Test
    void aChangedAnswerWithTheChainRecomputedIsFoundByTheSignaturesAndByTheAnchor() {
        attacker.changePayload(7, "C".getBytes(StandardCharsets.UTF_8));
        assertBroken(verify(KEYS), "rewritten");
        assertBroken(verify(TrustedKeys.none(), anchor), "rewritten");
    }

    @Test
    void aChangedAnswerReSignedWithAnotherKeyIsFoundByTheKeysAndTheAnchorButNotWithoutEither() {
        attacker.changePayload(7, "C".getBytes(StandardCharsets.UTF_8));
        attacker.resignWith(STRANGER);
        assertBroken(verify(KEYS), "not trusted");
        assertBroken(verify(TrustedKeys.none(), anchor), "not trusted");
        // The documented limit: with neither the owner's key nor an anchor, a re-signed journal looks intact.
        assertThat(verify(TrustedKeys.none())).isEqualTo(new Verification.Intact(20));
    }

    @Test
    void readingWhileVerifyingFindsWhatTheSignaturesFindAndHandsOverTheIntactJournalWhole() {
        List<JournalEntry> intact = new java.util.ArrayList<>();
        try (FileJournal journal = FileJournal.builder(dir).trusting(KEYS).open()) {
            assertThat(journal.readVerified(intact::add)).isEqualTo(new Verification.Intact(20));
        }
        assertThat(intact)
                .extracting(JournalEntry::sequence)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        attacker.changePayload(7, "C".getBytes(StandardCharsets.UTF_8));
        attacker.resignWith(STRANGER);
        try (FileJournal journal = FileJournal.builder(dir).trusting(KEYS).open()) {
            assertBroken(journal.readVerified(e -> {}), "not trusted");
        }
    }

    @Test
    void aCutTailIsFoundByTheCheckpointsThatVouchForIt() {
        attacker.cutTailTo(15);
        assertBroken(verify(KEYS), "entries were cut");
        assertBroken(verify(TrustedKeys.none(), anchor), "entries were cut");
    }

    @Test
    void aCutTailWithTheCheckpointsCutToMatchIsFoundOnlyByTheAnchor() {
        attacker.cutTailTo(15);
        attacker.cutCheckpointsTo(attacker.checkpointsUpTo(15));
        assertThat(verify(KEYS)).isEqualTo(new Verification.Intact(15)).as("without the anchor: not detected");
        assertBroken(verify(TrustedKeys.none(), anchor), "entries were cut");
        assertBroken(verify(KEYS, anchor), "entries were cut");
    }

    @Test
    void replacedLastEntriesAreFoundByTheLastCheckpoint() {
        attacker.rewrite(records -> {
            List<eu.coact.core.journal.internal.StoredRecord> kept = records.subList(0, 18);
            return new java.util.ArrayList<>(kept);
        });
        attacker.rewrite(records -> {
            records.add(records.get(17));
            records.add(records.get(16));
            return records;
        });
        assertBroken(verify(KEYS), "rewritten");
        assertBroken(verify(TrustedKeys.none(), anchor), "rewritten");
    }

    @Test
    void replacedLastEntriesWithTheCheckpointsCutBackAreUncoveredAndFoundByTheAnchor() {
        attacker.rewrite(records -> {
            records.set(19, records.get(0));
            return records;
        });
        attacker.cutCheckpointsTo(attacker.checkpointsUpTo(15));
        assertBroken(verify(KEYS), "not covered by a signed checkpoint");
        assertBroken(verify(TrustedKeys.none(), anchor), "rewritten");
    }

    @Test
    void aForgedRedactionIsFoundByTheSignedRedactionState() {
        attacker.fakeRedaction(7);
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.readAll().filter(JournalEntry::isRedacted).count())
                    .isEqualTo(1);
        }
        assertBroken(verify(KEYS), "a redaction was forged");
        assertBroken(verify(TrustedKeys.none(), anchor), "a redaction was forged");
    }

    @Test
    void aForgedRedactionWithTheCheckpointFileDeletedIsFoundByTheKeysAndTheAnchor() {
        attacker.fakeRedaction(7);
        attacker.delete(dir.resolve(eu.coact.core.journal.internal.CheckpointFile.FILE_NAME));
        assertBroken(verify(KEYS), "no signed checkpoint");
        assertBroken(verify(TrustedKeys.none(), anchor), "checkpoint file was cut");
    }

    @Test
    void aForgedRedactionNoteIsCompletedOnOpenButThenFoundByTheSignedRedactionState() throws Exception {
        Path segment = SegmentFiles.onlySegment(dir);
        long offset = SegmentFiles.offsetOf(segment, 6);
        RedactionNote.write(
                dir,
                List.of(new RedactionNote.Overwrite(
                        1,
                        offset,
                        RecordFrame.redact(SegmentFiles.frames(segment).get(6)))),
                new byte[0]);
        assertBroken(verify(KEYS), "a redaction was forged");
        assertBroken(verify(TrustedKeys.none(), anchor), "a redaction was forged");
    }

    @Test
    void openingAForgedRedactionWithTheKeySignsNothingSoItStaysFound() {
        attacker.fakeRedaction(7);
        try (FileJournal journal = FileJournal.builder(dir).signedBy(OWNER).open()) {
            journal.append(answer(50, "A"));
            assertBroken(journal.verify(), "a redaction was forged");
            assertThat(journal.anchor()).isEmpty();
        }
        assertBroken(verify(KEYS), "a redaction was forged");
        assertBroken(verify(TrustedKeys.none(), anchor), "a redaction was forged");
    }

    @Test
    void entriesAppendedWithoutTheKeyAreNotCovered() {
        try (FileJournal journal = FileJournal.open(dir)) {
            journal.append(answer(99, "C"));
        }
        assertBroken(verify(KEYS), "not covered by a signed checkpoint");
        assertThat(verify(TrustedKeys.none(), anchor))
                .as("the anchor vouches only for what it covers")
                .isInstanceOf(Verification.Broken.class);
    }

    @Test
    void aRedactionMadeWithTheKeyVerifiesWithTheKeysAndTheEarlierAnchor() {
        try (FileJournal journal = FileJournal.builder(dir).signedBy(OWNER).open()) {
            assertThat(journal.redact(7)).isTrue();
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(20));
        }
        assertThat(verify(KEYS)).isEqualTo(new Verification.Intact(20));
        assertThat(verify(TrustedKeys.none(), anchor)).isEqualTo(new Verification.Intact(20));
    }

    @Test
    void theAnchorSurvivesAJsonRoundTripAndAnAlteredAnchorIsRefused() {
        Anchor read = Anchor.fromJson(anchor.toJson());
        assertThat(read).isEqualTo(anchor);
        Anchor altered = new Anchor(
                anchor.sequence() - 1,
                anchor.hash(),
                anchor.redactedEntries(),
                anchor.redactionDigest(),
                anchor.publicKey(),
                anchor.signature());
        assertBroken(verify(TrustedKeys.none(), altered), "does not match its signature");
    }
}
