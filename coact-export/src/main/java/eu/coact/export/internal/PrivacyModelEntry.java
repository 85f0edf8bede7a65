package eu.coact.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one entry of {@code disclosure/models} in {@code release.yaml}: a single-key mapping
 * naming the privacy model ({@code k-anonymity}, {@code distinct-l-diversity},
 * {@code entropy-l-diversity} or {@code t-closeness}) and its parameters, whose attribute must be
 * one of the sensitive participant attributes.
 */
final class PrivacyModelEntry {

    private final NodeReader fields;

    PrivacyModelEntry(NodeReader fields) {
        this.fields = fields;
    }

    /** The model an entry names, or empty after reporting why it cannot be used. */
    Optional<PrivacyModel> read(JsonNode node, String at, List<String> sensitive) {
        if (!node.isObject() || node.size() != 1) {
            error(
                    at,
                    "invalid-model",
                    "each model is one of {k-anonymity: 5}, {distinct-l-diversity: {attribute: a, l: 2}}, "
                            + "{entropy-l-diversity: {attribute: a, l: 2}}, {t-closeness: {attribute: a, t: 0.3}}");
            return Optional.empty();
        }
        String kind = node.fieldNames().next();
        JsonNode value = node.get(kind);
        String inner = at + "/" + SourceDocument.escape(kind);
        try {
            switch (kind) {
                case "k-anonymity" -> {
                    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 2) {
                        error(inner, "out-of-range", "k is a whole number of at least 2");
                        return Optional.empty();
                    }
                    return Optional.of(PrivacyModel.kAnonymity(value.intValue()));
                }
                case "distinct-l-diversity", "entropy-l-diversity", "t-closeness" -> {
                    fields.knownFields(
                            value,
                            inner,
                            "a privacy model",
                            Set.of("attribute", kind.equals("t-closeness") ? "t" : "l"));
                    Optional<String> attribute = fields.text(value, inner, "attribute", Need.REQUIRED);
                    if (attribute.isPresent() && !sensitive.contains(attribute.get())) {
                        error(
                                inner + "/attribute",
                                "not-sensitive",
                                "'" + attribute.get() + "' is not listed under participants/sensitive");
                        return Optional.empty();
                    }
                    String param = kind.equals("t-closeness") ? "t" : "l";
                    JsonNode number = value.path(param);
                    if (!number.isNumber()) {
                        error(inner, "missing-field", "'" + param + "' is required and is a number");
                        return Optional.empty();
                    }
                    if (attribute.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(
                            switch (kind) {
                                case "distinct-l-diversity" -> {
                                    if (!number.isIntegralNumber()) {
                                        throw new IllegalArgumentException(
                                                "l is a whole number for distinct l-diversity");
                                    }
                                    yield PrivacyModel.distinctLDiversity(attribute.get(), number.intValue());
                                }
                                case "entropy-l-diversity" ->
                                    PrivacyModel.entropyLDiversity(attribute.get(), number.doubleValue());
                                default -> PrivacyModel.tCloseness(attribute.get(), number.doubleValue());
                            });
                }
                default -> {
                    error(
                            at + "/" + SourceDocument.escape(kind),
                            "unknown-model",
                            "unknown privacy model '" + kind
                                    + "'; use k-anonymity, distinct-l-diversity, entropy-l-diversity or t-closeness");
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            error(inner, "invalid-model", e.getMessage());
            return Optional.empty();
        }
    }

    private void error(String pointer, String code, String message) {
        fields.error(code, message, pointer);
    }
}
