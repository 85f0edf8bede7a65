package eu.coact.anonymise.disclosure.internal;

import eu.coact.anonymise.disclosure.Metric;

/** Judges a single transformation, and tells which records it suppresses. */
public final class Judge {

    private Judge() {}

    /**
     * Judges one transformation.
     *
     * @param data     the encoded table
     * @param criteria the models
     * @param metric   the metric to score with
     * @param levels   the level of each quasi-identifier
     * @return the judgement
     */
    public static Found judge(Encoded data, Criteria criteria, Metric metric, int[] levels) {
        ClassTable table = ClassTable.group(data).rollUp(data, new int[data.qis], levels);
        Evaluator evaluator = new Evaluator(data, criteria, metric);
        Outcome outcome = new Outcome(false);
        evaluator.evaluate(table, levels, outcome);
        return new Found(levels.clone(), outcome.satisfied, outcome.suppressed, evaluator.score(levels, outcome));
    }

    /**
     * Which records a transformation suppresses: those whose class fails a model.
     *
     * @param data     the encoded table
     * @param criteria the models
     * @param levels   the level of each quasi-identifier
     * @return per record, whether it is suppressed
     */
    public static boolean[] suppressedRows(Encoded data, Criteria criteria, int[] levels) {
        ClassTable table = ClassTable.group(data).rollUp(data, new int[data.qis], levels);
        LongIndex index = new LongIndex(table.size);
        for (int i = 0; i < table.size; i++) {
            index.indexOrAdd(table.keys[i]);
        }
        Evaluator evaluator = new Evaluator(data, criteria, Metric.HEIGHT);
        boolean[] failing = new boolean[table.size];
        for (int i = 0; i < table.size; i++) {
            failing[i] = !evaluator.passes(table, i, table.counts[i]);
        }
        boolean[] suppressed = new boolean[data.rows];
        for (int r = 0; r < data.rows; r++) {
            long key = 0;
            for (int q = 0; q < data.qis; q++) {
                key |= (long) data.codeOfLeaf[q][levels[q]][data.leaf[q][r]] << data.shift[q];
            }
            suppressed[r] = failing[index.indexOf(key)];
        }
        return suppressed;
    }
}
