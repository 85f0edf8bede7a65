package eu.coact.anonymise.disclosure.internal;

import eu.coact.anonymise.disclosure.Metric;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Judges every node of the lattice, with no pruning and no monotonicity assumed: the reference
 * the optimal search is tested against. Nodes are visited by height; each node's classes are
 * merged from its smallest child's classes (kept for one height band), so the whole lattice
 * costs about one pass over the classes per node.
 */
public final class ExhaustiveSearch {

    private final Encoded data;
    private final Lattice lattice;
    private final Evaluator evaluator;
    private final Progress progress;
    private final boolean[] satisfied;
    private final int[] suppressed;
    private final double[][] scores;

    /**
     * Judges the whole lattice.
     *
     * @param data     the encoded table
     * @param criteria the models and suppression limit
     * @param progress where to report and whether to stop
     * @throws CancellationException if the progress said to stop
     */
    public ExhaustiveSearch(Encoded data, Criteria criteria, Progress progress) {
        this.data = data;
        int[] radix = new int[data.qis];
        for (int q = 0; q < data.qis; q++) {
            radix[q] = data.levels[q];
        }
        lattice = new Lattice(radix);
        evaluator = new Evaluator(data, criteria, Metric.LOSS);
        this.progress = progress;
        satisfied = new boolean[lattice.size];
        suppressed = new int[lattice.size];
        scores = new double[Metric.values().length][lattice.size];
        judgeAll();
    }

    private void judgeAll() {
        ClassTable bottom = ClassTable.group(data);
        Map<Integer, ClassTable> previous = new HashMap<>();
        Map<Integer, ClassTable> current = new HashMap<>();
        int band = 0;
        int[] levels = new int[data.qis];
        int[] from = new int[data.qis];
        Outcome outcome = new Outcome(true);
        ClassTable.Scratch scratch = new ClassTable.Scratch();
        for (int i = 0; i < lattice.size; i++) {
            int node = lattice.byHeight[i];
            if (lattice.heights[node] != band) {
                band = lattice.heights[node];
                previous = current;
                current = new HashMap<>();
            }
            lattice.levels(node, levels);
            ClassTable source = bottom;
            int sourceNode = -1;
            for (int q = 0; q < data.qis; q++) {
                if (levels[q] > 0) {
                    ClassTable child = previous.get(node - lattice.stride[q]);
                    if (child != null && child.size <= source.size) {
                        source = child;
                        sourceNode = node - lattice.stride[q];
                    }
                }
            }
            if (sourceNode < 0) {
                java.util.Arrays.fill(from, 0);
            } else {
                lattice.levels(sourceNode, from);
            }
            ClassTable table = source.rollUp(data, from, levels, scratch);
            current.put(node, table);
            evaluator.evaluate(table, levels, outcome);
            satisfied[node] = outcome.satisfied;
            suppressed[node] = outcome.suppressed;
            for (Metric metric : Metric.values()) {
                scores[metric.ordinal()][node] = evaluator.score(metric, levels, outcome);
            }
            if ((i & 255) == 0) {
                if (progress.cancelled()) {
                    throw new CancellationException("the evaluation was cancelled");
                }
                progress.report(i, lattice.size);
            }
        }
        progress.report(lattice.size, lattice.size);
    }

    /**
     * The best satisfying node for a metric (ties: lower height, then smaller levels).
     *
     * @param metric the metric
     * @return the optimum, if any node satisfies
     */
    public Optional<Found> optimum(Metric metric) {
        int best = -1;
        double[] score = scores[metric.ordinal()];
        for (int node = 0; node < lattice.size; node++) {
            if (!satisfied[node]) {
                continue;
            }
            if (best < 0
                    || score[node] < score[best]
                    || score[node] == score[best] && lattice.heights[node] < lattice.heights[best]) {
                best = node;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(lattice.levels(best), true, suppressed[best], score[best]));
    }

    /** @return the number of nodes */
    public int size() {
        return lattice.size;
    }
}
