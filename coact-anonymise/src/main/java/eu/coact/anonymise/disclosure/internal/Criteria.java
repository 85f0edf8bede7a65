package eu.coact.anonymise.disclosure.internal;

/**
 * The privacy models compiled against an encoded table: which classes pass, and how many
 * records may be suppressed. Classes that fail any model are suppressed.
 */
public final class Criteria {

    final int k;
    final int minimumClass;
    final int[] distinctAttribute;
    final int[] distinctL;
    final int[] entropyAttribute;
    final double[] entropyMinimum;
    final int[] closeAttribute;
    final double[] closeT;
    final boolean[] closeHierarchical;
    final int maxSuppressed;

    /**
     * Compiles the models.
     *
     * @param k                 the largest k of all k-anonymity models (1 if none)
     * @param distinctAttribute sensitive attribute index of each distinct-l model
     * @param distinctL         l of each distinct-l model
     * @param entropyAttribute  sensitive attribute index of each entropy-l model
     * @param entropyL          l of each entropy-l model
     * @param closeAttribute    sensitive attribute index of each t-closeness model
     * @param closeT            t of each t-closeness model
     * @param closeHierarchical whether each t-closeness model uses the hierarchical distance
     * @param maxSuppressed     the largest number of records that may be suppressed
     */
    public Criteria(
            int k,
            int[] distinctAttribute,
            int[] distinctL,
            int[] entropyAttribute,
            double[] entropyL,
            int[] closeAttribute,
            double[] closeT,
            boolean[] closeHierarchical,
            int maxSuppressed) {
        this.k = k;
        this.distinctAttribute = distinctAttribute.clone();
        this.distinctL = distinctL.clone();
        this.entropyAttribute = entropyAttribute.clone();
        this.entropyMinimum = new double[entropyL.length];
        int minimum = Math.max(1, k);
        for (int i = 0; i < distinctL.length; i++) {
            minimum = Math.max(minimum, distinctL[i]);
        }
        for (int i = 0; i < entropyL.length; i++) {
            entropyMinimum[i] = Math.log(entropyL[i]);
            minimum = Math.max(minimum, (int) Math.ceil(entropyL[i] - 1e-9));
        }
        this.minimumClass = minimum;
        this.closeAttribute = closeAttribute.clone();
        this.closeT = closeT.clone();
        this.closeHierarchical = closeHierarchical.clone();
        this.maxSuppressed = maxSuppressed;
    }

    /** @return the largest number of records that may be suppressed */
    public int maxSuppressed() {
        return maxSuppressed;
    }

    /**
     * Whether "satisfies the models with at most the allowed suppression" carries over from a
     * node to all its generalisations. True for k-anonymity and distinct-l diversity with or
     * without suppression (a failing class of a generalisation is made only of failing classes),
     * and for entropy-l diversity without suppression (the entropy of a union is at least the
     * smallest entropy of its parts). Not relied on for entropy-l with suppression, nor for
     * t-closeness.
     *
     * @return whether the search may tag generalisations and specialisations without checking
     */
    public boolean monotone() {
        if (closeAttribute.length > 0) {
            return false;
        }
        return entropyAttribute.length == 0 || maxSuppressed == 0;
    }
}
