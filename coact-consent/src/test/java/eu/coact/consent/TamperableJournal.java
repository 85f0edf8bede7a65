package eu.coact.consent;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.core.journal.Verification;
import eu.coact.core.journal.internal.ChainVerifier;
import eu.coact.core.journal.internal.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test-only journal on the shared chain definition whose stored records an attacker can alter:
 * flip a byte, drop, insert or reorder records, as someone with write access to the storage
 * could. Verification is the shared chain verifier, as in every real journal.
 */
final class TamperableJournal implements Journal {

    private final List<StoredRecord> records = new ArrayList<>();
    private byte[] lastHash = new byte[32];

    @Override
    public synchronized long append(JournalEvent event) {
        StoredRecord record = StoredRecord.seal(records.size() + 1L, event, lastHash);
        records.add(record);
        lastHash = record.hash();
        return record.sequence();
    }

    @Override
    public synchronized SequenceRange appendAll(List<JournalEvent> events) {
        long first = records.size() + 1L;
        events.forEach(this::append);
        return new SequenceRange(first, first + events.size() - 1);
    }

    @Override
    public synchronized long lastSequence() {
        return records.size();
    }

    @Override
    public synchronized Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
        int from = (int) Math.min(fromInclusive - 1, records.size());
        int to = (int) Math.min(toInclusive, records.size());
        return to <= from
                ? Stream.empty()
                : List.copyOf(records.subList(from, to)).stream().map(StoredRecord::toEntry);
    }

    @Override
    public synchronized Stream<JournalEntry> readSubject(Pseudonym subject) {
        return records.stream().filter(r -> subject.equals(r.subject())).map(StoredRecord::toEntry).toList().stream();
    }

    @Override
    public synchronized boolean redact(long sequence) {
        StoredRecord record = records.get((int) sequence - 1);
        if (record.redacted()) {
            return false;
        }
        records.set((int) sequence - 1, record.redact());
        return true;
    }

    @Override
    public synchronized int redactSubject(Pseudonym subject) {
        int count = 0;
        for (int i = 0; i < records.size(); i++) {
            if (subject.equals(records.get(i).subject()) && !records.get(i).redacted()) {
                records.set(i, records.get(i).redact());
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
    public void close() {}

    /** Flips one bit of one payload byte of the record at {@code position} (0-based). */
    synchronized void flipPayloadByte(int position, int byteIndex) {
        StoredRecord r = records.get(position);
        byte[] payload = r.payload().clone();
        payload[byteIndex % payload.length] ^= 0x01;
        records.set(position, r.withPayload(payload));
    }

    /** Flips one bit of the stored time of the record at {@code position}. */
    synchronized void shiftTime(int position) {
        StoredRecord r = records.get(position);
        records.set(position, r.withAt(r.at().plusNanos(1)));
    }

    /** Removes the record at {@code position}. */
    synchronized void drop(int position) {
        records.remove(position);
    }

    /** Puts a copy of the record at {@code from} in front of the record at {@code position}. */
    synchronized void insertCopy(int from, int position) {
        records.add(position, records.get(from));
    }

    /** Exchanges two records. */
    synchronized void swap(int a, int b) {
        StoredRecord first = records.get(a);
        records.set(a, records.get(b));
        records.set(b, first);
    }

    /** How many records are stored. */
    synchronized int size() {
        return records.size();
    }
}
