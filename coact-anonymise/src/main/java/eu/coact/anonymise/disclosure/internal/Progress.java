package eu.coact.anonymise.disclosure.internal;

/** Where the search reports how far it got, and learns whether to stop. */
public interface Progress {

    /**
     * Called now and then, and once at the end.
     *
     * @param resolved nodes decided so far (checked, or decided without checking)
     * @param total    nodes in the lattice
     */
    void report(long resolved, long total);

    /**
     * Asked often; once true, the search stops with a {@link java.util.concurrent.CancellationException}.
     *
     * @return whether to stop
     */
    boolean cancelled();
}
