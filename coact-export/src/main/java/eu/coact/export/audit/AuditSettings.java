package eu.coact.export.audit;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The disclosure settings an audit checks a package against, read from its {@code release.yaml}
 * (the settings the release publishes, or a study's own release configuration): quasi-identifying,
 * sensitive and withheld attributes, privacy models, small-cell threshold.
 */
record AuditSettings(
        List<String> quasiIdentifiers,
        List<String> sensitive,
        List<String> withheld,
        List<PrivacyModel> models,
        int threshold) {

    static final String FILE_NAME = "release.yaml";

    /** The settings in a file, or the findings that prevent reading them. */
    static Optional<AuditSettings> read(Path file, List<AuditFinding> findings) {
        var read = DocumentReader.standard().read(file);
        if (!read.isValid()) {
            findings.add(new AuditFinding(
                    "settings",
                    FILE_NAME,
                    "cannot be read: " + read.problems().render().strip()));
            return Optional.empty();
        }
        SourceDocument doc = read.orElseThrow();
        JsonNode root = doc.root();
        List<String> quasi = names(root.at("/participants/quasi-identifiers"));
        List<String> sensitive = names(root.at("/participants/sensitive"));
        List<String> withheld = names(root.at("/participants/withheld"));
        List<PrivacyModel> models = new ArrayList<>();
        for (JsonNode m : root.at("/disclosure/models")) {
            try {
                if (m.has("k-anonymity")) {
                    models.add(PrivacyModel.kAnonymity(m.get("k-anonymity").asInt()));
                } else if (m.has("distinct-l-diversity")) {
                    JsonNode v = m.get("distinct-l-diversity");
                    models.add(PrivacyModel.distinctLDiversity(
                            v.path("attribute").asText(), v.path("l").asInt()));
                } else if (m.has("entropy-l-diversity")) {
                    JsonNode v = m.get("entropy-l-diversity");
                    models.add(PrivacyModel.entropyLDiversity(
                            v.path("attribute").asText(), v.path("l").asDouble()));
                }
            } catch (IllegalArgumentException e) {
                findings.add(
                        new AuditFinding("settings", FILE_NAME, "a privacy model cannot be used: " + e.getMessage()));
            }
        }
        if (quasi.isEmpty() || models.isEmpty()) {
            findings.add(new AuditFinding(
                    "settings",
                    FILE_NAME,
                    "declares no quasi-identifier or no privacy model; "
                            + "there is nothing to check the participants against"));
        }
        int threshold = root.path("small-cell-threshold").asInt(10);
        return Optional.of(new AuditSettings(quasi, sensitive, withheld, models, threshold));
    }

    /** The names of a list, or the keys of a mapping (a study's file maps attributes to hierarchies). */
    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    /** Every attribute a participant's profile answer may appear as. */
    List<String> profile() {
        List<String> all = new ArrayList<>(quasiIdentifiers);
        all.addAll(sensitive);
        all.addAll(withheld);
        return all;
    }
}
