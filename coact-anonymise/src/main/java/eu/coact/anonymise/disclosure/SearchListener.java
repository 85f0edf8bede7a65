package eu.coact.anonymise.disclosure;

/** Hears how far a search got, so a long search is visibly alive. */
@FunctionalInterface
public interface SearchListener {

    /** A listener that ignores progress. */
    SearchListener SILENT = (resolved, total) -> {};

    /**
     * Called now and then during a search, and once at the end with {@code resolved == total}.
     *
     * @param resolved lattice nodes decided so far
     * @param total    lattice nodes in all
     */
    void progress(long resolved, long total);
}
