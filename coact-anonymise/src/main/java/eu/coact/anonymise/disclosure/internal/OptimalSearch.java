package eu.coact.anonymise.disclosure.internal;

import eu.coact.anonymise.disclosure.Metric;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The optimal full-domain generalisation search. Returns the satisfying node with the smallest
 * score (ties: lower height, then smaller levels) — the same node an exhaustive evaluation
 * returns — while checking as few nodes as it can:
 *
 * <ol>
 *   <li>When satisfaction is monotone (see {@link Criteria#monotone()}), it is decided with
 *       predictive tagging: all generalisations of a satisfying node satisfy and all
 *       specialisations of a failing node fail, without being checked. Nodes are checked by
 *       binary searches along upward paths, or — when the bound needs no classes and records
 *       may be suppressed — first along the chain of cheapest generalisations and then from the
 *       top down among the nodes whose bound could still beat the best.</li>
 *   <li>Then nodes are visited by increasing height. A lower bound on the score of a node and
 *       of all its generalisations ({@link Evaluator#bound}) that cannot beat the best found so
 *       far prunes the node and everything above it. The metric itself is not assumed monotone:
 *       with suppression none of them is, but the bound is.</li>
 * </ol>
 *
 * Classes of a node are merged from the classes of a more specific cached node.
 */
public final class OptimalSearch {

    private static final byte UNKNOWN = 0;
    private static final byte SATISFIED = 1;
    private static final byte FAILED = 2;

    private final Encoded data;
    private final Lattice lattice;
    private final Evaluator evaluator;
    private final Progress progress;
    private final byte[] tag;
    private final boolean[] pruned;
    private final boolean[] judged;
    private final double[] bounds;
    private final Outcome outcome = new Outcome(false);
    private final int[] levels;
    private TableCache cache;
    private int bestNode = -1;
    private double bestScore = Double.POSITIVE_INFINITY;
    private int bestHeight;
    private int bestSuppressed;
    private long checked;
    private long resolved;
    private long nextReport;

    /**
     * Prepares a search.
     *
     * @param data     the encoded table
     * @param criteria the models and suppression limit
     * @param metric   the metric to minimise
     * @param progress where to report and whether to stop
     */
    public OptimalSearch(Encoded data, Criteria criteria, Metric metric, Progress progress) {
        this.data = data;
        int[] radix = new int[data.qis];
        for (int q = 0; q < data.qis; q++) {
            radix[q] = data.levels[q];
        }
        this.lattice = new Lattice(radix);
        this.evaluator = new Evaluator(data, criteria, metric);
        this.progress = progress;
        tag = new byte[lattice.size];
        pruned = new boolean[lattice.size];
        judged = new boolean[lattice.size];
        bounds = new double[lattice.size];
        levels = new int[data.qis];
    }

    /**
     * Runs the search.
     *
     * @return the optimum, if any node satisfies the models
     * @throws CancellationException if the progress said to stop
     */
    public SearchRun run() {
        cache = new TableCache(data, lattice, ClassTable.group(data));
        pinCheapestChain();
        if (evaluator.criteria.monotone()) {
            // Which way of deciding satisfaction checks fewest classes depends on the shape of the
            // problem; the choice below follows measurements on Adult (docs/PERFORMANCE.md). Every
            // way is exact: they differ only in which nodes they check.
            Criteria criteria = evaluator.criteria;
            boolean diversity = criteria.distinctAttribute.length + criteria.entropyAttribute.length > 0;
            if (evaluator.boundNeedsClasses() || criteria.maxSuppressed() == 0 || diversity) {
                tagSatisfaction(null);
            } else if (evaluator.metric == Metric.HEIGHT) {
                double[] nodeBound = freeBounds();
                seed(nodeBound);
                tagSatisfaction(nodeBound);
            } else {
                boundedTopDown();
            }
        }
        resolved = 0;
        for (int i = 0; i < lattice.size; i++) {
            int node = lattice.byHeight[i];
            resolved++;
            tick();
            if (pruned[node]) {
                pruneParents(node);
                continue;
            }
            if (tag[node] == FAILED) {
                continue;
            }
            if (!judged[node]) {
                lattice.levels(node, levels);
                double bound;
                ClassTable table = null;
                if (evaluator.boundNeedsClasses()) {
                    table = cache.tableFor(node);
                    bound = evaluator.bound(levels, table);
                } else {
                    bound = evaluator.bound(levels, null);
                }
                if (cannotWin(bound, lattice.heights[node], node)) {
                    pruned[node] = true;
                    pruneParents(node);
                    continue;
                }
                if (table == null) {
                    table = cache.tableFor(node);
                }
                judge(node, table, bound);
            }
            if (generalisationsCannotWin(bounds[node], lattice.heights[node])) {
                pruneParents(node);
            }
        }
        progress.report(lattice.size, lattice.size);
        if (bestNode < 0) {
            return new SearchRun(Optional.empty(), checked, lattice.size);
        }
        return new SearchRun(
                Optional.of(new Found(lattice.levels(bestNode), true, bestSuppressed, bestScore)),
                checked,
                lattice.size);
    }

    /**
     * When the bound needs no classes: find a good satisfying node first (binary search along the
     * chain of cheapest generalisations, then greedy descent), then visit, from the top down,
     * only the nodes whose bound could still beat the best. Checking them top-down lets one
     * failing node tag all its specialisations, which are exactly the nodes with smaller bounds.
     */
    private void boundedTopDown() {
        double[] nodeBound = freeBounds();
        seed(nodeBound);
        for (int i = lattice.size - 1; i >= 0; i--) {
            int node = lattice.byHeight[i];
            if (tag[node] == FAILED || judged[node] || cannotWin(nodeBound[node], lattice.heights[node], node)) {
                continue;
            }
            lattice.levels(node, levels);
            judge(node, cache.tableFor(node), nodeBound[node]);
        }
    }

    /**
     * Keeps the classes of the chain from the bottom to the top that always generalises the
     * attribute losing least (Iyengar's loss without suppression). Most nodes a search checks lie
     * above some node of this chain, and rolling up from there is much cheaper than from the rows.
     */
    private void pinCheapestChain() {
        int current = 0;
        while (true) {
            int next = -1;
            double nextCost = 0;
            for (int q = 0; q < data.qis; q++) {
                int level = lattice.level(current, q);
                if (level + 1 < lattice.radix[q]) {
                    int domain = Math.max(1, data.leafTotal[q] - 1);
                    double cost = (double) (data.lossAll[q][level + 1] - data.lossAll[q][level]) / domain;
                    if (next < 0 || cost < nextCost) {
                        next = current + lattice.stride[q];
                        nextCost = cost;
                    }
                }
            }
            if (next < 0) {
                return;
            }
            cache.pin(next);
            current = next;
        }
    }

    private double[] freeBounds() {
        double[] nodeBound = new double[lattice.size];
        for (int node = 0; node < lattice.size; node++) {
            lattice.levels(node, levels);
            nodeBound[node] = evaluator.bound(levels, null);
        }
        return nodeBound;
    }

    private void seed(double[] nodeBound) {
        int[] chain = new int[maxPath()];
        int length = 0;
        int current = 0;
        chain[length++] = current;
        while (true) {
            int next = -1;
            for (int q = 0; q < data.qis; q++) {
                if (lattice.level(current, q) + 1 < lattice.radix[q]) {
                    int parent = current + lattice.stride[q];
                    if (next < 0 || nodeBound[parent] < nodeBound[next]) {
                        next = parent;
                    }
                }
            }
            if (next < 0) {
                break;
            }
            chain[length++] = next;
            current = next;
        }
        int low = 0;
        int high = length - 1;
        int lowest = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int node = chain[middle];
            if (tag[node] == UNKNOWN) {
                lattice.levels(node, levels);
                judge(node, cache.tableFor(node), nodeBound[node]);
            }
            if (tag[node] == SATISFIED) {
                lowest = node;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        int at = lowest;
        while (at >= 0) {
            int move = -1;
            for (int tries = 0; tries < data.qis && move < 0; tries++) {
                int child = -1;
                for (int q = 0; q < data.qis; q++) {
                    if (lattice.level(at, q) > 0) {
                        int candidate = at - lattice.stride[q];
                        if (tag[candidate] != FAILED
                                && !(judged[candidate] && tag[candidate] != SATISFIED)
                                && (child < 0 || nodeBound[candidate] < nodeBound[child])
                                && !(judged[candidate] && tag[candidate] == SATISFIED && candidate != at)) {
                            child = candidate;
                        }
                    }
                }
                if (child < 0) {
                    break;
                }
                lattice.levels(child, levels);
                judge(child, cache.tableFor(child), nodeBound[child]);
                if (tag[child] == SATISFIED) {
                    move = child;
                }
            }
            at = move;
        }
    }

    /**
     * Decides satisfaction by binary searches along upward paths; given class-free bounds, only
     * for nodes (and along paths through nodes) that could still beat the best.
     */
    private void tagSatisfaction(double[] nodeBound) {
        int[] path = new int[lattice.size == 0 ? 0 : maxPath()];
        for (int i = 0; i < lattice.size; i++) {
            int start = lattice.byHeight[i];
            if (tag[start] != UNKNOWN
                    || nodeBound != null && cannotWin(nodeBound[start], lattice.heights[start], start)) {
                continue;
            }
            int length = 0;
            int current = start;
            path[length++] = current;
            while (true) {
                int next = -1;
                for (int q = 0; q < data.qis && next < 0; q++) {
                    if (lattice.level(current, q) + 1 < lattice.radix[q]) {
                        int parent = current + lattice.stride[q];
                        if (tag[parent] == UNKNOWN
                                && (nodeBound == null
                                        || !cannotWin(nodeBound[parent], lattice.heights[parent], parent))) {
                            next = parent;
                        }
                    }
                }
                if (next < 0) {
                    break;
                }
                path[length++] = next;
                current = next;
            }
            int low = 0;
            int high = length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int node = path[middle];
                lattice.levels(node, levels);
                ClassTable table = cache.tableFor(node);
                double bound = evaluator.bound(levels, table);
                judge(node, table, bound);
                if (tag[node] == SATISFIED) {
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
        }
    }

    private int maxPath() {
        int length = 1;
        for (int radix : lattice.radix) {
            length += radix - 1;
        }
        return length;
    }

    /** Computes the outcome of a node whose classes are known, and records what it teaches. */
    private void judge(int node, ClassTable table, double bound) {
        evaluator.evaluate(table, levels, outcome);
        checked++;
        judged[node] = true;
        bounds[node] = bound;
        tick();
        if (outcome.satisfied) {
            double score = evaluator.score(levels, outcome);
            if (better(score, lattice.heights[node], node)) {
                bestNode = node;
                bestScore = score;
                bestHeight = lattice.heights[node];
                bestSuppressed = outcome.suppressed;
            }
        }
        if (evaluator.criteria.monotone() && tag[node] == UNKNOWN) {
            if (outcome.satisfied) {
                Tagging.closeUpwards(lattice, tag, node, SATISFIED);
            } else {
                Tagging.closeDownwards(lattice, tag, node, FAILED);
            }
        } else if (tag[node] == UNKNOWN) {
            tag[node] = outcome.satisfied ? SATISFIED : FAILED;
        }
    }

    private void pruneParents(int node) {
        for (int q = 0; q < data.qis; q++) {
            if (lattice.level(node, q) + 1 < lattice.radix[q]) {
                pruned[node + lattice.stride[q]] = true;
            }
        }
    }

    private boolean better(double score, int height, int node) {
        if (bestNode < 0 || score < bestScore) {
            return true;
        }
        if (score > bestScore) {
            return false;
        }
        return height < bestHeight || height == bestHeight && node < bestNode;
    }

    /** Whether neither this node nor any generalisation can beat the best so far. */
    private boolean cannotWin(double bound, int height, int node) {
        if (bestNode < 0) {
            return false;
        }
        return bound > bestScore
                || bound == bestScore && (height > bestHeight || height == bestHeight && node > bestNode);
    }

    /** Whether no strict generalisation (height at least one more) can beat the best so far. */
    private boolean generalisationsCannotWin(double bound, int height) {
        if (bestNode < 0) {
            return false;
        }
        return bound > bestScore || bound == bestScore && height >= bestHeight;
    }

    private void tick() {
        if ((resolved + checked) >= nextReport) {
            nextReport = resolved + checked + 256;
            if (progress.cancelled()) {
                throw new CancellationException("the search was cancelled");
            }
            progress.report(Math.min(resolved + checked, lattice.size), lattice.size);
        }
    }
}
