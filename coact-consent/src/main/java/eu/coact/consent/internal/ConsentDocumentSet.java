package eu.coact.consent.internal;

import eu.coact.consent.ConsentDocument;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a study's consent documents obey together: one text per document, version and
 * language, and the translations of one version agree on role, purposes, file and effective date.
 */
final class ConsentDocumentSet {

    private ConsentDocumentSet() {}

    /** Adds a problem for every document that breaks a rule; {@code origin} names each document's file. */
    static void check(List<ConsentDocument> documents, Map<ConsentDocument, Path> origin, Problems.Builder problems) {
        Map<String, ConsentDocument> byVersionAndLanguage = new HashMap<>();
        Map<String, ConsentDocument> byVersion = new HashMap<>();
        for (ConsentDocument doc : documents) {
            String source = origin.get(doc).toString();
            String key = doc.id() + "@" + doc.version() + "/" + doc.language();
            ConsentDocument twin = byVersionAndLanguage.putIfAbsent(key, doc);
            if (twin != null) {
                problems.error(
                        "consent-document-duplicate",
                        "version " + doc.version() + " of '" + doc.id()
                                + "' in language " + doc.language() + " is also given in " + origin.get(twin)
                                + ": a new text needs a new version",
                        Location.of(source, "/version"));
                continue;
            }
            ConsentDocument first = byVersion.putIfAbsent(doc.id() + "@" + doc.version(), doc);
            if (first != null) {
                String other = origin.get(first).toString();
                if (first.role() != doc.role()) {
                    problems.error(
                            "consent-translation-mismatch",
                            "this translation is for role '" + doc.role().code() + "' but " + other + " is for '"
                                    + first.role().code() + "'",
                            Location.of(source, "/role"));
                }
                if (!first.purposes().equals(doc.purposes())
                        || !first.mandatory().equals(doc.mandatory())) {
                    problems.error(
                            "consent-translation-mismatch",
                            "the translations of one version ask for the same purposes; this one differs from " + other,
                            Location.of(source, "/purposes"));
                }
                if (first.file().isPresent() != doc.file().isPresent()) {
                    problems.error(
                            "consent-translation-mismatch",
                            "the translations of one version all have a file or none has; "
                                    + (doc.file().isPresent()
                                            ? "this one has a file and " + other + " has none"
                                            : "this one has no file but " + other + " has"),
                            Location.of(source, "/file"));
                }
                if (!first.effective().equals(doc.effective())) {
                    problems.error(
                            "consent-translation-mismatch",
                            "this translation takes effect on " + doc.effective() + " but " + other + " on "
                                    + first.effective(),
                            Location.of(source, "/effective"));
                }
            }
        }
    }
}
