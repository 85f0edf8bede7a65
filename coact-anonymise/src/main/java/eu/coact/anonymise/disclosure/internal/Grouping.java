package eu.coact.anonymise.disclosure.internal;

/**
 * Equivalence classes of rows given integer codes per column: the class of every row and the
 * size of every class. Codes are packed into one long key when they fit in 63 bits; otherwise
 * rows are grouped column by column (class so far, next code), which has no width limit.
 */
public final class Grouping {

    private final int[] classOfRow;
    private final int[] sizes;

    private Grouping(int[] classOfRow, int[] sizes) {
        this.classOfRow = classOfRow;
        this.sizes = sizes;
    }

    /**
     * Groups rows.
     *
     * @param codes       per column, the code of each row (0 to cardinality − 1)
     * @param cardinality per column, the number of codes
     * @param rows        the number of rows
     * @return the grouping
     */
    public static Grouping of(int[][] codes, int[] cardinality, int rows) {
        int bits = Encoded.keyBits(cardinality);
        LongIndex index = new LongIndex(rows);
        int[] classOfRow = new int[rows];
        if (bits <= 63) {
            int[] shift = new int[codes.length];
            int at = 0;
            for (int c = 0; c < codes.length; c++) {
                shift[c] = at;
                at += Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, cardinality[c] - 1)));
            }
            long[] keys = new long[rows];
            for (int c = 0; c < codes.length; c++) {
                int[] column = codes[c];
                int s = shift[c];
                for (int r = 0; r < rows; r++) {
                    keys[r] |= (long) column[r] << s;
                }
            }
            for (int r = 0; r < rows; r++) {
                int found = index.indexOrAdd(keys[r]);
                classOfRow[r] = found < 0 ? -found - 1 : found;
            }
        } else {
            System.arraycopy(codes[0], 0, classOfRow, 0, rows);
            for (int c = 1; c < codes.length; c++) {
                index.reset(rows);
                int[] column = codes[c];
                for (int r = 0; r < rows; r++) {
                    int found = index.indexOrAdd((long) classOfRow[r] << 32 | column[r]);
                    classOfRow[r] = found < 0 ? -found - 1 : found;
                }
            }
        }
        int[] sizes = new int[index.size()];
        for (int r = 0; r < rows; r++) {
            sizes[classOfRow[r]]++;
        }
        return new Grouping(classOfRow, sizes);
    }

    /** @return the class of each row */
    public int[] classOfRow() {
        return classOfRow;
    }

    /** @return the size of each class */
    public int[] sizes() {
        return sizes;
    }
}
