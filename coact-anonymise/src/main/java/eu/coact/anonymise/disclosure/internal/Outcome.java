package eu.coact.anonymise.disclosure.internal;

/** What judging one node found: suppressed records and the sums the metrics are made of. */
final class Outcome {

    final boolean allMetrics;
    int suppressed;
    long keptSquares;
    long[] suppressedLoss = new long[0];
    boolean satisfied;

    Outcome(boolean allMetrics) {
        this.allMetrics = allMetrics;
    }

    void reset(int qis) {
        suppressed = 0;
        keptSquares = 0;
        if (suppressedLoss.length != qis) {
            suppressedLoss = new long[qis];
        } else {
            java.util.Arrays.fill(suppressedLoss, 0);
        }
        satisfied = false;
    }
}
