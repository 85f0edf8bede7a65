package eu.coact.testkit.journal;

import eu.coact.core.journal.Journal;

/**
 * Changes a stored journal behind its back, the way someone with access to the files or the
 * database could, so that {@link JournalContract} can check {@link Journal#verify()} notices. Each store's
 * test implements it on its own storage; checksums that are not part of the hash chain (such as
 * a file journal's CRCs) are recomputed, because a deliberate tamperer would do the same.
 */
public interface Tamper {

    /** Replaces the payload of an entry (keeping its digest). */
    void replacePayload(long sequence, byte[] payload);

    /** Renames the type of an entry (keeping its hash). */
    void replaceType(long sequence, String type);

    /** Removes an entry; the later ones keep their sequence numbers. */
    void drop(long sequence);

    /** Inserts a copy of an entry right after it. */
    void duplicate(long sequence);

    /** Exchanges an entry with the one after it. */
    void swapWithNext(long sequence);
}
