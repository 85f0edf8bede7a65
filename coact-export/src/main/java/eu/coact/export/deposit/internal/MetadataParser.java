package eu.coact.export.deposit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Language;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.datapackage.Licence;
import eu.coact.export.deposit.Contribution;
import eu.coact.export.deposit.ContributorRole;
import eu.coact.export.deposit.Creator;
import eu.coact.export.deposit.ReleaseMetadata;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the release metadata format, collecting every problem with its location. */
public final class MetadataParser {

    private static final Set<String> TOP = Set.of(
            "title",
            "description",
            "version",
            "released",
            "publisher",
            "language",
            "licence",
            "creators",
            "contributors",
            "keywords",
            "doi",
            "url");
    private static final Set<String> NAME_KEYS =
            Set.of("given", "family", "orcid", "affiliation", "organisation", "role");
    private static final Map<String, Licence> KNOWN_LICENCES =
            Map.of("CC-BY-4.0", Licence.ccBy4(), "CC0-1.0", Licence.cc0());

    private final SourceDocument doc;
    private final Set<String> top;
    private final Problems.Builder problems = Problems.builder();
    private final NodeReader fields;

    private MetadataParser(SourceDocument doc, Set<String> top) {
        this.doc = doc;
        this.top = top;
        this.fields = new NodeReader(doc, problems);
    }

    /** The metadata of a document, or every problem that prevents it. */
    public static Validated<ReleaseMetadata> parse(SourceDocument doc) {
        return new MetadataParser(doc, TOP).parse();
    }

    /**
     * The metadata of a document that also holds other settings (a release configuration): keys
     * in {@code otherKeys} are left to the caller instead of being reported as unknown.
     */
    public static Validated<ReleaseMetadata> parse(SourceDocument doc, Set<String> otherKeys) {
        Set<String> all = new java.util.HashSet<>(TOP);
        all.addAll(otherKeys);
        return new MetadataParser(doc, Set.copyOf(all)).parse();
    }

