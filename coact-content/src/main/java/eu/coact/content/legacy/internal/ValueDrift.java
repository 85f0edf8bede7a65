package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.internal.Spellings;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Button values across all legacy blocks that differ only by case or accents ({@code Sí},
 * {@code si}, {@code Si}): each is reported where it is written, and imported as the spelling
 * used most, so that answers meaning the same are counted together.
 */
public final class ValueDrift {

    private ValueDrift() {}

    /**
     * Finds the drift in a set of legacy documents and reports it.
     *
     * @param documents the legacy block documents
     * @param problems  where the warnings go
     * @return each drifted spelling and the spelling it is imported as
     */
    public static Map<String, String> unify(List<SourceDocument> documents, Problems.Builder problems) {
        record Use(SourceDocument doc, String pointer, String value) {}
        Map<String, List<Use>> byFolded = new LinkedHashMap<>();
        for (SourceDocument doc : documents) {
            JsonNode messages = doc.root().path("messages");
            if (!messages.isObject()) {
                continue;
            }
            for (Map.Entry<String, JsonNode> field : messages.properties()) {
                JsonNode values = field.getValue().path("vars").path(0).path("values");
                if (!values.isArray()) {
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i).isValueNode()) {
                        String value = values.get(i).asText();
                        byFolded.computeIfAbsent(fold(value), k -> new ArrayList<>())
                                .add(new Use(
                                        doc,
                                        NodeReader.child("/messages", field.getKey()) + "/vars/0/values/" + i,
                                        value));
                    }
                }
            }
        }
        Map<String, String> renames = new LinkedHashMap<>();
        Spellings.forEachDeparture(byFolded.values(), Use::value, (use, usual, usualCount) -> {
            renames.put(use.value(), usual);
            problems.warning(
                    "value-drift",
                    "The value '" + use.value() + "' differs from '" + usual
                            + "' used elsewhere (" + usualCount
                            + " times) only by case or accents; it is "
                            + "imported as '" + usual + "' so that the answers are counted together (block "
                            + use.doc().root().path("_id").asText("?") + ").",
                    use.doc().locate(use.pointer()));
        });
        return Collections.unmodifiableMap(renames);
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
