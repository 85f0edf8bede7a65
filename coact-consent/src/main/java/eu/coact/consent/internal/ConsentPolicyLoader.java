package eu.coact.consent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.consent.AnalysedDataPolicy;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.Purpose;
import eu.coact.consent.PurposeCatalogue;
import eu.coact.core.PurposeId;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a study's consent policy from YAML or JSON, reporting every problem with its line. */
public final class ConsentPolicyLoader {

    private static final Set<String> KEYS = Set.of(
            "controller",
            "controller-contact",
            "jurisdiction",
            "minimum-age",
            "analysed-data",
            "withdrawal-method",
            "contact-purpose",
            "sensitive",
            "purposes");

    private ConsentPolicyLoader() {}

    /** Reads and validates the policy file. */
    public static Validated<ConsentPolicy> load(Path file) {
        return DocumentReader.standard().read(file).flatMap(ConsentPolicyLoader::fromFields);
    }

    private static Validated<ConsentPolicy> fromFields(SourceDocument doc) {
        JsonNode root = doc.root();
        Problems.Builder problems = Problems.builder();
        if (!root.isObject()) {
            return Validated.invalid(Problem.error(
                    "consent-policy-shape",
                    "a consent policy is a mapping of names to values (controller, controller-contact, …)",
                    doc.locate("")));
        }
        NodeReader fields = new NodeReader(doc, problems);
        fields.knownFields(root, "", "a consent policy", KEYS);
        Optional<String> controller = fields.text(root, "", "controller", Need.REQUIRED);
        Optional<String> contact = fields.text(root, "", "controller-contact", Need.REQUIRED);
        ConsentPolicy.Builder builder = ConsentPolicy.builder(controller.orElse("?"), contact.orElse("?"));
        fields.text(root, "", "jurisdiction", Need.OPTIONAL).ifPresent(code -> {
            if (code.matches("[A-Z]{2}")) {
                builder.jurisdiction(code);
            } else {
                problems.error(
                        "consent-policy-invalid",
                        "the jurisdiction is a two-letter country code such as ES",
                        doc.locate("/jurisdiction"));
            }
        });
        fields.integer(root, "", "minimum-age", Need.OPTIONAL).ifPresent(age -> {
            if (age >= 0 && age <= 150) {
                builder.minimumAge(age);
            } else {
                problems.error(
                        "consent-policy-invalid",
                        "the minimum age is a whole number of years, 0 to 150",
                        doc.locate("/minimum-age"));
            }
        });
        fields.text(root, "", "analysed-data", Need.OPTIONAL)
                .ifPresent(code -> AnalysedDataPolicy.fromCode(code)
                        .ifPresentOrElse(
                                builder::analysedData,
                                () -> problems.error(
                                        "consent-policy-invalid",
                                        "analysed-data is keep-analysed-results or remove-where-recomputable",
                                        doc.locate("/analysed-data"))));
        fields.text(root, "", "withdrawal-method", Need.OPTIONAL).ifPresent(builder::withdrawalMethod);
        fields.bool(root, "", "sensitive", Need.OPTIONAL).ifPresent(builder::sensitive);
        PurposeCatalogue catalogue = purposes(doc, problems).orElse(PurposeCatalogue.studyDefaults());
        builder.catalogue(catalogue);
        fields.text(root, "", "contact-purpose", Need.OPTIONAL).ifPresent(id -> {
            if (catalogue.contains(PurposeId.of(id))) {
                builder.contactPurpose(PurposeId.of(id));
            } else {
                problems.error(
                        "consent-purpose-unknown",
                        "the contact purpose '" + id + "' is not one of the study's purposes",
                        doc.locate("/contact-purpose"));
            }
        });
        if (!root.has("contact-purpose") && !catalogue.contains(Purpose.TAKE_PART.id())) {
            problems.error(
                    "missing-field",
                    "the purposes do not include take-part: name the purpose "
                            + "without which nobody is sent content in 'contact-purpose'",
                    doc.locate(""));
        }
        Problems found = problems.build();
        if (found.hasErrors()) {
            return Validated.invalid(found);
        }
        return Validated.valid(builder.build(), found);
    }

    private static Optional<PurposeCatalogue> purposes(SourceDocument doc, Problems.Builder problems) {
        JsonNode node = doc.root().get("purposes");
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.error(
                    "consent-purposes-invalid",
                    "purposes is a list of entries with an id and, for those "
                            + "without which one cannot take part, 'mandatory: true'",
                    doc.locate("/purposes"));
            return Optional.empty();
        }
        List<Purpose> purposes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = "/purposes/" + i;
            JsonNode id = item.get("id");
            JsonNode mandatory = item.get("mandatory");
            if (!item.isObject() || id == null || !id.isTextual() || (mandatory != null && !mandatory.isBoolean())) {
                problems.error(
                        "consent-purposes-invalid",
                        "a purpose is written as {id: some-purpose} with an " + "optional 'mandatory: true'",
                        doc.locate(path));
                continue;
            }
            new NodeReader(doc, problems).knownFields(item, path, "a purpose", Set.of("id", "mandatory"));
            try {
                PurposeId purposeId = PurposeId.of(id.textValue());
                if (!seen.add(purposeId.value())) {
                    problems.error(
                            "consent-purpose-repeated",
                            "the purpose '" + purposeId + "' is listed twice",
                            doc.locate(path + "/id"));
                    continue;
                }
                purposes.add(new Purpose(purposeId, mandatory != null && mandatory.booleanValue()));
            } catch (IllegalArgumentException e) {
                problems.error("consent-purposes-invalid", e.getMessage(), doc.locate(path + "/id"));
            }
        }
        return purposes.isEmpty() ? Optional.empty() : Optional.of(PurposeCatalogue.of(purposes));
    }
}
