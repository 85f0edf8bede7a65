package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Journal} promises, as JUnit 5 tests and jqwik properties: whoever
 * writes a journal store extends this class in a test and runs the same contract as the SDK's
 * own file, JDBC and in-memory journals.
 *
 * <p>A subclass says how to open a named journal ({@link #open}: empty the first time, as it was
 * left when opened again), how to remove it ({@link #dispose}), whether it survives closing
 * ({@link #durable}), and how someone with access to its storage would change it behind its
 * back ({@link #tamper}): the contract checks that {@link Journal#verify()} finds each such
 * change at the right entry. Every test and every property try uses a fresh name.
 */
public abstract class JournalContract {

    /** Three participants and "nobody", for events with and without a subject. */
    protected static final List<Optional<Pseudonym>> SUBJECTS = List.of(
            Optional.empty(),
            Optional.of(Pseudonym.of("participant-aaaaaaaaaaaa")),
            Optional.of(Pseudonym.of("participant-bbbbbbbbbbbb")),
            Optional.of(Pseudonym.of("participant-cccccccccccc")));

    /**
     * Opens the journal called {@code name}: empty the first time, holding what was appended
     * before when opened again after {@link Journal#close()} (if {@link #durable()}).
     */
    protected abstract Journal open(String name);

    /** Removes whatever the journal called {@code name} stored; called after each test. */
    protected void dispose(String name) {}

    /** Whether a journal opened again after closing still holds its entries. */
    protected boolean durable() {
        return true;
    }

    /** Tampers with the stored journal called {@code name}, which the test has closed if durable. */
    protected abstract Tamper tamper(String name);

    /** A name no other test uses, lower case letters and digits starting with a letter. */
    protected String freshName() {
        return "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    // ----------------------------------------------------------------------------- appending

    /** Appends number entries 1, 2, 3, … with no gap, single events and batches alike. */
    @Test
    public void appendGivesConsecutiveSequenceNumbersFromOne() {
        inFreshJournal((name, journal) -> {
            assertThat(journal.lastSequence()).isZero();
            assertThat(journal.append(event(0, 1))).isEqualTo(1);
            assertThat(journal.append(event(1, 2))).isEqualTo(2);
            assertThat(journal.appendAll(List.of(event(2, 3), event(3, 4), event(0, 5))))
                    .isEqualTo(new SequenceRange(3, 5));
            assertThat(journal.lastSequence()).isEqualTo(5);
        });
    }

    /** An empty batch appends nothing and names the range that would have come next. */
    @Test
    public void appendingAnEmptyBatchChangesNothing() {
        inFreshJournal((name, journal) -> {
            journal.append(event(1, 1));
            SequenceRange range = journal.appendAll(List.of());
            assertThat(range.size()).isZero();
            assertThat(range.first()).isEqualTo(2);
            assertThat(journal.lastSequence()).isEqualTo(1);
        });
    }

    /** What is read back equals what was appended, and each entry names the hash of the one before. */
    @Test
    public void entriesReadBackEqualWhatWasAppendedAndLinkIntoAChain() {
        inFreshJournal((name, journal) -> {
            List<JournalEvent> events = List.of(event(0, 1), event(1, 2), event(2, 3), event(1, 4));
            journal.appendAll(events.subList(0, 2));
            journal.append(events.get(2));
            journal.append(events.get(3));
            List<JournalEntry> entries = readAll(journal);
            assertThat(entries).extracting(e -> e.event().orElseThrow()).containsExactlyElementsOf(events);
            assertThat(entries).extracting(JournalEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).previousHash())
                        .isEqualTo(entries.get(i - 1).hash());
            }
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
        });
    }

    /** A range read returns exactly the entries in it; sequence numbers start at 1. */
    @Test
    public void readingARangeReturnsOnlyThatRangeAndNothingPastTheEnd() {
        inFreshJournal((name, journal) -> {
            for (int i = 1; i <= 10; i++) {
                journal.append(event(i % 4, i));
            }
            assertThat(sequences(journal.read(3, 5))).containsExactly(3L, 4L, 5L);
            assertThat(sequences(journal.read(9, 100))).containsExactly(9L, 10L);
            assertThat(sequences(journal.read(11, 20))).isEmpty();
            assertThat(sequences(journal.read(5, 4))).isEmpty();
            assertThatThrownBy(() -> journal.read(0, 3)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    /** Reading by subject returns that participant's entries, in order, and nobody else's. */
    @Test
    public void readingBySubjectReturnsThatParticipantsEntriesInOrder() {
        inFreshJournal((name, journal) -> {
            for (int i = 1; i <= 12; i++) {
                journal.append(event(i % 4, i));
            }
            Pseudonym b = SUBJECTS.get(2).orElseThrow();
            assertThat(sequences(journal.readSubject(b))).containsExactly(2L, 6L, 10L);
            assertThat(sequences(journal.readSubject(Pseudonym.of("nobody-appended-for-me"))))
                    .isEmpty();
        });
    }

    /** An empty journal is intact and reads nothing. */
    @Test
    public void anEmptyJournalVerifiesAndReadsNothing() {
        inFreshJournal((name, journal) -> {
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(0));
            assertThat(readAll(journal)).isEmpty();
        });
    }

    /** A closed journal refuses appends with a {@link JournalException}. */
    @Test
    public void appendingAfterCloseFails() {
        String name = freshName();
        try {
            Journal journal = open(name);
            journal.append(event(0, 1));
            journal.close();
            assertThatThrownBy(() -> journal.append(event(0, 2))).isInstanceOf(JournalException.class);
        } finally {
            dispose(name);
        }
    }

    /** A payload buffer is a read-only view of the stored bytes. */
    @Test
    public void aPayloadBufferShowsTheStoredBytesAndCannotChangeThem() {
        inFreshJournal((name, journal) -> {
            journal.append(event(1, 1));
            JournalEntry entry = readAll(journal).get(0);
            java.nio.ByteBuffer view = entry.payloadBuffer().orElseThrow();
            byte[] seen = new byte[view.remaining()];
            view.duplicate().get(seen);

            assertThat(seen).isEqualTo(entry.payload().orElseThrow());
            assertThat(view.isReadOnly()).isTrue();
            assertThatThrownBy(() -> view.put(0, (byte) 'x')).isInstanceOf(java.nio.ReadOnlyBufferException.class);
            assertThat(readAll(journal).get(0).payload().orElseThrow())
                    .isEqualTo(event(1, 1).payload());
        });
    }

    // ----------------------------------------------------------------------------- erasure

    /** Redaction erases a payload but keeps its digest, so the chain still verifies. */
    @Test
    public void redactionErasesThePayloadButKeepsItsDigestSoTheChainStillVerifies() {
        inFreshJournal((name, journal) -> {
            journal.append(event(1, 1));
            journal.append(event(2, 2));
            journal.append(event(3, 3));
            JournalEntry before = readAll(journal).get(1);

            assertThat(journal.redact(2)).isTrue();

            JournalEntry after = readAll(journal).get(1);
            assertThat(after.isRedacted()).isTrue();
            assertThat(after.payload()).isEmpty();
            assertThat(after.payloadBuffer()).isEmpty();
            assertThat(after.event()).isEmpty();
            assertThat(after.payloadDigest()).isEqualTo(before.payloadDigest());
            assertThat(after.hash()).isEqualTo(before.hash());
            assertThat(after.type()).isEqualTo(before.type());
            assertThat(after.subject()).isEqualTo(before.subject());
            assertThat(journal.verify()).isEqualTo(new Verification.Intact(3));
        });
    }

    /** Redacting twice is harmless; redacting an entry that does not exist is refused. */
    @Test
    public void redactingTwiceIsHarmlessAndUnknownEntriesAreRefused() {
        inFreshJournal((name, journal) -> {
            journal.append(event(1, 1));
            assertThat(journal.redact(1)).isTrue();
            assertThat(journal.redact(1)).isFalse();
            assertThatThrownBy(() -> journal.redact(2)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> journal.redact(0)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    /** Redacting a subject erases every entry about them and nothing else. */
    @Test
    public void redactingASubjectErasesEveryEntryAboutThemAndNothingElse() {
        inFreshJournal((name, journal) -> {
            for (int i = 1; i <= 9; i++) {
                journal.append(event(i % 4, i));
            }
            Pseudonym a = SUBJECTS.get(1).orElseThrow();
            assertThat(journal.redactSubject(a)).isEqualTo(3);
            assertThat(journal.redactSubject(a)).isZero();
            for (JournalEntry entry : readAll(journal)) {
                assertThat(entry.isRedacted())
                        .as("entry %s", entry)
                        .isEqualTo(entry.subject().equals(Optional.of(a)));
            }
            assertThat(journal.readSubject(a).toList()).hasSize(3).allMatch(JournalEntry::isRedacted);
            assertThat(journal.verify().isIntact()).isTrue();
        });
    }

    // ----------------------------------------------------------------------------- reopening

    /** A durable journal opened again holds everything and continues the chain. */
    @Test
    public void aReopenedJournalHoldsEverythingAndContinuesTheChain() {
        assumeTrue(durable(), "this journal is not durable");
        String name = freshName();
        try {
            List<JournalEntry> before;
            try (Journal journal = open(name)) {
                journal.appendAll(List.of(event(1, 1), event(2, 2)));
                journal.append(event(0, 3));
                journal.redact(2);
                before = readAll(journal);
            }
            try (Journal journal = open(name)) {
                assertThat(readAll(journal)).isEqualTo(before);
                assertThat(journal.lastSequence()).isEqualTo(3);
                assertThat(journal.append(event(3, 4))).isEqualTo(4);
                assertThat(readAll(journal).get(3).previousHash())
                        .isEqualTo(before.get(2).hash());
                assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
            }
            try (Journal journal = open(name)) {
                assertThat(journal.lastSequence()).isEqualTo(4);
                assertThat(journal.verify()).isEqualTo(new Verification.Intact(4));
                assertThat(sequences(journal.readSubject(SUBJECTS.get(1).orElseThrow())))
                        .containsExactly(1L);
            }
        } finally {
            dispose(name);
        }
    }

    // ----------------------------------------------------------------------------- concurrency

    /** Concurrent appenders leave no gap, keep each thread's order and each batch together. */
    @Test
    public void concurrentAppendersLeaveNoGapsAndAnIntactChain() throws Exception {
        inFreshJournal((name, journal) -> ConcurrentAppenders.check(journal, 8, 40));
    }

    // ----------------------------------------------------------------------------- tampering

    /** A payload changed in storage is found at its entry. */
    @Test
    public void aModifiedPayloadIsFoundAtItsEntry() {
        assertTamperFound(t -> t.replacePayload(5, "forged".getBytes(StandardCharsets.UTF_8)), 5);
    }

    /** A type changed in storage is found at its entry. */
    @Test
    public void aModifiedTypeIsFoundAtItsEntry() {
        assertTamperFound(t -> t.replaceType(4, "consent.withdrawn"), 4);
    }

    /** An entry removed from storage is found where it is missing. */
    @Test
    public void aDroppedEntryIsFoundWhereItIsMissing() {
        assertTamperFound(t -> t.drop(6), 6);
    }

    /** An entry copied in storage is found right after the original. */
    @Test
    public void anInsertedEntryIsFoundRightAfterTheOriginal() {
        assertTamperFound(t -> t.duplicate(3), 4);
    }

    /** Two entries swapped in storage are found at the first moved one. */
    @Test
    public void reorderedEntriesAreFoundAtTheFirstMovedOne() {
        assertTamperFound(t -> t.swapWithNext(7), 7);
    }

    /** Removing the first entry is found at sequence 1. */
    @Test
    public void droppingTheFirstEntryIsFound() {
        assertTamperFound(t -> t.drop(1), 1);
    }

    private void assertTamperFound(java.util.function.Consumer<Tamper> change, long firstBad) {
        TamperDetection.assertFound(this, change, firstBad);
    }

    // ----------------------------------------------------------------------------- properties

    /** One step of a random history. */
    protected sealed interface Step permits Append, AppendBatch, Redact, RedactSubject {}

    /** Appends one event. */
    protected record Append(JournalEvent event) implements Step {}

    /** Appends a batch. */
    protected record AppendBatch(List<JournalEvent> events) implements Step {}

    /** Redacts the entry at this fraction of the journal's length (nothing if it is empty). */
    protected record Redact(double where) implements Step {}

    /** Redacts every entry about a subject. */
    protected record RedactSubject(Pseudonym subject) implements Step {}

    /** Random histories of appends, batches and redactions (jqwik provider). */
    @Provide
    protected Arbitrary<List<Step>> histories() {
        return JournalModel.histories();
    }

    /** Any history of appends and redactions reads back as a model of it says, and verifies; again after reopening. */
    @Property(tries = 25)
    public void anyHistoryReadsBackAsAppendedExceptErasedPayloadsAndVerifies(@ForAll("histories") List<Step> history) {
        String name = freshName();
        try {
            JournalModel model = new JournalModel();
            try (Journal journal = open(name)) {
                for (Step step : history) {
                    model.apply(journal, step);
                }
                model.assertMatches(journal);
            }
            if (durable()) {
                try (Journal journal = open(name)) {
                    model.assertMatches(journal);
                }
            }
        } finally {
            dispose(name);
        }
    }

    /** Any range reads exactly the entries in it. */
    @Property(tries = 20)
    public void anyRangeReadsExactlyTheEntriesInIt(@ForAll("ranges") long[] range) {
        inFreshJournal((name, journal) -> {
            for (int i = 1; i <= 12; i++) {
                journal.append(event(i % 4, i));
            }
            List<Long> expected = new ArrayList<>();
            for (long s = range[0]; s <= Math.min(range[1], 12); s++) {
                expected.add(s);
            }
            assertThat(sequences(journal.read(range[0], range[1]))).isEqualTo(expected);
        });
    }

    /** Random ranges, some empty and some past the end (jqwik provider). */
    @Provide
    protected Arbitrary<long[]> ranges() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 15), Arbitraries.longs().between(0, 15))
                .as((from, to) -> new long[] {from, to});
    }

    // ----------------------------------------------------------------------------- helpers

    /** A test body that gets a fresh, open journal and its name. */
    @FunctionalInterface
    protected interface JournalTest {
        void run(String name, Journal journal) throws Exception;
    }

    /** Runs a test against a fresh journal, then closes and disposes of it. */
    protected void inFreshJournal(JournalTest test) {
        String name = freshName();
        try (Journal journal = open(name)) {
            test.run(name, journal);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            dispose(name);
        }
    }

    /** A small event about subject {@code SUBJECTS.get(subject)} whose payload names {@code n}. */
    protected static JournalEvent event(int subject, int n) {
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n).plusNanos(n);
        byte[] payload = ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
        return SUBJECTS.get(subject)
                .map(s -> JournalEvent.about(s, at, "answer.given", payload))
                .orElseGet(() -> JournalEvent.of(at, "study.note", payload));
    }

    /** Every entry, read with the stream closed afterwards. */
    protected static List<JournalEntry> readAll(Journal journal) {
        try (Stream<JournalEntry> entries = journal.readAll()) {
            return entries.toList();
        }
    }

    /** The sequence numbers of a stream of entries, closing it. */
    protected static List<Long> sequences(Stream<JournalEntry> entries) {
        try (entries) {
            return entries.map(JournalEntry::sequence).collect(Collectors.toList());
        }
    }
}
