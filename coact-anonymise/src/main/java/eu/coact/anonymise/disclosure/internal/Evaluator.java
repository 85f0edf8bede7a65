package eu.coact.anonymise.disclosure.internal;

import eu.coact.anonymise.disclosure.Metric;

/**
 * Judges one lattice node from its classes: which classes fail the models, how many records
 * that suppresses, and the metric's score. Also gives lower bounds on the score of a node and
 * all its generalisations. Not thread-safe (it reuses scratch arrays).
 */
final class Evaluator {

    /** Tolerance for the floating-point comparisons of entropy and distance. */
    private static final double EPSILON = 1e-12;

    final Encoded data;
    final Criteria criteria;
    final Metric metric;
    private final double[] extra;
    private final double[] positive;
    private final double[] negative;

    Evaluator(Encoded data, Criteria criteria, Metric metric) {
        this.data = data;
        this.criteria = criteria;
        this.metric = metric;
        int largest = 1;
        for (int domain : data.sensDomain) {
            largest = Math.max(largest, domain);
        }
        extra = new double[largest];
        positive = new double[largest];
        negative = new double[largest];
    }

    /** Judges every class; fills {@code out}. */
    void evaluate(ClassTable table, int[] levels, Outcome out) {
        out.reset(data.qis);
        boolean wantLoss = metric == Metric.LOSS || out.allMetrics;
        for (int i = 0; i < table.size; i++) {
            int count = table.counts[i];
            if (passes(table, i, count)) {
                out.keptSquares += (long) count * count;
            } else {
                out.suppressed += count;
                if (wantLoss) {
                    long key = table.keys[i];
                    for (int q = 0; q < data.qis; q++) {
                        int code = data.field(key, q);
                        out.suppressedLoss[q] += (long) count * (data.leavesUnder[q][levels[q]][code] - 1);
                    }
                }
            }
        }
        out.satisfied = out.suppressed <= criteria.maxSuppressed;
    }

    /** Whether one class meets every model. */
    boolean passes(ClassTable table, int i, int count) {
        if (count < criteria.minimumClass) {
            return false;
        }
        for (int m = 0; m < criteria.distinctAttribute.length; m++) {
            int s = criteria.distinctAttribute[m];
            int domain = data.sensDomain[s];
            int[] h = table.hist[s];
            int base = i * domain;
            int distinct = 0;
            for (int v = 0; v < domain && distinct < criteria.distinctL[m]; v++) {
                if (h[base + v] > 0) {
                    distinct++;
                }
            }
            if (distinct < criteria.distinctL[m]) {
                return false;
            }
        }
        for (int m = 0; m < criteria.entropyAttribute.length; m++) {
            int s = criteria.entropyAttribute[m];
            int domain = data.sensDomain[s];
            int[] h = table.hist[s];
            int base = i * domain;
            double sum = 0;
            for (int v = 0; v < domain; v++) {
                int c = h[base + v];
                if (c > 0) {
                    sum += c * Math.log(c);
                }
            }
            double entropy = Math.log(count) - sum / count;
            if (entropy < criteria.entropyMinimum[m] - EPSILON) {
                return false;
            }
        }
        for (int m = 0; m < criteria.closeAttribute.length; m++) {
            int s = criteria.closeAttribute[m];
            double distance = criteria.closeHierarchical[m]
                    ? hierarchicalDistance(table, i, count, s)
                    : equalDistance(table, i, count, s);
            if (distance > criteria.closeT[m] + EPSILON) {
                return false;
            }
        }
        return true;
    }

    private double equalDistance(ClassTable table, int i, int count, int s) {
        int domain = data.sensDomain[s];
        int[] h = table.hist[s];
        long[] totals = data.sensTotals[s];
        int base = i * domain;
        double sum = 0;
        for (int v = 0; v < domain; v++) {
            sum += Math.abs((double) h[base + v] / count - (double) totals[v] / data.rows);
        }
        return sum / 2;
    }

