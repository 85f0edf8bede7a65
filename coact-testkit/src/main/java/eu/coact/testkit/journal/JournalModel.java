package eu.coact.testkit.journal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference model of a journal for {@link JournalContract}'s random histories: the events
 * appended so far, in order, and the sequence numbers whose payloads were erased. A journal under
 * test must answer every step and read back exactly as this model says.
 */
final class JournalModel {

    private final List<JournalEvent> appended = new ArrayList<>();
    private final Set<Long> redacted = new HashSet<>();

    /** Applies {@code step} to {@code journal} and to this model, checking what the journal answers. */
    void apply(Journal journal, JournalContract.Step step) {
        if (step instanceof JournalContract.Append a) {
            assertThat(journal.append(a.event())).isEqualTo(appended.size() + 1L);
            appended.add(a.event());
        } else if (step instanceof JournalContract.AppendBatch b) {
            assertThat(journal.appendAll(b.events()))
                    .isEqualTo(new SequenceRange(
                            appended.size() + 1L,
                            appended.size() + (long) b.events().size()));
            appended.addAll(b.events());
        } else if (step instanceof JournalContract.Redact r) {
            if (!appended.isEmpty()) {
                long sequence = 1 + (long) Math.min(appended.size() - 1, Math.floor(r.where() * appended.size()));
                assertThat(journal.redact(sequence)).isEqualTo(redacted.add(sequence));
            }
        } else if (step instanceof JournalContract.RedactSubject s) {
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
