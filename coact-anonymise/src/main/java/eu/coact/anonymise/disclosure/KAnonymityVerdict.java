package eu.coact.anonymise.disclosure;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Whether a table is k-anonymous as it is, and which records are in classes that are too small. */
public final class KAnonymityVerdict {

    private final int k;
    private final int smallestClass;
    private final int[] violatingRows;

    KAnonymityVerdict(int k, int smallestClass, int[] violatingRows) {
        this.k = k;
        this.smallestClass = smallestClass;
        this.violatingRows = violatingRows;
    }

    /**
     * The k that was checked.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * Whether every class has at least k records.
     *
     * @return true if k-anonymous
     */
    public boolean anonymous() {
        return violatingRows.length == 0;
    }

    /**
     * The size of the smallest class (0 for an empty table).
     *
     * @return the smallest class size
     */
    public int smallestClass() {
        return smallestClass;
    }

    /**
     * How many records are in classes smaller than k.
     *
     * @return the count
     */
    public int violatingCount() {
        return violatingRows.length;
    }

    /**
     * The records in classes smaller than k, as row indices in increasing order.
     *
     * @return the rows
     */
    public IntStream violatingRows() {
        return Arrays.stream(violatingRows);
    }

    @Override
    public String toString() {
        return "KAnonymityVerdict[k=" + k + ", anonymous=" + anonymous() + ", smallestClass=" + smallestClass
                + ", violating=" + violatingRows.length + "]";
    }
}
