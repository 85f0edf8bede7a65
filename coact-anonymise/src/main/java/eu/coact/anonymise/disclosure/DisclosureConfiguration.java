package eu.coact.anonymise.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a release must guarantee: the role of every column, the hierarchy of every
 * quasi-identifier, the privacy models, the largest share of records that may be suppressed,
 * and the metric the search minimises. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * DisclosureConfiguration configuration = DisclosureConfiguration.builder()
 *     .quasiIdentifying("age", Hierarchy.intervals(0, 99, 5, 10))
 *     .sensitive("diagnosis")
 *     .identifying("email")
 *     .model(PrivacyModel.kAnonymity(5))
 *     .suppressionLimit(0.02)
 *     .metric(Metric.LOSS)
 *     .build();
 * }</pre>
 */
public final class DisclosureConfiguration {

    private final Map<String, AttributeRole> roles;
    private final Map<String, Hierarchy> hierarchies;
    private final List<PrivacyModel> models;
    private final double suppressionLimit;
    private final Metric metric;

    private DisclosureConfiguration(Builder builder) {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(builder.roles));
        hierarchies = Collections.unmodifiableMap(new LinkedHashMap<>(builder.hierarchies));
        models = List.copyOf(builder.models);
        suppressionLimit = builder.suppressionLimit;
        metric = builder.metric;
    }

    /**
     * A new builder: no attributes, no models, no suppression, {@link Metric#LOSS}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The role of every declared column, in declaration order.
     *
     * @return column name to role
     */
    public Map<String, AttributeRole> roles() {
        return roles;
    }

    /**
     * The quasi-identifiers, in declaration order (the order of levels in a transformation).
     *
     * @return their names
     */
    public List<String> quasiIdentifiers() {
        List<String> names = new ArrayList<>();
        roles.forEach((name, role) -> {
            if (role == AttributeRole.QUASI_IDENTIFYING) {
                names.add(name);
            }
        });
        return names;
    }

    /**
     * The hierarchy of an attribute.
     *
     * @param attribute the attribute
     * @return its hierarchy, if one was given
     */
    public Optional<Hierarchy> hierarchy(String attribute) {
        return Optional.ofNullable(hierarchies.get(attribute));
    }

    /**
     * The privacy models every released class must meet.
     *
     * @return the models
     */
    public List<PrivacyModel> models() {
        return models;
    }

    /**
     * The largest fraction of records that may be suppressed, between 0 and 1.
     *
     * @return the limit
     */
    public double suppressionLimit() {
        return suppressionLimit;
    }

    /**
     * The metric the search minimises.
     *
     * @return the metric
     */
    public Metric metric() {
        return metric;
    }

    /**
     * The same configuration with another metric.
     *
     * @param other the metric
     * @return a new configuration
     */
    public DisclosureConfiguration withMetric(Metric other) {
        Builder builder = toBuilder();
        builder.metric(other);
        return builder.build();
    }

    /**
     * A builder holding this configuration, to change a part of it.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.roles.putAll(roles);
        builder.hierarchies.putAll(hierarchies);
        builder.models.addAll(models);
        builder.suppressionLimit = suppressionLimit;
        builder.metric = metric;
        return builder;
    }

    @Override
    public String toString() {
        return "DisclosureConfiguration[roles=" + roles + ", models=" + models + ", suppressionLimit="
                + suppressionLimit + ", metric=" + metric + "]";
    }

    /** Collects the parts of a configuration; {@link #build()} checks them together. */
    public static final class Builder {
        private final Map<String, AttributeRole> roles = new LinkedHashMap<>();
        private final Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        private final List<PrivacyModel> models = new ArrayList<>();
        private double suppressionLimit;
        private Metric metric = Metric.LOSS;

        private Builder() {}

        /**
         * Declares a quasi-identifier and how it generalises.
         *
         * @param attribute the column
         * @param hierarchy its hierarchy
         * @return this builder
         */
        public Builder quasiIdentifying(String attribute, Hierarchy hierarchy) {
            roles.put(Objects.requireNonNull(attribute, "attribute"), AttributeRole.QUASI_IDENTIFYING);
            hierarchies.put(attribute, Objects.requireNonNull(hierarchy, "hierarchy"));
            return this;
        }

        /**
         * Declares a sensitive attribute.
         *
         * @param attribute the column
         * @return this builder
         */
        public Builder sensitive(String attribute) {
            roles.put(Objects.requireNonNull(attribute, "attribute"), AttributeRole.SENSITIVE);
            hierarchies.remove(attribute);
            return this;
        }

        /**
         * Declares a sensitive attribute with a hierarchy, needed for hierarchical t-closeness.
         *
         * @param attribute the column
         * @param hierarchy its hierarchy
         * @return this builder
         */
        public Builder sensitive(String attribute, Hierarchy hierarchy) {
            roles.put(Objects.requireNonNull(attribute, "attribute"), AttributeRole.SENSITIVE);
            hierarchies.put(attribute, Objects.requireNonNull(hierarchy, "hierarchy"));
            return this;
        }

        /**
         * Declares a directly identifying column, which no release contains.
         *
         * @param attribute the column
         * @return this builder
         */
        public Builder identifying(String attribute) {
            roles.put(Objects.requireNonNull(attribute, "attribute"), AttributeRole.IDENTIFYING);
            hierarchies.remove(attribute);
            return this;
        }

        /**
         * Declares a column released as it is.
         *
         * @param attribute the column
         * @return this builder
         */
        public Builder insensitive(String attribute) {
            roles.put(Objects.requireNonNull(attribute, "attribute"), AttributeRole.INSENSITIVE);
            hierarchies.remove(attribute);
            return this;
        }

        /**
         * Adds a privacy model.
         *
         * @param model the model
         * @return this builder
         */
        public Builder model(PrivacyModel model) {
            models.add(Objects.requireNonNull(model, "model"));
            return this;
        }

        /**
         * Sets the largest fraction of records that may be suppressed (0 by default).
         *
         * @param fraction between 0 and 1
         * @return this builder
         */
        public Builder suppressionLimit(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException(
                        "the suppression limit is a fraction between 0 and 1, was " + fraction);
            }
            suppressionLimit = fraction;
            return this;
        }

        /**
         * Sets the metric the search minimises ({@link Metric#LOSS} by default).
         *
         * @param value the metric
         * @return this builder
         */
        public Builder metric(Metric value) {
            metric = Objects.requireNonNull(value, "metric");
            return this;
        }

        /**
         * Checks the parts together and builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if there is no quasi-identifier or no model, or a model
         *                                  names an attribute that is not declared sensitive, or
         *                                  hierarchical t-closeness lacks a hierarchy
         */
        public DisclosureConfiguration build() {
            if (!roles.containsValue(AttributeRole.QUASI_IDENTIFYING)) {
                throw new IllegalArgumentException("declare at least one quasi-identifying attribute");
            }
            if (models.isEmpty()) {
                throw new IllegalArgumentException("declare at least one privacy model");
            }
            for (PrivacyModel model : models) {
                String attribute = null;
                if (model instanceof PrivacyModel.DistinctLDiversity d) {
                    attribute = d.attribute();
                } else if (model instanceof PrivacyModel.EntropyLDiversity e) {
                    attribute = e.attribute();
                } else if (model instanceof PrivacyModel.TCloseness t) {
                    attribute = t.attribute();
                }
                if (attribute != null && roles.get(attribute) != AttributeRole.SENSITIVE) {
                    throw new IllegalArgumentException(
                            model + " protects '" + attribute + "', which is not declared sensitive");
                }
                if (model instanceof PrivacyModel.TCloseness t
                        && t.distance() == GroundDistance.HIERARCHICAL
                        && !hierarchies.containsKey(attribute)) {
                    throw new IllegalArgumentException(
                            "hierarchical t-closeness on '" + attribute + "' needs a hierarchy for it");
                }
            }
            return new DisclosureConfiguration(this);
        }
    }
}
