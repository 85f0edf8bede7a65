package eu.coact.core.journal;

import eu.coact.core.Pseudonym;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The append-only, hash-chained log in which consent decisions, lifecycle transitions and
 * answers are stored; current state is always derived from it.
 *
 * <p>Every implementation promises:
 * <ul>
 *   <li><b>durable</b>: {@link #append} returns only once the event survives a crash of the
 *       process or machine (fsync or committed transaction);</li>
 *   <li><b>ordered</b>: sequence numbers start at 1 and have no gaps; concurrent appenders are safe;</li>
 *   <li><b>tamper-evident</b> against accidents and naive edits: each entry carries the SHA-256
 *       hash of the one before, and {@link #verify()} names the first entry that was modified,
 *       inserted, dropped or moved without recomputing the chain. Someone with the files can
 *       recompute the chain; only journals that sign checkpoints ({@link #anchor()}, see
 *       {@link FileJournal}) detect that;</li>
 *   <li><b>erasable</b>: {@link #redact} removes payloads for good but keeps their digests, so
 *       the chain still verifies after an erasure.</li>
 * </ul>
 *
 * <p>Streams returned by the read methods hold resources: close them (try-with-resources).
 */
public interface Journal extends AutoCloseable {

    /**
     * Appends one event and waits until it is durable.
     *
     * @param event the event
     * @return its sequence number
     */
    long append(JournalEvent event);

    /**
     * Appends several events as one durable write (group commit); they receive consecutive
     * sequence numbers and are all durable, or none is, when this returns or throws.
     *
     * @param events the events, in order
     * @return the sequence numbers they received
     */
    SequenceRange appendAll(List<JournalEvent> events);

    /** The sequence number of the last entry, or 0 for an empty journal. */
    long lastSequence();

    /**
     * The entries from {@code fromInclusive} to {@code toInclusive}, in order; numbers past the
     * end are simply absent.
     *
     * @param fromInclusive the first sequence number wanted (at least 1)
     * @param toInclusive   the last sequence number wanted
     * @return the entries; close the stream when done
     */
    Stream<JournalEntry> read(long fromInclusive, long toInclusive);

    /** Every entry, in order; close the stream when done. */
    default Stream<JournalEntry> readAll() {
        return read(1, Long.MAX_VALUE);
    }

    /**
     * Every entry about one participant, in order; close the stream when done.
     *
     * @param subject the participant's pseudonym
     * @return the entries
     */
    Stream<JournalEntry> readSubject(Pseudonym subject);

    /**
     * Erases the payload of one entry, keeping its digest so the chain still verifies.
     * Redacting an entry twice is harmless.
     *
     * @param sequence the entry's sequence number
     * @return true if a payload was erased now, false if it already had none
     * @throws IllegalArgumentException if there is no such entry
     */
    boolean redact(long sequence);

    /**
     * Erases the payloads of every entry about one participant; durable when it returns.
     *
     * @param subject the participant's pseudonym
     * @return how many payloads were erased now
     */
    int redactSubject(Pseudonym subject);

    /**
     * Checks the whole hash chain.
     *
     * @return intact, or the first bad entry and why
     */
    Verification verify();

    /**
     * Reads every entry once, in order, and verifies the journal as {@link #verify()} does, for a
     * reader that publishes what it reads and must know it comes from an intact journal. Each
     * entry goes to {@code sink} as it is read; when the result is {@link Verification.Broken},
     * what was handed over is not evidence, and the caller discards everything made from it. The
     * sink must not write to this journal.
     *
     * <p>This default verifies first and then reads the entries the verification covered; a
     * journal that can check each entry as it reads it overrides it to read the journal once.
     *
     * @param sink receives each verified entry, in order
     * @return intact (with the number of entries handed over), or the first bad entry and why
     */
    default Verification readVerified(Consumer<? super JournalEntry> sink) {
        Verification result = verify();
        if (result instanceof Verification.Intact intact && intact.entries() > 0) {
            try (Stream<JournalEntry> entries = read(1, intact.entries())) {
                entries.forEach(sink);
            }
        }
        return result;
    }

    /**
     * The journal's latest signed checkpoint, to keep outside its files as its anchor (see
     * {@link Anchor}). Journals that do not sign return empty; this default does.
     *
     * @return the anchor, or empty
     */
    default Optional<Anchor> anchor() {
        return Optional.empty();
    }

    /** Releases files or connections; appends after closing fail. */
    @Override
    void close();
}
