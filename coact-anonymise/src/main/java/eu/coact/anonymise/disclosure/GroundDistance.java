package eu.coact.anonymise.disclosure;

/** How far apart two values of a sensitive attribute are, for t-closeness. */
public enum GroundDistance {
    /** Every two different values are at distance 1. */
    EQUAL,
    /**
     * Two values are at the level of their lowest common generalisation divided by the
     * hierarchy's height (siblings are close, values in different branches are far).
     */
    HIERARCHICAL
}
