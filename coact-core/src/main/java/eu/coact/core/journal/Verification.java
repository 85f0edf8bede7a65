package eu.coact.core.journal;

/** The result of {@link Journal#verify()}: the chain is intact, or where it first breaks. */
public sealed interface Verification permits Verification.Intact, Verification.Broken {

    /**
     * Every entry links to the one before and matches its own hash.
     *
     * @param entries how many entries were checked
     */
    record Intact(long entries) implements Verification {}

    /**
     * The chain breaks at an entry.
     *
     * @param firstBadSequence the sequence number of the first entry that does not verify
     * @param reason           what is wrong there, e.g. "hash does not match its content"
     */
    record Broken(long firstBadSequence, String reason) implements Verification {}

    /** True when intact. */
    default boolean isIntact() {
        return this instanceof Intact;
    }
}
