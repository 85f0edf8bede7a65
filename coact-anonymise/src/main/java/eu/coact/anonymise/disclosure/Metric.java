package eu.coact.anonymise.disclosure;

/**
 * How much information a transformation loses; the search returns the transformation with the
 * smallest score. N is the number of records, Q the number of quasi-identifiers; a suppressed
 * record loses everything. Ties are broken by the lower height, then by the lexicographically
 * smaller levels.
 */
public enum Metric {
    /**
     * Discernibility: the sum over kept equivalence classes of |E|², plus N for each
     * suppressed record.
     */
    DISCERNIBILITY,
    /**
     * Sweeney's precision, as its loss: the score is the mean over all cells of
     * level / (levels − 1) of the cell's attribute, a suppressed cell counting 1; precision is
     * one minus the score.
     */
    PRECISION,
    /** Height: the sum of the generalisation levels (suppression does not count). */
    HEIGHT,
    /**
     * Iyengar's loss metric: the mean over all cells of (leaves under the released value − 1) /
     * (leaves of the hierarchy − 1), a suppressed cell counting 1.
     */
    LOSS
}
