package eu.coact.anonymise.disclosure.internal;

/**
 * The generalisation lattice: every combination of levels, numbered in mixed radix with the
 * first quasi-identifier most significant, so that node order is the lexicographic order of
 * levels. A node's parents generalise one attribute by one level, its children specialise one.
 */
final class Lattice {

    final int[] radix;
    final int[] stride;
    final int size;
    final int[] heights;
    final int[] byHeight;

    Lattice(int[] radix) {
        this.radix = radix.clone();
        stride = new int[radix.length];
        long total = 1;
        for (int q = radix.length - 1; q >= 0; q--) {
            stride[q] = (int) total;
            total *= radix[q];
            if (total > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("the lattice has more than " + Integer.MAX_VALUE / 2
                        + " nodes; use fewer quasi-identifiers or shallower hierarchies");
            }
        }
        size = (int) total;
        heights = new int[size];
        int maxHeight = 0;
        for (int node = 0; node < size; node++) {
            int h = 0;
            for (int q = 0; q < radix.length; q++) {
                h += node / stride[q] % radix[q];
            }
            heights[node] = h;
            maxHeight = Math.max(maxHeight, h);
        }
        int[] start = new int[maxHeight + 2];
        for (int node = 0; node < size; node++) {
            start[heights[node] + 1]++;
        }
        for (int h = 1; h < start.length; h++) {
            start[h] += start[h - 1];
        }
        byHeight = new int[size];
        for (int node = 0; node < size; node++) {
            byHeight[start[heights[node]]++] = node;
        }
    }

    int level(int node, int q) {
        return node / stride[q] % radix[q];
    }

    void levels(int node, int[] out) {
        for (int q = 0; q < radix.length; q++) {
            out[q] = node / stride[q] % radix[q];
        }
    }

    int[] levels(int node) {
        int[] out = new int[radix.length];
        levels(node, out);
        return out;
    }

    int node(int[] levels) {
        int node = 0;
        for (int q = 0; q < radix.length; q++) {
            node += levels[q] * stride[q];
        }
        return node;
    }

    /** Whether {@code low} is a specialisation of (or equal to) {@code high}. */
    boolean below(int low, int high) {
        for (int q = 0; q < radix.length; q++) {
            if (level(low, q) > level(high, q)) {
                return false;
            }
        }
        return true;
    }
}