    /**
     * Earth mover's distance with the hierarchical ground distance (Li, Li and Venkatasubramanian):
     * each inner node at level ℓ of a hierarchy of height H moves min(surplus, deficit) of its
     * children at cost ℓ / H; what is left moves up.
     */
    private double hierarchicalDistance(ClassTable table, int i, int count, int s) {
        int[][] codeOfLeaf = data.sensCodeOfLeaf[s];
        int height = codeOfLeaf.length - 1;
        if (height <= 0) {
            return 0;
        }
        int domain = data.sensDomain[s];
        int[] h = table.hist[s];
        long[] totals = data.sensTotals[s];
        int base = i * domain;
        for (int v = 0; v < domain; v++) {
            extra[v] = (double) h[base + v] / count - (double) totals[v] / data.rows;
        }
        double cost = 0;
        int[][] parents = data.sensParent[s];
        for (int level = 1; level <= height; level++) {
            int[] parentOf = parents[level];
            int parentCount = data.sensCodes[s][level];
            java.util.Arrays.fill(positive, 0, parentCount, 0);
            java.util.Arrays.fill(negative, 0, parentCount, 0);
            for (int child = 0; child < parentOf.length; child++) {
                double e = extra[child];
                if (e > 0) {
                    positive[parentOf[child]] += e;
                } else {
                    negative[parentOf[child]] -= e;
                }
            }
            double moved = 0;
            for (int p = 0; p < parentCount; p++) {
                moved += Math.min(positive[p], negative[p]);
                extra[p] = positive[p] - negative[p];
            }
            cost += moved * level / height;
        }
        return cost;
    }

    /** The score of a judged node; smaller is better. */
    double score(int[] levels, Outcome out) {
        return score(metric, levels, out);
    }

    double score(Metric kind, int[] levels, Outcome out) {
        long n = data.rows;
        long kept = n - out.suppressed;
        double cells = (double) n * data.qis;
        switch (kind) {
            case HEIGHT: {
                return height(levels);
            }
            case DISCERNIBILITY: {
                return (double) (out.keptSquares + (long) out.suppressed * n);
            }
            case PRECISION: {
                if (cells == 0) {
                    return 0;
                }
                double sum = 0;
                for (int q = 0; q < data.qis; q++) {
                    int max = data.levels[q] - 1;
                    sum += max == 0 ? out.suppressed : (double) (kept * levels[q] + (long) out.suppressed * max) / max;
                }
                return sum / cells;
            }
            case LOSS: {
                if (cells == 0) {
                    return 0;
                }
                double sum = 0;
                for (int q = 0; q < data.qis; q++) {
                    int domain = data.leafTotal[q] - 1;
                    long keptLoss = data.lossAll[q][levels[q]] - out.suppressedLoss[q];
                    sum += domain == 0 ? out.suppressed : (double) (keptLoss + (long) out.suppressed * domain) / domain;
                }
                return sum / cells;
            }
            default:
                throw new IllegalStateException("unknown metric " + kind);
        }
    }

    /** Whether {@link #bound} needs the node's classes. */
    boolean boundNeedsClasses() {
        return metric == Metric.DISCERNIBILITY;
    }

    /**
     * A lower bound on the score of this node and every generalisation of it, whatever is
     * suppressed: each record costs at least what it costs here without suppression (a
     * suppressed record costs the most), and a record of a class smaller than the smallest
     * allowed class ends up in a class at least that big, or suppressed.
     */
    double bound(int[] levels, ClassTable table) {
        long n = data.rows;
        double cells = (double) n * data.qis;
        switch (metric) {
            case HEIGHT:
                return height(levels);
            case DISCERNIBILITY: {
                long least = Math.min(criteria.minimumClass, n);
                long sum = 0;
                for (int i = 0; i < table.size; i++) {
                    long count = table.counts[i];
                    sum += count >= least ? count * count : count * least;
                }
                return (double) sum;
            }
            case PRECISION: {
                if (cells == 0) {
                    return 0;
                }
                double sum = 0;
                for (int q = 0; q < data.qis; q++) {
                    int max = data.levels[q] - 1;
                    sum += max == 0 ? 0 : (double) (n * levels[q]) / max;
                }
                return sum / cells;
            }
            case LOSS: {
                if (cells == 0) {
                    return 0;
                }
                double sum = 0;
                for (int q = 0; q < data.qis; q++) {
                    int domain = data.leafTotal[q] - 1;
                    sum += domain == 0 ? 0 : (double) data.lossAll[q][levels[q]] / domain;
                }
                return sum / cells;
            }
            default:
                throw new IllegalStateException("unknown metric " + metric);
        }
    }

    static int height(int[] levels) {
        int sum = 0;
        for (int level : levels) {
            sum += level;
        }
        return sum;
    }
}
