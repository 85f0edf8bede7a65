package eu.coact.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.RecordFrame;
import eu.coact.core.journal.internal.RedactionNote;
import eu.coact.core.journal.internal.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileJournalTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Pseudonym ANNA = Pseudonym.of("anna-0123456789abcdef");
    private static final Pseudonym BERT = Pseudonym.of("bert-0123456789abcdef");

    @TempDir
    Path dir;

    private static JournalEvent event(int i) {
        return JournalEvent.about(
                i % 2 == 0 ? ANNA : BERT,
                T0.plusSeconds(i),
                "answer.given",
                ("{\"answer\":" + i + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<JournalEntry> all(Journal journal) {
        try (Stream<JournalEntry> entries = journal.readAll()) {
            return entries.toList();
        }
    }

    private void appendFive() {
        try (FileJournal journal = FileJournal.open(dir)) {
            for (int i = 1; i <= 5; i++) {
                journal.append(event(i));
            }
        }
    }

    @Test
    void aReopenedJournalHasEveryEntryAndContinuesTheChain() {
        List<JournalEntry> before;
        try (FileJournal journal = FileJournal.open(dir)) {
            journal.append(event(1));
            journal.appendAll(List.of(event(2), event(3)));
            before = all(journal);
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(all(journal)).isEqualTo(before);
            assertThat(journal.append(event(4))).isEqualTo(4);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
            assertThat(all(journal).stream().map(e -> e.event().orElseThrow()).toList())
                    .containsExactly(event(1), event(2), event(3), event(4));
        }
    }

    @ParameterizedTest(name = "cut {0} bytes into the last record")
    @ValueSource(ints = {1, 5, 11, 12, 40, 100})
    void aTornLastRecordIsTruncatedOnOpenAndAppendingContinues(int keep) {
        appendFive();
        Path segment = SegmentFiles.onlySegment(dir);
        List<byte[]> frames = SegmentFiles.frames(segment);
        byte[] torn = Arrays.copyOf(frames.get(4), Math.min(keep, frames.get(4).length - 1));
        SegmentFiles.writeFrames(segment, List.of(frames.get(0), frames.get(1), frames.get(2), frames.get(3), torn));

        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.lastSequence()).isEqualTo(4);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
            assertThat(journal.append(event(9))).isEqualTo(5);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(5));
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.read(5, 5).findFirst().orElseThrow().event()).contains(event(9));
        }
    }

    @Test
    void zerosAfterTheLastRecordAreATornTailToo() {
        appendFive();
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] bytes = SegmentFiles.read(segment);
        SegmentFiles.write(segment, Arrays.copyOf(bytes, bytes.length + 4096));

        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(5));
        }
        assertThat(SegmentFiles.read(segment)).isEqualTo(bytes);
    }

    @Test
    void aDamagedRecordInTheMiddleIsReportedWithSegmentAndOffsetAndNothingIsChanged() {
        appendFive();
        Path segment = SegmentFiles.onlySegment(dir);
        long offset = SegmentFiles.offsetOf(segment, 2);
        byte[] bytes = SegmentFiles.read(segment);
        bytes[(int) offset + 40] ^= 0x01;
        SegmentFiles.write(segment, bytes);

        assertThatThrownBy(() -> FileJournal.open(dir))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(segment.getFileName().toString())
                .hasMessageContaining("byte offset " + offset)
                .hasMessageContaining("entry #3")
                .hasMessageContaining("checksum");
        assertThat(SegmentFiles.read(segment)).isEqualTo(bytes);
        // The failed open released the directory: after a repair, the journal opens again.
        bytes[(int) offset + 40] ^= 0x01;
        SegmentFiles.write(segment, bytes);
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(5));
        }
    }

    @Test
    void aRecordCutShortInAnEarlierSegmentIsReportedNotTruncated() {
        try (FileJournal journal = FileJournal.open(dir, 4096)) {
            for (int i = 1; i <= 200; i++) {
                journal.append(event(i));
            }
        }
        List<Path> segments = SegmentFiles.segments(dir);
        assertThat(segments).hasSizeGreaterThan(2);
        Path first = segments.get(0);
        byte[] bytes = SegmentFiles.read(first);
        SegmentFiles.write(first, Arrays.copyOf(bytes, bytes.length - 7));

        assertThatThrownBy(() -> FileJournal.open(dir, 4096))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(first.getFileName().toString())
                .hasMessageContaining("runs past the end");
    }

    @Test
    void redactionOverwritesPayloadAndSaltOnDisk() {
        byte[] secret = "{\"answer\":\"my-unique-secret-answer\"}".getBytes(StandardCharsets.UTF_8);
        byte[] salt;
        try (FileJournal journal = FileJournal.open(dir)) {
            journal.append(event(1));
            journal.append(JournalEvent.about(ANNA, T0, "answer.given", secret));
            journal.append(event(3));
        }
        StoredRecord stored = SegmentFiles.decode(
                SegmentFiles.frames(SegmentFiles.onlySegment(dir)).get(1));
        salt = stored.salt();
        assertThat(SegmentFiles.indexOf(SegmentFiles.allBytes(dir), secret)).isNotNegative();
        assertThat(SegmentFiles.indexOf(SegmentFiles.allBytes(dir), salt)).isNotNegative();
        long sizeBefore = SegmentFiles.allBytes(dir).length;

        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.redact(2)).isTrue();
            assertThat(journal.redact(2)).isFalse();
            // Erased on disk already, while the journal is still open.
            assertThat(SegmentFiles.indexOf(SegmentFiles.allBytes(dir), secret)).isNegative();
            assertThat(SegmentFiles.indexOf(SegmentFiles.allBytes(dir), salt)).isNegative();
        }
        assertThat(SegmentFiles.allBytes(dir)).hasSize((int) sizeBefore);
        try (FileJournal journal = FileJournal.open(dir)) {
            JournalEntry entry = journal.read(2, 2).findFirst().orElseThrow();
            assertThat(entry.isRedacted()).isTrue();
            assertThat(entry.payloadDigest()).isEqualTo(stored.payloadDigest());
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(3));
            assertThat(journal.read(3, 3).findFirst().orElseThrow().event()).contains(event(3));
        }
    }

    @Test
    void aRedactionCutShortByACrashIsCompletedOnOpen() throws Exception {
        appendFive();
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] original = SegmentFiles.frames(segment).get(1);
        long offset = SegmentFiles.offsetOf(segment, 1);
        byte[] erased = RecordFrame.redact(original);
        // The crash came after the note was durable and half-way through overwriting the record.
        RedactionNote.write(dir, List.of(new RedactionNote.Overwrite(1, offset, erased)), new byte[0]);
        byte[] bytes = SegmentFiles.read(segment);
        System.arraycopy(erased, 0, bytes, (int) offset, erased.length / 2);
        SegmentFiles.write(segment, bytes);

        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.read(2, 2).findFirst().orElseThrow().isRedacted())
                    .isTrue();
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(5));
        }
        assertThat(dir.resolve(RedactionNote.FILE_NAME)).doesNotExist();
        assertThat(SegmentFiles.indexOf(SegmentFiles.read(segment), event(2).payload()))
                .isNegative();
    }

    @Test
    void aTornRedactionNoteWasNeverActedOnAndIsDiscarded() throws Exception {
        appendFive();
        Path segment = SegmentFiles.onlySegment(dir);
        byte[] before = SegmentFiles.read(segment);
        long offset = SegmentFiles.offsetOf(segment, 1);
        RedactionNote.write(
                dir,
                List.of(new RedactionNote.Overwrite(
                        1,
                        offset,
                        RecordFrame.redact(SegmentFiles.frames(segment).get(1)))),
                new byte[0]);
        Path note = dir.resolve(RedactionNote.FILE_NAME);
        byte[] noteBytes = SegmentFiles.read(note);
        SegmentFiles.write(note, Arrays.copyOf(noteBytes, noteBytes.length - 3));

        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.read(2, 2).findFirst().orElseThrow().event()).contains(event(2));
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(5));
        }
        assertThat(note).doesNotExist();
        assertThat(SegmentFiles.read(segment)).isEqualTo(before);
    }

    @Test
    void redactingASubjectErasesEachOfItsPayloadsOnDiskAcrossSegments() {
        List<byte[]> annasPayloads = new ArrayList<>();
        try (FileJournal journal = FileJournal.open(dir, 4096)) {
            for (int i = 1; i <= 120; i++) {
                JournalEvent e = event(i);
                journal.append(e);
                if (e.subject().orElseThrow().equals(ANNA)) {
                    annasPayloads.add(e.payload());
                }
            }
            assertThat(journal.redactSubject(ANNA)).isEqualTo(60);
            assertThat(journal.redactSubject(ANNA)).isZero();
        }
        byte[] raw = SegmentFiles.allBytes(dir);
        assertThat(annasPayloads)
                .allSatisfy(p -> assertThat(SegmentFiles.indexOf(raw, p)).isNegative());
        assertThat(SegmentFiles.indexOf(raw, event(1).payload())).isNotNegative();
        try (FileJournal journal = FileJournal.open(dir, 4096)) {
            assertThat(journal.readSubject(ANNA)).hasSize(60).allMatch(JournalEntry::isRedacted);
            assertThat(journal.readSubject(BERT)).hasSize(60).noneMatch(JournalEntry::isRedacted);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(120));
        }
    }

    @Test
    void segmentsRollOverAndEveryReadWorksAcrossThem() {
        try (FileJournal journal = FileJournal.open(dir, 4096)) {
            for (int i = 1; i <= 150; i += 3) {
                journal.appendAll(List.of(event(i), event(i + 1), event(i + 2)));
            }
        }
        assertThat(SegmentFiles.segments(dir)).hasSizeGreaterThan(3);
        try (FileJournal journal = FileJournal.open(dir, 4096)) {
            assertThat(journal.lastSequence()).isEqualTo(150);
            assertThat(journal.read(60, 70).map(e -> e.event().orElseThrow()).toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(60, 70)
                            .mapToObj(FileJournalTest::event)
                            .toList());
            assertThat(journal.readSubject(BERT).map(JournalEntry::sequence).toList())
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 150)
                            .filter(s -> s % 2 == 1)
                            .boxed()
                            .toList());
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(150));
        }
    }

    @Test
    void aDirectoryHasOneOwnerAtATime() {
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThatThrownBy(() -> FileJournal.open(dir))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("already open");
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.lastSequence()).isZero();
        }
    }

    @Test
    void aClosedJournalRefusesAppendsAndReads() {
        FileJournal journal = FileJournal.open(dir);
        journal.append(event(1));
        journal.close();
        assertThatThrownBy(() -> journal.append(event(2))).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> journal.readAll()).isInstanceOf(JournalException.class);
    }

    @Test
    void concurrentAppendersGetDistinctSequenceNumbersWithoutGapsAndAnIntactChain() throws Exception {
        int threads = 8;
        int perThread = 60;
        Set<Long> sequences = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FileJournal journal = FileJournal.open(dir)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        if (i % 10 == 0) {
                            SequenceRange range = journal.appendAll(List.of(event(thread), event(thread)));
                            sequences.add(range.first());
                            sequences.add(range.last());
                        } else {
                            sequences.add(journal.append(event(thread)));
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            long total = threads * (perThread + perThread / 10);
            assertThat(journal.lastSequence()).isEqualTo(total);
            assertThat(sequences).hasSize((int) total);
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(total));
        } finally {
            pool.shutdownNow();
        }
        try (FileJournal journal = FileJournal.open(dir)) {
            assertThat(journal.verify().isIntact()).isTrue();
        }
    }
}
