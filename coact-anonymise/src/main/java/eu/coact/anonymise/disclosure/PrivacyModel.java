package eu.coact.anonymise.disclosure;

import java.util.Objects;

/**
 * A condition every equivalence class of a release must meet (an equivalence class is the set
 * of records that look the same on all quasi-identifiers). Records of classes that fail are
 * suppressed, up to the configured suppression limit.
 */
public sealed interface PrivacyModel {

    /**
     * Every class has at least {@code k} records.
     *
     * @param k the smallest class size, at least 1
     */
    record KAnonymity(int k) implements PrivacyModel {
        /** Validates {@code k}. */
        public KAnonymity {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
        }
    }

    /**
     * Every class has at least {@code l} different values of a sensitive attribute.
     *
     * @param attribute the sensitive attribute
     * @param l         the number of distinct values, at least 1
     */
    record DistinctLDiversity(String attribute, int l) implements PrivacyModel {
        /** Validates the parts. */
        public DistinctLDiversity {
            Objects.requireNonNull(attribute, "attribute");
            if (l < 1) {
                throw new IllegalArgumentException("l must be at least 1, was " + l);
            }
        }
    }

    /**
     * In every class the entropy of the sensitive attribute is at least {@code ln(l)}.
     *
     * @param attribute the sensitive attribute
     * @param l         the diversity, at least 1
     */
    record EntropyLDiversity(String attribute, double l) implements PrivacyModel {
        /** Validates the parts. */
        public EntropyLDiversity {
            Objects.requireNonNull(attribute, "attribute");
            if (!(l >= 1)) {
                throw new IllegalArgumentException("l must be at least 1, was " + l);
            }
        }
    }

    /**
     * In every class the distribution of the sensitive attribute is within earth mover's
     * distance {@code t} of its distribution in the whole table.
     *
     * @param attribute the sensitive attribute
     * @param t         the largest distance allowed, between 0 and 1
     * @param distance  how far apart two values are
     */
    record TCloseness(String attribute, double t, GroundDistance distance) implements PrivacyModel {
        /** Validates the parts. */
        public TCloseness {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(distance, "distance");
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("t must be between 0 and 1, was " + t);
            }
        }
    }

    /**
     * k-anonymity.
     *
     * @param k the smallest class size
     * @return the model
     */
    static PrivacyModel kAnonymity(int k) {
        return new KAnonymity(k);
    }

    /**
     * Distinct l-diversity.
     *
     * @param attribute the sensitive attribute
     * @param l         the number of distinct values per class
     * @return the model
     */
    static PrivacyModel distinctLDiversity(String attribute, int l) {
        return new DistinctLDiversity(attribute, l);
    }

    /**
     * Entropy l-diversity.
     *
     * @param attribute the sensitive attribute
     * @param l         the diversity
     * @return the model
     */
    static PrivacyModel entropyLDiversity(String attribute, double l) {
        return new EntropyLDiversity(attribute, l);
    }

    /**
     * t-closeness with the equal ground distance (every two values are 1 apart).
     *
     * @param attribute the sensitive attribute
     * @param t         the largest distance
     * @return the model
     */
    static PrivacyModel tCloseness(String attribute, double t) {
        return new TCloseness(attribute, t, GroundDistance.EQUAL);
    }

    /**
     * t-closeness with the hierarchical ground distance (values are as far apart as the level
     * of their lowest common generalisation, divided by the hierarchy's height).
     *
     * @param attribute the sensitive attribute, which needs a hierarchy
     * @param t         the largest distance
     * @return the model
     */
    static PrivacyModel hierarchicalTCloseness(String attribute, double t) {
        return new TCloseness(attribute, t, GroundDistance.HIERARCHICAL);
    }
}
