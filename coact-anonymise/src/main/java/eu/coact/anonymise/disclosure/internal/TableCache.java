package eu.coact.anonymise.disclosure.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Class tables of recently judged nodes, so that a node's classes are merged from a more
 * specific node's classes (few) rather than from the rows (many). Bounded by a budget of
 * cached classes; the least recently used go first. The bottom node's table is always kept.
 */
final class TableCache {

    private final Encoded data;
    private final Lattice lattice;
    private final ClassTable bottom;
    private final LinkedHashMap<Integer, ClassTable> tables = new LinkedHashMap<>(256, 0.75f, true);
    private final long budget;
    private long cached;
    private final int[] fromLevels;
    private final int[] toLevels;
    private final int[] recent = new int[RECENT];
    private final ClassTable.Scratch scratch = new ClassTable.Scratch();
    private final java.util.List<Integer> pinnedNodes = new java.util.ArrayList<>();
    private final java.util.List<ClassTable> pinnedTables = new java.util.ArrayList<>();
    private int nextRecent;

    /** How many recently merged nodes are considered as sources besides a node's children. */
    private static final int RECENT = 48;

    TableCache(Encoded data, Lattice lattice, ClassTable bottom) {
        this.data = data;
        this.lattice = lattice;
        this.bottom = bottom;
        this.budget = Math.max(2_000_000L, 4L * bottom.size);
        fromLevels = new int[data.qis];
        toLevels = new int[data.qis];
        java.util.Arrays.fill(recent, -1);
    }

    ClassTable bottom() {
        return bottom;
    }

    /** The classes of a node, merged from the smallest cached more specific node. */
    ClassTable tableFor(int node) {
        ClassTable known = tables.get(node);
        if (known != null) {
            return known;
        }
        int source = -1;
        ClassTable from = bottom;
        for (int q = 0; q < data.qis; q++) {
            if (lattice.level(node, q) > 0) {
                int child = node - lattice.stride[q];
                ClassTable candidate = tables.get(child);
                if (candidate != null && candidate.size < from.size) {
                    from = candidate;
                    source = child;
                }
            }
        }
        for (int p = 0; p < pinnedNodes.size(); p++) {
            ClassTable candidate = pinnedTables.get(p);
            if (candidate.size < from.size && lattice.below(pinnedNodes.get(p), node)) {
                from = candidate;
                source = pinnedNodes.get(p);
            }
        }
        if (source < 0) {
            for (int r = 0; r < recent.length; r++) {
                int other = recent[r];
                if (other < 0) {
                    continue;
                }
                ClassTable candidate = tables.get(other);
                if (candidate != null && candidate.size < from.size && lattice.below(other, node)) {
                    from = candidate;
                    source = other;
                }
            }
        }
        if (source < 0) {
            java.util.Arrays.fill(fromLevels, 0);
        } else {
            lattice.levels(source, fromLevels);
        }
        lattice.levels(node, toLevels);
        ClassTable table = from.rollUp(data, fromLevels, toLevels, scratch);
        store(node, table);
        return table;
    }

    /**
     * Keeps a node's classes for the whole search, as a source for any node above it (used for
     * the chain of cheapest generalisations, which lies below most nodes a top-down pass checks).
     */
    void pin(int node) {
        if (pinnedNodes.contains(node)) {
            return;
        }
        ClassTable table = tableFor(node);
        if (table.size <= budget / 8) {
            pinnedNodes.add(node);
            pinnedTables.add(table);
        }
    }

    private void store(int node, ClassTable table) {
        if (table.size > budget / 2) {
            return;
        }
        tables.put(node, table);
        recent[nextRecent] = node;
        nextRecent = (nextRecent + 1) % RECENT;
        cached += table.size;
        Iterator<Map.Entry<Integer, ClassTable>> oldest = tables.entrySet().iterator();
        while (cached > budget && oldest.hasNext()) {
            cached -= oldest.next().getValue().size;
            oldest.remove();
        }
    }
}
