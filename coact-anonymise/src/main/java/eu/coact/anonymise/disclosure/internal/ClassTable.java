package eu.coact.anonymise.disclosure.internal;

/**
 * The equivalence classes of one lattice node: packed key, size and, per sensitive attribute,
 * a histogram of its values (flattened: class × domain).
 */
final class ClassTable {

    final long[] keys;
    final int[] counts;
    final int[][] hist;
    final int size;

    private ClassTable(long[] keys, int[] counts, int[][] hist, int size) {
        this.keys = keys;
        this.counts = counts;
        this.hist = hist;
        this.size = size;
    }

    /** The classes of the bottom node (every attribute at level 0), straight from the rows. */
    static ClassTable group(Encoded data) {
        int rows = data.rows;
        LongIndex index = new LongIndex(rows);
        long[] keys = new long[rows];
        int[] counts = new int[rows];
        int[] classOfRow = new int[rows];
        long[] rowKeys = new long[rows];
        for (int q = 0; q < data.qis; q++) {
            int[] column = data.leaf[q];
            int shift = data.shift[q];
            for (int r = 0; r < rows; r++) {
                rowKeys[r] |= (long) column[r] << shift;
            }
        }
        for (int r = 0; r < rows; r++) {
            int found = index.indexOrAdd(rowKeys[r]);
            if (found < 0) {
                found = -found - 1;
                keys[found] = rowKeys[r];
            }
            counts[found]++;
            classOfRow[r] = found;
        }
        int size = index.size();
        int[][] hist = new int[data.sens.length][];
        for (int s = 0; s < hist.length; s++) {
            int domain = data.sensDomain[s];
            int[] h = new int[size * domain];
            int[] values = data.sens[s];
            for (int r = 0; r < rows; r++) {
                h[classOfRow[r] * domain + values[r]]++;
            }
            hist[s] = h;
        }
        return new ClassTable(keys, counts, hist, size);
    }

    /** Reusable buffers for roll-ups, so that judging a node allocates only its result. */
    static final class Scratch {
        final LongIndex index = new LongIndex(4);
        long[] keys = new long[0];
        int[] counts = new int[0];
        int[] target = new int[0];

        void ensure(int size) {
            if (keys.length < size) {
                keys = new long[size];
                counts = new int[size];
                target = new int[size];
            }
        }
    }

    /** The classes of a more general node, merged from these (which belong to {@code from}). */
    ClassTable rollUp(Encoded data, int[] from, int[] to) {
        return rollUp(data, from, to, new Scratch());
    }

    /** The classes of a more general node, merged from these, using reusable buffers. */
    ClassTable rollUp(Encoded data, int[] from, int[] to, Scratch scratch) {
        int changed = 0;
        int[] qs = new int[from.length];
        for (int q = 0; q < from.length; q++) {
            if (to[q] != from[q]) {
                qs[changed++] = q;
            }
        }
        if (changed == 0) {
            return this;
        }
        int[][] maps = new int[changed][];
        int[] shifts = new int[changed];
        long[] masks = new long[changed];
        for (int c = 0; c < changed; c++) {
            int q = qs[c];
            maps[c] = data.up[q][from[q]][to[q]];
            shifts[c] = data.shift[q];
            masks[c] = data.mask[q];
        }
        scratch.ensure(size);
        LongIndex index = scratch.index;
        index.reset(size);
        long[] outKeys = scratch.keys;
        int[] outCounts = scratch.counts;
        int[] target = scratch.target;
        for (int i = 0; i < size; i++) {
            long key = keys[i];
            for (int c = 0; c < changed; c++) {
                int code = (int) ((key >>> shifts[c]) & masks[c]);
                key = (key & ~(masks[c] << shifts[c])) | ((long) maps[c][code] << shifts[c]);
            }
            int found = index.indexOrAdd(key);
            if (found < 0) {
                found = -found - 1;
                outKeys[found] = key;
                outCounts[found] = counts[i];
            } else {
                outCounts[found] += counts[i];
            }
            target[i] = found;
        }
        int outSize = index.size();
        int[][] outHist = new int[hist.length][];
        for (int s = 0; s < hist.length; s++) {
            int domain = data.sensDomain[s];
            int[] h = new int[outSize * domain];
            int[] source = hist[s];
            for (int i = 0; i < size; i++) {
                int base = target[i] * domain;
                int sourceBase = i * domain;
                for (int v = 0; v < domain; v++) {
                    h[base + v] += source[sourceBase + v];
                }
            }
            outHist[s] = h;
        }
        return new ClassTable(
                java.util.Arrays.copyOf(outKeys, outSize),
                java.util.Arrays.copyOf(outCounts, outSize),
                outHist,
                outSize);
    }
}
