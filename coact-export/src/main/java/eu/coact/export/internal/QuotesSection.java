package eu.coact.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.anonymise.scrub.Gazetteer;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.QuoteRules;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code quotes} section of {@code release.yaml}: {@code gazetteer} names a gazetteer
 * file (names and places the scrubber removes), {@code approved} names the file of approved
 * quote ids, a mapping {@code approved: [q-…, …]} written by the team after reading the quotes
 * the release put up for review. Both files are inside the study folder.
 */
final class QuotesSection {

    private final SourceDocument doc;
    private final Path folder;
    private final Problems.Builder problems;

    QuotesSection(SourceDocument doc, Path folder, Problems.Builder problems) {
        this.doc = doc;
        this.folder = folder;
        this.problems = problems;
    }

    QuoteRules read() {
        JsonNode quotes = doc.root().path("quotes");
        if (quotes.isMissingNode()) {
            return QuoteRules.none();
        }
        if (!quotes.isObject()) {
            error("/quotes", "wrong-type", "'quotes' is a mapping with 'gazetteer' and 'approved' files");
            return QuoteRules.none();
        }
        quotes.fieldNames().forEachRemaining(key -> {
            if (!Set.of("gazetteer", "approved").contains(key)) {
                error(
                        "/quotes/" + SourceDocument.escape(key),
                        "unknown-field",
                        "unknown key '" + key + "'; expected one of [approved, gazetteer]");
            }
        });
        Gazetteer gazetteer = file(quotes, "gazetteer")
                .flatMap(path -> {
                    Validated<Gazetteer> read = Gazetteer.read(path);
                    problems.addAll(read.problems());
                    return read.asOptional();
                })
                .orElse(Gazetteer.empty());
        TreeSet<String> approved = new TreeSet<>();
        file(quotes, "approved").ifPresent(path -> {
            Validated<SourceDocument> read = DocumentReader.standard().read(path);
            problems.addAll(read.problems());
            read.asOptional().ifPresent(list -> approvedIds(list, approved));
        });
        return new QuoteRules(gazetteer, approved);
    }

    private void approvedIds(SourceDocument list, Set<String> into) {
        JsonNode ids = list.root().path("approved");
        if (!ids.isArray()) {
            problems.error(
                    "wrong-type",
                    "an approved-quotes file is a mapping 'approved: [q-…, …]' of the quote ids "
                            + "the team read and approved",
                    list.locate(ids.isMissingNode() ? "" : "/approved"));
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).asText("");
            if (!QuoteIds.looksLikeId(id)) {
                problems.error(
                        "invalid-id",
                        "'" + id + "' is not a quote id such as q-0123456789abcdef; copy "
                                + "the ids from the to-review file",
                        list.locate("/approved/" + i));
            } else {
                into.add(id);
            }
        }
    }

    private Optional<Path> file(JsonNode quotes, String key) {
        JsonNode node = quotes.path(key);
        String at = "/quotes/" + key;
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            error(at, "wrong-type", "'" + key + "' is the name of a file in the study folder");
            return Optional.empty();
        }
        Path path = folder.resolve(node.textValue()).normalize();
        if (!path.startsWith(folder.normalize())) {
            error(at, "outside-folder", "a quotes file is inside the study folder, not '" + node.textValue() + "'");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private void error(String pointer, String code, String message) {
        problems.error(code, message, doc.locate(pointer));
    }
}
