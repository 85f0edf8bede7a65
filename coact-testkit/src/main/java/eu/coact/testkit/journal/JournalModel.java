package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import eu.coact.testkit.journal.JournalContract.Append;
import eu.coact.testkit.journal.JournalContract.AppendBatch;
import eu.coact.testkit.journal.JournalContract.Redact;
import eu.coact.testkit.journal.JournalContract.RedactSubject;
import eu.coact.testkit.journal.JournalContract.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * {@link JournalContract}'s random histories and the reference model they are checked against:
 * the events appended so far, in order, and the sequence numbers whose payloads were erased. A
 * journal under test must answer every step and read back exactly as this model says.
 */
final class JournalModel {

    private final List<JournalEvent> appended = new ArrayList<>();
    private final Set<Long> redacted = new HashSet<>();

    /** Random histories of appends, batches and redactions, about the contract's subjects. */
    static Arbitrary<List<Step>> histories() {
        Arbitrary<JournalEvent> events = Combinators.combine(
                        Arbitraries.of(JournalContract.SUBJECTS),
                        Arbitraries.longs().between(1_500_000_000L, 1_900_000_000L),
                        Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.of("consent.granted", "consent.withdrawn", "answer.given", "study.note"),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                .as((subject, seconds, nanos, type, payload) -> {
                    Instant at = Instant.ofEpochSecond(seconds, nanos);
                    return subject.map(s -> JournalEvent.about(s, at, type, payload))
                            .orElseGet(() -> JournalEvent.of(at, type, payload));
                });
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, events.map(Append::new)),
                net.jqwik.api.Tuple.of(
                        3, events.list().ofMinSize(1).ofMaxSize(6).map(AppendBatch::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(0, 1).map(Redact::new)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(JournalContract.SUBJECTS.subList(1, 4))
                                .map(s -> new RedactSubject(s.orElseThrow()))));
        return step.list().ofMaxSize(25);
    }

    /** Applies {@code step} to {@code journal} and to this model, checking what the journal answers. */
    void apply(Journal journal, Step step) {
        if (step instanceof Append a) {
            assertThat(journal.append(a.event())).isEqualTo(appended.size() + 1L);
            appended.add(a.event());
        } else if (step instanceof AppendBatch b) {
            assertThat(journal.appendAll(b.events()))
                    .isEqualTo(new SequenceRange(
                            appended.size() + 1L,
                            appended.size() + (long) b.events().size()));
            appended.addAll(b.events());
        } else if (step instanceof Redact r) {
            if (!appended.isEmpty()) {
                long sequence = 1 + (long) Math.min(appended.size() - 1, Math.floor(r.where() * appended.size()));
                assertThat(journal.redact(sequence)).isEqualTo(redacted.add(sequence));
            }
        } else if (step instanceof RedactSubject s) {
            int expected = 0;
            for (int i = 0; i < appended.size(); i++) {
                if (appended.get(i).subject().equals(Optional.of(s.subject())) && redacted.add(i + 1L)) {
                    expected++;
                }
            }
            assertThat(journal.redactSubject(s.subject())).isEqualTo(expected);
        }
    }

    /** Asserts that {@code journal} reads back and verifies as this model says. */
    void assertMatches(Journal journal) {
        List<JournalEntry> entries = JournalContract.readAll(journal);
        assertThat(journal.lastSequence()).isEqualTo(appended.size());
        assertThat(entries).hasSize(appended.size());
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            JournalEvent event = appended.get(i);
            assertThat(entry.sequence()).isEqualTo(i + 1L);
            assertThat(entry.at()).isEqualTo(event.at());
            assertThat(entry.type()).isEqualTo(event.type());
            assertThat(entry.subject()).isEqualTo(event.subject());
            if (redacted.contains(i + 1L)) {
                assertThat(entry.isRedacted()).isTrue();
                assertThat(entry.payload()).isEmpty();
            } else {
                assertThat(entry.event()).contains(event);
            }
        }
        for (Optional<Pseudonym> subject : JournalContract.SUBJECTS.subList(1, 4)) {
            List<Long> expected = new ArrayList<>();
            for (int i = 0; i < appended.size(); i++) {
                if (appended.get(i).subject().equals(subject)) {
                    expected.add(i + 1L);
                }
            }
            assertThat(JournalContract.sequences(journal.readSubject(subject.orElseThrow())))
                    .isEqualTo(expected);
        }
        assertThat(journal.verify()).isEqualTo(new Verification.Intact(appended.size()));
        // One pass that reads and verifies hands over exactly what reading hands over.
        List<JournalEntry> verified = new ArrayList<>();
        assertThat(journal.readVerified(verified::add)).isEqualTo(new Verification.Intact(appended.size()));
        assertThat(verified).isEqualTo(entries);
    }
}
