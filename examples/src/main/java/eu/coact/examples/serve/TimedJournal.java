package eu.coact.examples.serve;

import eu.coact.core.journal.ForwardingJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import java.util.List;
import java.util.Objects;

/**
 * A journal that times its appends for the operators' metrics and otherwise does exactly what
 * the journal it wraps does. Closing it closes the wrapped journal.
 */
final class TimedJournal extends ForwardingJournal {

    private final ServeMetrics metrics;

    TimedJournal(Journal journal, ServeMetrics metrics) {
        super(journal);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public long append(JournalEvent event) {
        long start = System.nanoTime();
        try {
            return super.append(event);
        } finally {
            metrics.appended(System.nanoTime() - start);
        }
    }

    @Override
    public SequenceRange appendAll(List<JournalEvent> events) {
        long start = System.nanoTime();
        try {
            return super.appendAll(events);
        } finally {
            metrics.appended(System.nanoTime() - start);
        }
    }

    @Override
    public String toString() {
        return "TimedJournal[" + delegate() + "]";
    }
}
