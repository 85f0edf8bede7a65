package eu.coact.core.journal.internal;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import java.time.Instant;

/**
 * Lets the journal implementations of this module hand out {@link JournalEntry} values without
 * the defensive copies the public constructor makes. Entries are read by the million when a
 * ledger replays, and the stored arrays are never changed once written (redaction makes a new
 * record), so sharing them with an entry that only ever returns copies is safe. The public API
 * keeps copying; this door is in a package the module does not export.
 */
public final class EntryFactory {

    /** Makes an entry that takes ownership of the arrays it is given. */
    @FunctionalInterface
    public interface Maker {
        /**
         * Makes an entry without copying.
         *
         * @param sequence      position
         * @param at            when
         * @param subject       participant, or null
         * @param type          event type
         * @param payload       payload, or null when redacted
         * @param payloadDigest salted payload digest
         * @param previousHash  previous entry's hash
         * @param hash          this entry's hash
         * @return the entry
         */
        JournalEntry make(
                long sequence,
                Instant at,
                Pseudonym subject,
                String type,
                byte[] payload,
                byte[] payloadDigest,
                byte[] previousHash,
                byte[] hash);
    }

    private static volatile Maker maker;

    private EntryFactory() {}

    /** Called once by {@link JournalEntry}'s static initialiser. */
    public static void install(Maker trusted) {
        if (maker != null) {
            throw new IllegalStateException("the entry factory is installed once");
        }
        maker = trusted;
    }

    static Maker maker() {
        Maker current = maker;
        if (current == null) {
            try {
                // Initialising JournalEntry runs its static block, which installs the maker.
                Class.forName(JournalEntry.class.getName(), true, JournalEntry.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            current = maker;
        }
        return current;
    }
}
