package eu.coact.anonymise.disclosure;

import java.util.OptionalDouble;

/**
 * Re-identification risk of the records of a table as they are. A record's prosecutor risk is
 * 1 / |E|, where E is its equivalence class (the records with the same quasi-identifier
 * values); its journalist risk is 1 / |F|, where F is the matching class of a population table.
 * Immutable.
 */
public final class RiskProfile {

    private final int records;
    private final int[] sizeCounts;
    private final int classes;
    private final double highestJournalist;
    private final double averageJournalist;
    private final boolean journalist;

    private RiskProfile(
            int records,
            int[] sizeCounts,
            int classes,
            boolean journalist,
            double highestJournalist,
            double averageJournalist) {
        this.records = records;
        this.sizeCounts = sizeCounts;
        this.classes = classes;
        this.journalist = journalist;
        this.highestJournalist = highestJournalist;
        this.averageJournalist = averageJournalist;
    }

    static RiskProfile of(int[] sizes, int[] classOfRow, int[] populationSizes, int records) {
        int largest = 0;
        int classes = 0;
        for (int size : sizes) {
            largest = Math.max(largest, size);
            classes += size > 0 ? 1 : 0;
        }
        int[] sizeCounts = new int[largest + 1];
        for (int size : sizes) {
            if (size > 0) {
                sizeCounts[size]++;
            }
        }
        double highest = 0;
        double sum = 0;
        if (populationSizes != null) {
            for (int r = 0; r < records; r++) {
                double risk = 1.0 / populationSizes[classOfRow[r]];
                highest = Math.max(highest, risk);
                sum += risk;
            }
        }
        return new RiskProfile(
                records, sizeCounts, classes, populationSizes != null, highest, records == 0 ? 0 : sum / records);
    }

    /**
     * The number of records assessed.
     *
     * @return the record count
     */
    public int records() {
        return records;
    }

    /**
     * The highest prosecutor risk: 1 / the size of the smallest class (0 for an empty table).
     *
     * @return a probability
     */
    public double highestProsecutorRisk() {
        for (int size = 1; size < sizeCounts.length; size++) {
            if (sizeCounts[size] > 0) {
                return 1.0 / size;
            }
        }
        return 0;
    }

    /**
     * The average prosecutor risk over records: the number of classes divided by the number of
     * records.
     *
     * @return a probability
     */
    public double averageProsecutorRisk() {
        return records == 0 ? 0 : (double) classes / records;
    }

    /**
     * The share of records whose prosecutor risk is above a threshold.
     *
     * @param threshold a probability, e.g. 0.2 for "more than one in five"
     * @return a fraction between 0 and 1
     */
    public double shareAbove(double threshold) {
        if (records == 0) {
            return 0;
        }
        long above = 0;
        for (int size = 1; size < sizeCounts.length; size++) {
            if (1.0 / size > threshold) {
                above += (long) size * sizeCounts[size];
            }
        }
        return (double) above / records;
    }

    /**
     * The sample uniques: records whose quasi-identifier values no other record shares.
     *
     * @return the count
     */
    public int sampleUniques() {
        return sizeCounts.length > 1 ? sizeCounts[1] : 0;
    }

    /**
     * The number of equivalence classes.
     *
     * @return the count
     */
    public int classes() {
        return classes;
    }

    /**
     * The highest journalist risk, when a population was given.
     *
     * @return a probability, or empty without a population
     */
    public OptionalDouble highestJournalistRisk() {
        return journalist ? OptionalDouble.of(highestJournalist) : OptionalDouble.empty();
    }

    /**
     * The average journalist risk over sample records, when a population was given.
     *
     * @return a probability, or empty without a population
     */
    public OptionalDouble averageJournalistRisk() {
        return journalist ? OptionalDouble.of(averageJournalist) : OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return "RiskProfile[records=" + records + ", highestProsecutor=" + highestProsecutorRisk()
                + ", averageProsecutor=" + averageProsecutorRisk() + ", sampleUniques=" + sampleUniques() + "]";
    }
}
