package eu.coact.export.deposit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Language;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the release metadata format, collecting every problem with its location. */
public final class MetadataParser {

    private static final Set<String> TOP = Set.of("title", "description", "version", "released", "publisher", "language",
            "licence", "creators", "contributors", "keywords", "doi", "url");
    private static final Set<String> NAME_KEYS = Set.of("given", "family", "orcid", "affiliation", "organisation", "role");
    private static final Map<String, Licence> KNOWN_LICENCES = Map.of("CC-BY-4.0", Licence.ccBy4(), "CC0-1.0", Licence.cc0());

    private final SourceDocument doc;
    private final Set<String> top;
    private final Problems.Builder problems = Problems.builder();

    private MetadataParser(SourceDocument doc, Set<String> top) {
        this.doc = doc;
        this.top = top;
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
            error("", "not-an-object", "release metadata is a mapping of keys such as title, version, creators");
            return Validated.invalid(problems.build());
        }
        unknownKeys(root, "", top);
        String title = text(root, "/title", true).orElse("");
        String description = text(root, "/description", false).orElse("");
        String version = text(root, "/version", true).orElse("");
        String publisher = text(root, "/publisher", true).orElse("");
        Optional<LocalDate> released = text(root, "/released", true).flatMap(t -> {
            try {
                return Optional.of(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                error("/released", "invalid-date", "'released' is a date such as 2026-11-21, not '" + t + "'");
                return Optional.empty();
            }
        });
        Optional<Language> language = text(root, "/language", true).flatMap(t -> attempt("/language", "invalid-language", () -> Language.of(t)));
        Optional<Licence> licence = licence(root);
        List<Creator> creators = new ArrayList<>();
        forEach(root, "/creators", true, (node, at) -> creator(node, at, false).ifPresent(creators::add));
        List<Contribution> contributors = new ArrayList<>();
        forEach(root, "/contributors", false, (node, at) -> {
            Optional<Creator> who = creator(node, at, true);
            Optional<ContributorRole> role = text(node, at, "/role", true).flatMap(r -> {
                Optional<ContributorRole> known = ContributorRole.fromDataCiteName(r);
                if (known.isEmpty()) {
                    error(at + "/role", "unknown-role", "unknown role '" + r + "'; use one of "
                            + Arrays.stream(ContributorRole.values()).map(ContributorRole::dataCiteName).toList());
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
                error("/keywords", "not-a-list", "'keywords' is a list of words");
            } else {
                for (int i = 0; i < kw.size(); i++) {
                    if (kw.get(i).isTextual() && !kw.get(i).textValue().isBlank()) {
                        keywords.add(kw.get(i).textValue());
                    } else {
                        error("/keywords/" + i, "not-a-string", "each keyword is a non-empty text");
                    }
                }
            }
        }
        Optional<String> doi = text(root, "/doi", false);
        doi.ifPresent(d -> {
            if (!ReleaseMetadata.isDoi(d)) {
                error("/doi", "invalid-doi", "'" + d + "' is not a DOI such as 10.5281/zenodo.1234567 (leave out https://doi.org/)");
            }
        });
        Optional<String> url = text(root, "/url", false);
        url.ifPresent(u -> {
            if (!u.startsWith("https://") && !u.startsWith("http://")) {
                error("/url", "invalid-url", "'url' is a web address starting with https://");
            }
        });
        if (problems.hasErrors() || released.isEmpty() || language.isEmpty() || licence.isEmpty()) {
            return Validated.invalid(problems.build());
        }
        return attempt("", "invalid-metadata", () -> new ReleaseMetadata(title, description, version, released.get(), publisher,
                language.get(), creators, contributors, licence.get(), keywords, doi, url))
                .map(Validated::valid)
                .orElseGet(() -> Validated.invalid(problems.build()));
    }

    private Optional<Licence> licence(JsonNode root) {
        JsonNode node = root.get("licence");
        if (node == null) {
            error("", "missing-property", "'licence' is required, e.g. CC-BY-4.0");
            return Optional.empty();
        }
        if (node.isTextual()) {
            Licence known = KNOWN_LICENCES.get(node.textValue());
            if (known == null) {
                error("/licence", "unknown-licence", "'" + node.textValue() + "' is not a licence this library knows by name ("
                        + String.join(", ", KNOWN_LICENCES.keySet().stream().sorted().toList()) + "); give id, url and title instead");
            }
            return Optional.ofNullable(known);
        }
        if (node.isObject()) {
            unknownKeys(node, "/licence", Set.of("id", "url", "title"));
            Optional<String> id = text(node, "/licence", "/id", true);
            Optional<String> licenceUrl = text(node, "/licence", "/url", true);
            Optional<String> licenceTitle = text(node, "/licence", "/title", true);
            if (id.isPresent() && licenceUrl.isPresent() && licenceTitle.isPresent()) {
                return attempt("/licence", "invalid-licence", () -> new Licence(id.get(), licenceUrl.get(), licenceTitle.get()));
            }
            return Optional.empty();
        }
        error("/licence", "invalid-licence", "'licence' is an SPDX id such as CC-BY-4.0, or a mapping with id, url and title");
        return Optional.empty();
    }

    private Optional<Creator> creator(JsonNode node, String at, boolean withRole) {
        Set<String> allowed = new java.util.HashSet<>(NAME_KEYS);
        if (!withRole) {
            allowed.remove("role");
        }
        unknownKeys(node, at, allowed);
        if (node.has("organisation")) {
            if (node.has("given") || node.has("family") || node.has("orcid")) {
                error(at, "mixed-creator", "an entry is either a person (given, family) or an organisation, not both");
                return Optional.empty();
            }
            return text(node, at, "/organisation", true).flatMap(n -> attempt(at, "invalid-creator", () -> new Creator.Organisation(n)));
        }
        Optional<String> given = text(node, at, "/given", true);
        Optional<String> family = text(node, at, "/family", true);
        Optional<String> orcid = text(node, at, "/orcid", false);
        Optional<String> affiliation = text(node, at, "/affiliation", false);
        orcid.ifPresent(id -> {
            if (!Creator.Person.isOrcid(id)) {
                error(at + "/orcid", "invalid-orcid", "'" + id + "' is not an ORCID iD: four groups of four digits, the last digit a check digit (e.g. 0000-0002-1825-0097)");
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
                error("", "missing-property", "'" + pointer.substring(1) + "' is required");
            }
            return;
        }
        if (!list.isArray() || (required && list.isEmpty())) {
            error(pointer, "not-a-list", "'" + pointer.substring(1) + "' is a " + (required ? "non-empty " : "") + "list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            if (!list.get(i).isObject()) {
                error(at, "not-a-mapping", "each entry of '" + pointer.substring(1) + "' is a mapping");
                continue;
            }
            each.accept(list.get(i), at);
        }
    }

    private Optional<String> text(JsonNode parent, String pointer, boolean required) {
        return text(parent, "", pointer, required);
    }

    private Optional<String> text(JsonNode parent, String at, String pointer, boolean required) {
        JsonNode node = parent.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(at, "missing-property", "'" + pointer.substring(1) + "' is required");
            }
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            error(at + pointer, "not-a-string", "'" + pointer.substring(1) + "' is a non-empty text (quote numbers such as versions)");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private void unknownKeys(JsonNode node, String at, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                error(at + "/" + SourceDocument.escape(key), "unknown-property", "unknown key '" + key + "'; expected one of "
                        + allowed.stream().sorted().toList());
            }
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
