package eu.coact.anonymise.disclosure.internal;

/**
 * A table turned into integers for the search: per quasi-identifier the leaf code of every row
 * and the hierarchy as code maps; per sensitive attribute the value code of every row. Class
 * keys pack one code per quasi-identifier into a long, at fixed bit positions, so a roll-up
 * only rewrites the fields of the attributes that change.
 */
public final class Encoded {

    final int rows;
    final int qis;
    final int[][] leaf;
    final int[][][] codeOfLeaf;
    final int[][][] leavesUnder;
    final int[] levels;
    final int[] leafTotal;
    final int[] shift;
    final long[] mask;
    final int[][][][] up;
    final long[][] lossAll;
    final int[][] sens;
    final int[] sensDomain;
    final int[][][] sensCodeOfLeaf;
    final long[][] sensTotals;
    final int[][][] sensParent;
    final int[][] sensCodes;

    /**
     * Encodes a table.
     *
     * @param leaf           per quasi-identifier, the leaf code of each row
     * @param codeOfLeaf     per quasi-identifier, per level, the code of each leaf
     * @param leavesUnder    per quasi-identifier, per level, the number of leaves under each code
     * @param sens           per sensitive attribute, the value code of each row
     * @param sensDomain     per sensitive attribute, the number of value codes
     * @param sensCodeOfLeaf per sensitive attribute, its hierarchy as in {@code codeOfLeaf}, or null
     * @throws IllegalArgumentException if the packed class key needs more than 63 bits
     */
    public Encoded(
            int[][] leaf,
            int[][][] codeOfLeaf,
            int[][][] leavesUnder,
            int[][] sens,
            int[] sensDomain,
            int[][][] sensCodeOfLeaf) {
        this.leaf = leaf;
        this.codeOfLeaf = codeOfLeaf;
        this.leavesUnder = leavesUnder;
        this.qis = leaf.length;
        this.rows = qis == 0 ? 0 : leaf[0].length;
        this.sens = sens;
        this.sensDomain = sensDomain;
        this.sensCodeOfLeaf = sensCodeOfLeaf;
        levels = new int[qis];
        leafTotal = new int[qis];
        shift = new int[qis];
        mask = new long[qis];
        int bits = 0;
        for (int q = 0; q < qis; q++) {
            levels[q] = codeOfLeaf[q].length;
            leafTotal[q] = codeOfLeaf[q][0].length;
            int width = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, leafTotal[q] - 1)));
            shift[q] = bits;
            mask[q] = (1L << width) - 1;
            bits += width;
        }
        if (bits > 63) {
            throw new IllegalArgumentException("the quasi-identifiers have too many values together: a class key needs "
                    + bits + " bits, at most 63 are supported");
        }
        up = new int[qis][][][];
        lossAll = new long[qis][];
        for (int q = 0; q < qis; q++) {
            up[q] = new int[levels[q]][levels[q]][];
            for (int from = 0; from < levels[q]; from++) {
                for (int to = from + 1; to < levels[q]; to++) {
                    int[] map = new int[leavesUnder[q][from].length];
                    for (int l = 0; l < leafTotal[q]; l++) {
                        map[codeOfLeaf[q][from][l]] = codeOfLeaf[q][to][l];
                    }
                    up[q][from][to] = map;
                }
            }
            long[] frequency = new long[leafTotal[q]];
            for (int r = 0; r < rows; r++) {
                frequency[leaf[q][r]]++;
            }
            lossAll[q] = new long[levels[q]];
            for (int level = 0; level < levels[q]; level++) {
                long sum = 0;
                for (int l = 0; l < leafTotal[q]; l++) {
                    sum += frequency[l] * (leavesUnder[q][level][codeOfLeaf[q][level][l]] - 1);
                }
                lossAll[q][level] = sum;
            }
        }
        sensParent = new int[sens.length][][];
        sensCodes = new int[sens.length][];
        for (int s = 0; s < sens.length; s++) {
            int[][] tree = sensCodeOfLeaf[s];
            if (tree == null) {
                continue;
            }
            sensParent[s] = new int[tree.length][];
            sensCodes[s] = new int[tree.length];
            for (int level = 0; level < tree.length; level++) {
                int codes = 0;
                for (int code : tree[level]) {
                    codes = Math.max(codes, code + 1);
                }
                sensCodes[s][level] = codes;
                if (level > 0) {
                    int[] parentOf = new int[sensCodes[s][level - 1]];
                    for (int l = 0; l < tree[0].length; l++) {
                        parentOf[tree[level - 1][l]] = tree[level][l];
                    }
                    sensParent[s][level] = parentOf;
                }
            }
        }
        sensTotals = new long[sens.length][];
        for (int s = 0; s < sens.length; s++) {
            sensTotals[s] = new long[sensDomain[s]];
            for (int r = 0; r < rows; r++) {
                sensTotals[s][sens[s][r]]++;
            }
        }
    }

    /**
     * The bits a packed class key would need for these leaf counts.
     *
     * @param leafTotals the number of leaves per quasi-identifier
     * @return the total width
     */
    public static int keyBits(int[] leafTotals) {
        int bits = 0;
        for (int total : leafTotals) {
            bits += Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, total - 1)));
        }
        return bits;
    }

    /** @return the number of records */
    public int rows() {
        return rows;
    }

    /** @return the number of quasi-identifiers */
    public int quasiIdentifiers() {
        return qis;
    }

    /**
     * The number of levels of a quasi-identifier.
     *
     * @param q the quasi-identifier
     * @return its levels
     */
    public int levels(int q) {
        return levels[q];
    }

    int field(long key, int q) {
        return (int) ((key >>> shift[q]) & mask[q]);
    }

    long withField(long key, int q, int code) {
        return (key & ~(mask[q] << shift[q])) | ((long) code << shift[q]);
    }
}
