package eu.coact.consent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.PurposeCatalogue;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.PurposeId;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one consent document (id, version, language, role, effective date, purposes,
 * mandatory purposes, text and file), read into a {@link ConsentDocument} with every problem at
 * the line the author wrote it; purposes are checked against the study's purpose catalogue.
 */
final class ConsentDocumentFields {

    private static final Set<String> FRONT_MATTER_KEYS =
            Set.of("id", "version", "language", "role", "effective", "purposes", "mandatory", "file");

    private static final Set<String> TEXT_KEY = Set.of("text");

    private final PurposeCatalogue catalogue;

    ConsentDocumentFields(PurposeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The document its fields describe; {@code lineOffset} places them below a front matter's first
     * line, {@code body} is the text after a front matter (empty for YAML or JSON, which carry a
     * {@code text} field), and a file the document names is looked up in {@code media}.
     */
    Validated<ConsentDocument> read(SourceDocument doc, int lineOffset, Optional<String> body, Path media) {
        FieldLocator at = new FieldLocator(doc, lineOffset);
        String source = doc.source();
        JsonNode root = doc.root();
        Problems.Builder problems = Problems.builder();
        if (!root.isObject()) {
            problems.add(at.error(
                    "",
                    "consent-document-shape",
                    "a consent document's fields are a mapping of names to values (id, version, language, …)"));
            return Validated.invalid(problems.build());
        }
        Set<String> allowed = new LinkedHashSet<>(FRONT_MATTER_KEYS);
        if (body.isEmpty()) {
            allowed.addAll(TEXT_KEY);
        }
        // Fields are read with the core rules; their problems are shifted below the front matter's first line.
        Problems.Builder read = Problems.builder();
        NodeReader fields = new NodeReader(doc, read);
        fields.knownFields(root, "", "a consent document", allowed);
        Optional<DocumentId> id = fields.scalar(root, "", "id", Need.REQUIRED).flatMap(value -> {
            try {
                return Optional.of(DocumentId.of(value));
            } catch (IllegalArgumentException e) {
                problems.add(at.error("/id", "consent-id-invalid", e.getMessage()));
                return Optional.empty();
            }
        });
        Optional<Integer> version = fields.field(root, "", "version", Need.REQUIRED)
                .flatMap(node -> {
                    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
                        problems.add(at.error(
                                "/version", "consent-version-invalid", "the version is a whole number from 1 upwards"));
                        return Optional.empty();
                    }
                    return Optional.of(node.intValue());
                });
        Optional<Language> language = fields.text(root, "", "language", Need.REQUIRED)
                .flatMap(value -> {
                    try {
                        return Optional.of(Language.of(value));
                    } catch (IllegalArgumentException e) {
                        problems.add(at.error("/language", "consent-language-invalid", e.getMessage()));
                        return Optional.empty();
                    }
                });
        Optional<ParticipationRole> role = fields.text(root, "", "role", Need.REQUIRED)
                .flatMap(value -> {
                    Optional<ParticipationRole> found = ParticipationRole.fromCode(value);
                    if (found.isEmpty()) {
                        problems.add(
                                at.error(
                                        "/role",
                                        "consent-role-unknown",
                                        "unknown role '" + value
                                                + "'; the roles are co-researcher, knowledge-coalition-member and citizen-scientist"));
                    }
                    return found;
                });
        Optional<LocalDate> effective = fields.scalar(root, "", "effective", Need.REQUIRED)
                .flatMap(value -> {
                    try {
                        return Optional.of(LocalDate.parse(value));
                    } catch (DateTimeParseException e) {
                        problems.add(at.error(
                                "/effective",
                                "consent-effective-invalid",
                                "the effective date is written year-month-day, e.g. 2024-03-01"));
                        return Optional.empty();
                    }
                });
        Optional<List<PurposeId>> purposes = purposeList(at, "purposes", fields, problems);
        Optional<List<PurposeId>> mandatoryList =
                root.has("mandatory") ? purposeList(at, "mandatory", null, problems) : Optional.empty();
        Set<PurposeId> mandatory = new LinkedHashSet<>();
        purposes.ifPresent(listed -> {
            if (mandatoryList.isPresent()) {
                List<PurposeId> declared = mandatoryList.get();
                for (int i = 0; i < declared.size(); i++) {
                    if (!listed.contains(declared.get(i))) {
                        problems.add(at.error(
                                "/mandatory/" + i,
                                "consent-mandatory-not-listed",
                                "'" + declared.get(i) + "' is mandatory but not among this document's purposes"));
                    }
                }
                mandatory.addAll(declared);
            } else {
                listed.stream().filter(catalogue.mandatory()::contains).forEach(mandatory::add);
            }
        });
        Optional<String> text = body.isPresent()
                ? body
                : fields.field(root, "", "text", Need.REQUIRED).flatMap(node -> {
                    if (node.isTextual()) {
                        return Optional.of(node.textValue());
                    }
                    read.error("wrong-type", "'text' is written as text", doc.locate("/text"));
                    return Optional.empty();
                });
        Optional<ConsentFile> file = root.has("file") ? ConsentFileField.read(at, media, problems) : Optional.empty();
        problems.addAll(FieldLocator.shift(read.build(), lineOffset));
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(
                    body.isPresent()
                            ? Problem.error(
                                    "consent-text-missing",
                                    "the consent text after the front matter is empty: write the text participants read",
                                    Location.of(source))
                            : at.error(
                                    "/text",
                                    "consent-text-missing",
                                    "the consent text is empty: write the text participants read"));
        }
        Problems found = problems.build();
        if (found.hasErrors()) {
            return Validated.invalid(found);
        }
        return Validated.valid(
                new ConsentDocument(
                        id.orElseThrow(),
                        version.orElseThrow(),
                        language.orElseThrow(),
                        role.orElseThrow(),
                        effective.orElseThrow(),
                        purposes.orElseThrow(),
                        mandatory,
                        text.orElseThrow(),
                        file),
                found);
    }

    /** The purposes named in a field; {@code required} reads a field that must name at least one, null an optional one. */
    private Optional<List<PurposeId>> purposeList(
            FieldLocator at, String field, NodeReader required, Problems.Builder problems) {
        SourceDocument doc = at.doc();
        boolean needsOne = required != null;
        Optional<JsonNode> node = needsOne
                ? required.field(doc.root(), "", field, Need.REQUIRED)
                : Optional.ofNullable(doc.root().get(field));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isArray() || (needsOne && node.get().isEmpty())) {
            problems.add(at.error(
                    "/" + field,
                    "consent-purposes-invalid",
                    "'" + field
                            + "' is a list of purpose names, e.g. [take-part, process-answers]"
                            + (needsOne ? ", with at least one" : "")));
            return Optional.empty();
        }
        List<PurposeId> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            JsonNode item = node.get().get(i);
            String path = "/" + field + "/" + i;
            if (!item.isTextual()) {
                problems.add(at.error(path, "consent-purposes-invalid", "a purpose is named by text"));
                ok = false;
                continue;
            }
            PurposeId id;
            try {
                id = PurposeId.of(item.textValue());
            } catch (IllegalArgumentException e) {
                problems.add(at.error(path, "consent-purposes-invalid", e.getMessage()));
                ok = false;
                continue;
            }
            if (!catalogue.contains(id)) {
                problems.add(at.error(
                        path,
                        "consent-purpose-unknown",
                        "the study has no purpose '"
                                + id + "'; its purposes are "
                                + catalogue.purposes().stream()
                                        .map(p -> p.id().value())
                                        .toList()));
                ok = false;
            } else if (ids.contains(id)) {
                problems.add(at.error(path, "consent-purpose-repeated", "the purpose '" + id + "' is listed twice"));
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? Optional.of(List.copyOf(ids)) : Optional.empty();
    }
}
