package eu.coact.core.journal;

import eu.coact.core.journal.internal.StoredRecord;
import eu.coact.testkit.journal.JournalContract;
import eu.coact.testkit.journal.Tamper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The journal contract, run against {@link InMemoryJournal}. */
class InMemoryJournalContractTest extends JournalContract {

    private final Map<String, InMemoryJournal> journals = new ConcurrentHashMap<>();

    @Override
    protected Journal open(String name) {
        InMemoryJournal journal = new InMemoryJournal();
        journals.put(name, journal);
        return journal;
    }

    @Override
    protected void dispose(String name) {
        journals.remove(name);
    }

    @Override
    protected boolean durable() {
        return false;
    }

    @Override
    protected Tamper tamper(String name) {
        List<StoredRecord> records = journals.get(name).records();
        return new Tamper() {
            @Override
            public void replacePayload(long sequence, byte[] payload) {
                StoredRecord r = records.get(index(sequence));
                records.set(index(sequence), r.withPayload(payload));
            }

            @Override
            public void replaceType(long sequence, String type) {
                StoredRecord r = records.get(index(sequence));
                records.set(index(sequence), r.withType(type));
            }

            @Override
            public void drop(long sequence) {
                records.remove(index(sequence));
            }

            @Override
            public void duplicate(long sequence) {
                records.add(index(sequence) + 1, records.get(index(sequence)));
            }

            @Override
            public void swapWithNext(long sequence) {
                StoredRecord first = records.get(index(sequence));
                records.set(index(sequence), records.get(index(sequence) + 1));
                records.set(index(sequence) + 1, first);
            }

            private int index(long sequence) {
                return (int) sequence - 1;
            }
        };
    }
}
