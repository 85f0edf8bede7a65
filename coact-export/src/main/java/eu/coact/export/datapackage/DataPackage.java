package eu.coact.export.datapackage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Frictionless Data Package (v2): descriptive metadata and the tabular resources of a
 * release. Immutable; build one with {@link #builder(String)}.
 *
 * <pre>{@code
 * DataPackage pkg = DataPackage.builder("coact-mental-health")
 *         .title("CoAct for Mental Health: answers")
 *         .version("1.0.0")
 *         .created(Instant.parse("2026-11-21T00:00:00Z"))
 *         .licence(Licence.ccBy4())
 *         .resource(DataResource.csv("answers", "answers.csv", schema))
 *         .build();
 * }</pre>
 *
 * @param name         the package name, lower case (e.g. {@code coact-mental-health})
 * @param title        a human title; may be empty
 * @param description  what the package holds (Markdown allowed); may be empty
 * @param version      the package version (e.g. {@code 1.0.0}); may be empty
 * @param created      when the package was created, to the second
 * @param licences     the licences the data is published under
 * @param contributors who contributed and how
 * @param sources      where the data came from
 * @param keywords     words to find the package by
 * @param resources    the tables; at least one, names unique
 */
public record DataPackage(
        String name,
        String title,
        String description,
        String version,
        Optional<Instant> created,
        List<Licence> licences,
        List<Contributor> contributors,
        List<Source> sources,
        List<String> keywords,
        List<DataResource> resources) {

    /** The profile URL of Data Package v2 descriptors. */
    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Copies the lists and checks the name, resource names and references between resources. */
    public DataPackage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(created, "created");
        licences = List.copyOf(licences);
        contributors = List.copyOf(contributors);
        sources = List.copyOf(sources);
        keywords = List.copyOf(keywords);
        resources = List.copyOf(resources);
        created = created.map(c -> c.truncatedTo(ChronoUnit.SECONDS));
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a package name is lower case letters, digits, '.', '_', '-': '" + name + "'");
        }
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("a data package needs at least one resource");
        }
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (DataResource r : resources) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("two resources are named '" + r.name() + "'");
            }
            if (!paths.add(r.path())) {
                throw new IllegalArgumentException("two resources share the path '" + r.path() + "'");
            }
        }
        checkReferences(resources);
    }

    private static void checkReferences(List<DataResource> resources) {
        for (DataResource r : resources) {
            for (ForeignKey fk : r.schema().foreignKeys()) {
                DataResource target = fk.resource()
                        .map(t -> find(t, resources)
                                .orElseThrow(() -> new IllegalArgumentException("resource '" + r.name()
                                        + "' refers to '" + t + "', which is not in the package")))
                        .orElse(r);
                for (String f : fk.referenceFields()) {
                    if (target.schema().field(f).isEmpty()) {
                        throw new IllegalArgumentException("resource '" + r.name() + "' refers to field '" + f
                                + "' of '" + target.name() + "', which has no such field");
                    }
                }
            }
        }
    }

    /** A builder for a package with this name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The resource with this name. */
    public Optional<DataResource> resource(String resourceName) {
        return find(resourceName, resources);
    }

    private static Optional<DataResource> find(String resourceName, List<DataResource> in) {
        return in.stream().filter(r -> r.name().equals(resourceName)).findFirst();
    }

    /** Collects the optional parts of a package; {@link #build()} checks the whole. */
    public static final class Builder {
        private final String name;
        private String title = "";
        private String description = "";
        private String version = "";
        private Optional<Instant> created = Optional.empty();
        private final List<Licence> licences = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<DataResource> resources = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the human title. */
        public Builder title(String value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /** Sets the description. */
        public Builder description(String value) {
            this.description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** Sets the version. */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        /** Sets the creation time. */
        public Builder created(Instant value) {
            this.created = Optional.of(value);
            return this;
        }

        /** Adds a licence. */
        public Builder licence(Licence value) {
            licences.add(Objects.requireNonNull(value, "licence"));
            return this;
        }

        /** Adds a contributor. */
        public Builder contributor(Contributor value) {
            contributors.add(Objects.requireNonNull(value, "contributor"));
            return this;
        }

        /** Adds a source. */
        public Builder source(Source value) {
            sources.add(Objects.requireNonNull(value, "source"));
            return this;
        }

        /** Adds a keyword. */
        public Builder keyword(String value) {
            keywords.add(Objects.requireNonNull(value, "keyword"));
            return this;
        }

        /** Adds a resource. */
        public Builder resource(DataResource value) {
            resources.add(Objects.requireNonNull(value, "resource"));
            return this;
        }

        /** The package; throws {@link IllegalArgumentException} when the parts do not fit together. */
        public DataPackage build() {
            return new DataPackage(
                    name, title, description, version, created, licences, contributors, sources, keywords, resources);
        }
    }
}
