package eu.coact.anonymise.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A full-domain generalisation: one level per quasi-identifier, applied to every record, with
 * its judgement.
 *
 * @param attributes        the quasi-identifiers, in configuration order
 * @param levels            the level of each, same order
 * @param satisfiesModels   whether every privacy model holds with at most the allowed suppression
 * @param suppressedRecords how many records are suppressed (their class fails a model)
 * @param metric            the metric of the score
 * @param score             the metric's score, smaller is better (see {@link Metric})
 */
public record Transformation(
        List<String> attributes,
        List<Integer> levels,
        boolean satisfiesModels,
        int suppressedRecords,
        Metric metric,
        double score) {

    /** Copies the lists and checks they match. */
    public Transformation {
        attributes = List.copyOf(attributes);
        levels = List.copyOf(levels);
        Objects.requireNonNull(metric, "metric");
        if (attributes.size() != levels.size()) {
            throw new IllegalArgumentException("one level per attribute");
        }
    }

    /**
     * The level of one quasi-identifier.
     *
     * @param attribute the attribute
     * @return its level
     * @throws IllegalArgumentException if it is not a quasi-identifier of this transformation
     */
    public int level(String attribute) {
        int index = attributes.indexOf(attribute);
        if (index < 0) {
            throw new IllegalArgumentException("'" + attribute + "' is not a quasi-identifier here");
        }
        return levels.get(index);
    }

    /**
     * The height: the sum of the levels.
     *
     * @return the height
     */
    public int height() {
        return levels.stream().mapToInt(Integer::intValue).sum();
    }
}
