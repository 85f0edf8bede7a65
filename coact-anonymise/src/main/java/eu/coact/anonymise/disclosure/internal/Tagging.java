package eu.coact.anonymise.disclosure.internal;

import java.util.Arrays;

/**
 * Predictive tagging: what one check tells about many nodes when satisfaction is monotone. A
 * node is tagged with its whole upward (or downward) closure, stopping at nodes already tagged:
 * their closures are tagged already, so each node is tagged once over a whole search.
 */
final class Tagging {

    private Tagging() {}

    /** Tags a satisfying node and every generalisation of it that has no tag yet. */
    static void closeUpwards(Lattice lattice, byte[] tag, int node, byte value) {
        close(lattice, tag, node, value, true);
    }

    /** Tags a failing node and every specialisation of it that has no tag yet. */
    static void closeDownwards(Lattice lattice, byte[] tag, int node, byte value) {
        close(lattice, tag, node, value, false);
    }

    private static void close(Lattice lattice, byte[] tag, int node, byte value, boolean upwards) {
        int[] stack = new int[64];
        int top = 0;
        tag[node] = value;
        stack[top++] = node;
        while (top > 0) {
            int current = stack[--top];
            for (int q = 0; q < lattice.radix.length; q++) {
                int level = lattice.level(current, q);
                boolean exists = upwards ? level + 1 < lattice.radix[q] : level > 0;
                if (!exists) {
                    continue;
                }
                int next = upwards ? current + lattice.stride[q] : current - lattice.stride[q];
                if (tag[next] == 0) {
                    tag[next] = value;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = next;
                }
            }
        }
    }
}
