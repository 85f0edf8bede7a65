package eu.coact.examples.serve;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A journal that times its appends for the operators' metrics and otherwise does exactly what
 * the journal it wraps does. Closing it closes the wrapped journal.
 */
final class TimedJournal implements Journal {

    private final Journal journal;
    private final ServeMetrics metrics;

    TimedJournal(Journal journal, ServeMetrics metrics) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public long append(JournalEvent event) {
        long start = System.nanoTime();
        try {
            return journal.append(event);
        } finally {
            metrics.appended(System.nanoTime() - start);
        }
    }

    @Override
    public SequenceRange appendAll(List<JournalEvent> events) {
        long start = System.nanoTime();
        try {
            return journal.appendAll(events);
        } finally {
            metrics.appended(System.nanoTime() - start);
        }
    }

    @Override
    public long lastSequence() {
        return journal.lastSequence();
    }

    @Override
    public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        return journal.read(fromInclusive, toInclusive);
    }

    @Override
    public Stream<JournalEntry> readSubject(Pseudonym subject) {
        return journal.readSubject(subject);
    }

    @Override
    public boolean redact(long sequence) {
        return journal.redact(sequence);
    }

    @Override
    public int redactSubject(Pseudonym subject) {
        return journal.redactSubject(subject);
    }

    @Override
    public Verification verify() {
        return journal.verify();
    }

    @Override
    public Optional<Anchor> anchor() {
        return journal.anchor();
    }

    @Override
    public void close() {
        journal.close();
    }

    @Override
    public String toString() {
        return "TimedJournal[" + journal + "]";
    }
}
