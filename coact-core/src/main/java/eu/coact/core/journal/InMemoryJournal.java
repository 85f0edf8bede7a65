package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.internal.ChainHash;
import eu.coact.core.journal.internal.ChainVerifier;
import eu.coact.core.journal.internal.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A journal held in memory: the same chain, redaction and verification as the durable ones,
 * but <b>not durable</b> — everything is gone when the process ends. For tests, simulations and
 * trying out content; a study uses {@code FileJournal} or {@code JdbcJournal}.
 */
public final class InMemoryJournal implements Journal {

    private final List<StoredRecord> records = new ArrayList<>();
    private byte[] lastHash = ChainHash.GENESIS;
    private boolean closed;

    /** An empty journal. */
    public InMemoryJournal() {}

    @Override
    public synchronized long append(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        ensureOpen();
        StoredRecord record = StoredRecord.seal(records.size() + 1L, event, lastHash);
        records.add(record);
        lastHash = record.hash();
        return record.sequence();
    }

    @Override
    public synchronized SequenceRange appendAll(List<JournalEvent> events) {
        ensureOpen();
        List<JournalEvent> copy = List.copyOf(events);
        long first = records.size() + 1L;
        for (JournalEvent event : copy) {
            append(event);
        }
        return new SequenceRange(first, first + copy.size() - 1);
    }

    @Override
    public synchronized long lastSequence() {
        return records.size();
    }

    @Override
    public synchronized Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        if (fromInclusive < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        int from = (int) Math.min(fromInclusive - 1, records.size());
        int to = (int) Math.min(toInclusive, records.size());
        if (to <= from) {
            return Stream.empty();
        }
        return List.copyOf(records.subList(from, to)).stream().map(StoredRecord::toEntry);
    }

    @Override
    public synchronized Stream<JournalEntry> readSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        return records.stream().filter(r -> subject.equals(r.subject())).map(StoredRecord::toEntry).toList().stream();
    }

    @Override
    public synchronized boolean redact(long sequence) {
        if (sequence < 1 || sequence > records.size()) {
            throw new IllegalArgumentException("no journal entry #" + sequence);
        }
        StoredRecord record = records.get((int) sequence - 1);
        if (record.redacted()) {
            return false;
        }
        records.set((int) sequence - 1, record.redact());
        return true;
    }

    @Override
    public synchronized int redactSubject(Pseudonym subject) {
        Objects.requireNonNull(subject, "subject");
        int count = 0;
        for (int i = 0; i < records.size(); i++) {
            StoredRecord record = records.get(i);
            if (subject.equals(record.subject()) && !record.redacted()) {
                records.set(i, record.redact());
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized Verification verify() {
        ChainVerifier verifier = new ChainVerifier();
        for (StoredRecord record : records) {
            if (!verifier.accept(record)) {
                break;
            }
        }
        return verifier.result();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("the journal is closed");
        }
    }

    /** Test access to the stored records, for tamper tests in this module. */
    synchronized List<StoredRecord> records() {
        return records;
    }
}