    private Validated<ReleaseMetadata> parse() {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            error("", "wrong-type", "release metadata is a mapping of keys such as title, version, creators");
            return Validated.invalid(problems.build());
        }
        fields.knownFields(root, "", "the release metadata", top);
        String title = fields.text(root, "", "title", Need.REQUIRED).orElse("");
        String description = fields.text(root, "", "description", Need.OPTIONAL).orElse("");
        String version = fields.text(root, "", "version", Need.REQUIRED).orElse("");
        String publisher = fields.text(root, "", "publisher", Need.REQUIRED).orElse("");
        Optional<LocalDate> released = fields.text(root, "", "released", Need.REQUIRED)
                .flatMap(t -> {
                    try {
                        return Optional.of(LocalDate.parse(t));
                    } catch (DateTimeParseException e) {
                        error("/released", "invalid-date", "'released' is a date such as 2026-11-21, not '" + t + "'");
                        return Optional.empty();
                    }
                });
        Optional<Language> language = fields.text(root, "", "language", Need.REQUIRED)
                .flatMap(t -> attempt("/language", "invalid-language", () -> Language.of(t)));
        Optional<Licence> licence = licence(root);
        List<Creator> creators = new ArrayList<>();
        forEach(root, "/creators", true, (node, at) -> creator(node, at, false).ifPresent(creators::add));
        List<Contribution> contributors = new ArrayList<>();
        forEach(root, "/contributors", false, (node, at) -> {
            Optional<Creator> who = creator(node, at, true);
            Optional<ContributorRole> role = fields.text(node, at, "role", Need.REQUIRED)
                    .flatMap(r -> {
                        Optional<ContributorRole> known = ContributorRole.fromDataCiteName(r);
                        if (known.isEmpty()) {
                            error(
                                    at + "/role",
                                    "unknown-role",
                                    "unknown role '" + r + "'; use one of "
                                            + Arrays.stream(ContributorRole.values())
                                                    .map(ContributorRole::dataCiteName)
                                                    .toList());
                        }
                        return known;
                    });
            if (who.isPresent() && role.isPresent()) {
                contributors.add(new Contribution(who.get(), role.get()));
            }
        });
        List<String> keywords = new ArrayList<>();
        JsonNode kw = root.get("keywords");
        if (kw != null) {
            if (!kw.isArray()) {
                error("/keywords", "wrong-type", "'keywords' is a list of words");
            } else {
                for (int i = 0; i < kw.size(); i++) {
                    if (kw.get(i).isTextual() && !kw.get(i).textValue().isBlank()) {
                        keywords.add(kw.get(i).textValue());
                    } else {
                        error("/keywords/" + i, "wrong-type", "each keyword is a non-empty text");
                    }
                }
            }
        }
        Optional<String> doi = fields.text(root, "", "doi", Need.OPTIONAL);
        doi.ifPresent(d -> {
            if (!ReleaseMetadata.isDoi(d)) {
                error(
                        "/doi",
                        "invalid-doi",
                        "'" + d + "' is not a DOI such as 10.5281/zenodo.1234567 (leave out https://doi.org/)");
            }
        });
        Optional<String> url = fields.text(root, "", "url", Need.OPTIONAL);
        url.ifPresent(u -> {
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                error("/url", "invalid-url", "'url' is a web address starting with https://");
            }
        });
        if (doi.isPresent() && url.isEmpty()) {
            error("/doi", "missing-field", "a release with a DOI needs 'url', the landing page the DOI resolves to");
        }
        if (problems.hasErrors() || released.isEmpty() || language.isEmpty() || licence.isEmpty()) {
            return Validated.invalid(problems.build());
        }
        return attempt(
                        "",
                        "invalid-metadata",
                        () -> new ReleaseMetadata(
                                title,
                                description,
                                version,
                                released.get(),
                                publisher,
                                language.get(),
                                creators,
                                contributors,
                                licence.get(),
                                keywords,
                                doi,
                                url))
                .map(Validated::valid)
                .orElseGet(() -> Validated.invalid(problems.build()));
    }

    private Optional<Licence> licence(JsonNode root) {
        JsonNode node = root.get("licence");
        if (node == null) {
            error("", "missing-field", "'licence' is required, e.g. CC-BY-4.0");
            return Optional.empty();
        }
        if (node.isTextual()) {
            Licence known = KNOWN_LICENCES.get(node.textValue());
            if (known == null) {
                error(
                        "/licence",
                        "unknown-licence",
                        "'" + node.textValue() + "' is not a licence this library knows by name ("
                                + String.join(
                                        ", ",
                                        KNOWN_LICENCES.keySet().stream()
                                                .sorted()
                                                .toList()) + "); give id, url and title instead");
            }
            return Optional.ofNullable(known);
        }
        if (node.isObject()) {
            fields.knownFields(node, "/licence", "the licence", Set.of("id", "url", "title"));
            Optional<String> id = fields.text(node, "/licence", "id", Need.REQUIRED);
            Optional<String> licenceUrl = fields.text(node, "/licence", "url", Need.REQUIRED);
            Optional<String> licenceTitle = fields.text(node, "/licence", "title", Need.REQUIRED);
            if (id.isPresent() && licenceUrl.isPresent() && licenceTitle.isPresent()) {
                return attempt(
                        "/licence",
                        "invalid-licence",
                        () -> new Licence(id.get(), licenceUrl.get(), licenceTitle.get()));
            }
            return Optional.empty();
        }
        error(
                "/licence",
                "invalid-licence",
                "'licence' is an SPDX id such as CC-BY-4.0, or a mapping with id, url and title");
        return Optional.empty();
    }

    private Optional<Creator> creator(JsonNode node, String at, boolean withRole) {
        Set<String> allowed = new java.util.HashSet<>(NAME_KEYS);
        if (!withRole) {
            allowed.remove("role");
        }
        fields.knownFields(node, at, withRole ? "a contributor" : "a creator", allowed);
        if (node.has("organisation")) {
            if (node.has("given") || node.has("family") || node.has("orcid")) {
                error(at, "mixed-creator", "an entry is either a person (given, family) or an organisation, not both");
                return Optional.empty();
            }
            return fields.text(node, at, "organisation", Need.REQUIRED)
                    .flatMap(n -> attempt(at, "invalid-creator", () -> new Creator.Organisation(n)));
        }
        Optional<String> given = fields.text(node, at, "given", Need.REQUIRED);
        Optional<String> family = fields.text(node, at, "family", Need.REQUIRED);
        Optional<String> orcid = fields.text(node, at, "orcid", Need.OPTIONAL);
        Optional<String> affiliation = fields.text(node, at, "affiliation", Need.OPTIONAL);
        orcid.ifPresent(id -> {
            if (!Creator.Person.isOrcid(id)) {
                error(
                        at + "/orcid",
                        "invalid-orcid",
                        "'" + id
                                + "' is not an ORCID iD: four groups of four digits, the last digit a check digit (e.g. 0000-0002-1825-0097)");
            }
        });
        if (given.isEmpty() || family.isEmpty() || (orcid.isPresent() && !Creator.Person.isOrcid(orcid.get()))) {
            return Optional.empty();
        }
        return attempt(at, "invalid-creator", () -> new Creator.Person(given.get(), family.get(), orcid, affiliation));
    }

    // --- small readers ------------------------------------------------------------------------

    private interface Each {
        void accept(JsonNode node, String at);
    }

    private void forEach(JsonNode parent, String pointer, boolean required, Each each) {
        JsonNode list = parent.at(pointer);
        if (list.isMissingNode()) {
            if (required) {
                error("", "missing-field", "'" + pointer.substring(1) + "' is required");
            }
            return;
        }
        if (!list.isArray() || (required && list.isEmpty())) {
            error(
                    pointer,
                    "wrong-type",
                    "'" + pointer.substring(1) + "' is a " + (required ? "non-empty " : "") + "list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            if (!list.get(i).isObject()) {
                error(at, "wrong-type", "each entry of '" + pointer.substring(1) + "' is a mapping");
                continue;
            }
            each.accept(list.get(i), at);
        }
    }

    private interface Attempt<T> {
        T get();
    }

    private <T> Optional<T> attempt(String at, String code, Attempt<T> action) {
        try {
            return Optional.of(action.get());
        } catch (IllegalArgumentException e) {
            error(at, code, e.getMessage());
            return Optional.empty();
        }
    }

    private void error(String pointer, String code, String message) {
        problems.error(code, message, doc.locate(pointer));
    }
}
