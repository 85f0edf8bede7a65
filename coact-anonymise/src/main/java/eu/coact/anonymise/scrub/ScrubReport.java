package eu.coact.anonymise.scrub;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What scrubbing replaced: a count per {@link IdentifierKind}. It never holds the original
 * values nor their positions, so it can be logged and published.
 *
 * @param counts how many identifiers of each kind were replaced (kinds not found are absent)
 */
public record ScrubReport(Map<IdentifierKind, Integer> counts) {

    private static final ScrubReport NONE = new ScrubReport(Map.of());

    /** Copies the counts and refuses negative ones. */
    public ScrubReport {
        Objects.requireNonNull(counts, "counts");
        EnumMap<IdentifierKind, Integer> copy = new EnumMap<>(IdentifierKind.class);
        counts.forEach((kind, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
            if (count > 0) {
                copy.put(kind, count);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    /**
     * The report of a text where nothing was found.
     *
     * @return an empty report
     */
    public static ScrubReport none() {
        return NONE;
    }

    /**
     * How many identifiers of a kind were replaced.
     *
     * @param kind the kind
     * @return the count, 0 when none
     */
    public int count(IdentifierKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /**
     * How many identifiers were replaced in all.
     *
     * @return the total
     */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * True when nothing was replaced.
     *
     * @return whether the report is empty
     */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /**
     * The counts of this report and another added up, e.g. over all answers of a study.
     *
     * @param other another report
     * @return the sum
     */
    public ScrubReport plus(ScrubReport other) {
        EnumMap<IdentifierKind, Integer> sum = new EnumMap<>(IdentifierKind.class);
        sum.putAll(counts);
        other.counts.forEach((kind, count) -> sum.merge(kind, count, Integer::sum));
        return new ScrubReport(sum);
    }
}
