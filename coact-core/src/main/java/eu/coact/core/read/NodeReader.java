package eu.coact.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one way to read the fields of a document a person wrote: every wrong type, unknown field,
 * missing field and bad value is reported (not just the first), each with its file, JSON Pointer,
 * line and column, and the same rules hold in every module:
 *
 * <ul>
 *   <li>a field that is absent and a field written as {@code null} are the same: absent. An absent
 *       optional field is no problem; an absent required field is {@code missing-field}, located
 *       at the mapping that lacks it;</li>
 *   <li>a value of the wrong kind is {@code wrong-type}, at the value;</li>
 *   <li>a text field read by name that is present must hold some text: a blank one is
 *       {@code empty-text} (leave the field out instead); {@code scalar} also accepts numbers and
 *       booleans; texts inside a localized text are left to the validators;</li>
 *   <li>a key that the mapping does not know is {@code unknown-field}, naming the known ones.</li>
 * </ul>
 *
 * <p>Each reading method returns the value, or empty after reporting why there is none. Not
 * thread-safe: one reader reads one document.
 */
public final class NodeReader {

    private final SourceDocument doc;
    private final Problems.Builder problems;
    private int errors;
    private String context = "";

    /** A reader of one document, adding its problems to {@code problems}. */
    public NodeReader(SourceDocument doc, Problems.Builder problems) {
        this.doc = doc;
        this.problems = problems;
    }

    /** Names what is being read in every later problem, e.g. {@code block Banc_del_parc}. */
    public void context(String what) {
        this.context = what.isEmpty() ? "" : " (" + what + ")";
    }

    /** How many errors this reader has reported so far. */
    public int errors() {
        return errors;
    }

    /** The document being read. */
    public SourceDocument document() {
        return doc;
    }

    /** Where a pointer is in the file. */
    public Location at(String pointer) {
        return doc.locate(pointer);
    }

    /** Reports an error at a pointer. */
    public void error(String code, String message, String pointer) {
        errors++;
        problems.error(code, message + context, at(pointer));
    }

    /** Reports a warning at a pointer. */
    public void warning(String code, String message, String pointer) {
        problems.warning(code, message + context, at(pointer));
    }

    /** A child pointer. */
    public static String child(String pointer, String name) {
        return pointer + "/" + SourceDocument.escape(name);
    }

    /**
     * Checks that a node is a mapping with only known fields and all required ones.
     *
     * @return false when the node is not a mapping (then nothing inside it can be read)
     */
    public boolean object(JsonNode node, String pointer, String what, Set<String> known, Set<String> required) {
        if (node == null || !node.isObject()) {
            error("wrong-type", "Expected " + what + " (a mapping of fields) here.", pointer);
            return false;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                error(
                        "unknown-field",
                        "Unknown field '" + name + "' in " + what + "; the fields here are: "
                                + String.join(", ", new TreeSet<>(known)) + ".",
                        child(pointer, name));
            }
        }
        for (String name : required) {
            if (!node.has(name) || node.get(name).isNull()) {
                error(
                        "missing-field",
                        what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
                                + " needs the field '" + name + "'.",
                        pointer);
            }
        }
        return true;
    }

    /** A text field; scalars such as numbers are accepted as their text, so that {@code value: 1} works. */
    public Optional<String> scalar(JsonNode node, String pointer, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return Optional.of(node.asText());
        }
        error("wrong-type", "Expected " + what + " (a text) here.", pointer);
        return Optional.empty();
    }

    /**
     * A value that must be written as text; blank text is returned as it is, for a caller (such as a
     * validator of localized texts) that reports it with more context. Fields read by name
     * ({@link #text(JsonNode, String, String, Need)}) refuse blank text themselves.
     */
    public Optional<String> text(JsonNode node, String pointer, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        error("wrong-type", "Expected " + what + " (a text) here.", pointer);
        return Optional.empty();
    }

    private Optional<String> notBlank(Optional<String> text, String pointer, String what) {
        if (text.isPresent() && text.get().isBlank()) {
            error("empty-text", what + " is empty; write a text or leave the field out.", pointer);
            return Optional.empty();
        }
        return text;
    }

    /** Whether a field must be written. */
    public enum Need {
        /** Absence is a {@code missing-field} problem. */
        REQUIRED,
        /** Absence is no problem. */
        OPTIONAL
    }

    /**
     * The node of a field of a mapping, or empty when it is absent or null; when it is required,
     * its absence is reported at the mapping.
     *
     * @param parent  the mapping (anything else has no fields)
     * @param pointer the mapping's JSON Pointer
     * @param field   the field's name
     * @param need    whether it must be there
     * @return the field's value node
     */
    public Optional<JsonNode> field(JsonNode parent, String pointer, String field, Need need) {
        JsonNode node = parent == null || !parent.isObject() ? null : parent.get(field);
        if (node == null || node.isNull()) {
            if (need == Need.REQUIRED) {
                error("missing-field", "The field '" + field + "' is required here.", pointer);
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    /** A text field of a mapping: written as text, and not blank. */
    public Optional<String> text(JsonNode parent, String pointer, String field, Need need) {
        String at = child(pointer, field);
        return field(parent, pointer, field, need)
                .flatMap(node -> notBlank(text(node, at, "'" + field + "'"), at, "'" + field + "'"));
    }

    /** A text, number or true/false field of a mapping, as text ({@link #scalar} rules). */
    public Optional<String> scalar(JsonNode parent, String pointer, String field, Need need) {
        String at = child(pointer, field);
        return field(parent, pointer, field, need)
                .flatMap(node -> notBlank(scalar(node, at, "'" + field + "'"), at, "'" + field + "'"));
    }

    /** A number field of a mapping (whole or decimal). */
    public Optional<Double> number(JsonNode parent, String pointer, String field, Need need) {
        return field(parent, pointer, field, need).flatMap(node -> {
            if (node.isNumber()) {
                return Optional.of(node.doubleValue());
            }
            error("wrong-type", "Expected '" + field + "' (a number) here.", child(pointer, field));
            return Optional.empty();
        });
    }

    /** A whole-number field of a mapping. */
    public Optional<Integer> integer(JsonNode parent, String pointer, String field, Need need) {
        return field(parent, pointer, field, need)
                .flatMap(node -> integer(node, child(pointer, field), "'" + field + "'"));
    }

    /** A true/false field of a mapping. */
    public Optional<Boolean> bool(JsonNode parent, String pointer, String field, Need need) {
        return field(parent, pointer, field, need)
                .flatMap(node -> bool(node, child(pointer, field), "'" + field + "'"));
    }

    /** A list-of-texts field of a mapping; each entry is written as text and not blank. */
    public Optional<List<String>> texts(JsonNode parent, String pointer, String field, Need need) {
        String what = "An entry of '" + field + "'";
        return field(parent, pointer, field, need)
                .flatMap(node -> list(
                        node,
                        child(pointer, field),
                        "'" + field + "'",
                        (item, at) -> notBlank(text(item, at, what), at, what)));
    }

    /**
     * Checks that a node, when present, is a mapping, and reports each key it does not know.
     *
     * @return false when the node is absent or not a mapping (then nothing inside it can be read)
     */
    public boolean knownFields(JsonNode node, String pointer, String what, Set<String> known) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        return object(node, pointer, what, known, Set.of());
    }

    /** A whole number field. */
    public Optional<Integer> integer(JsonNode node, String pointer, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return Optional.of(node.intValue());
        }
        error("wrong-type", "Expected " + what + " (a whole number) here.", pointer);
        return Optional.empty();
    }

    /** A true/false field. */
    public Optional<Boolean> bool(JsonNode node, String pointer, String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        error("wrong-type", "Expected " + what + " (true or false) here.", pointer);
        return Optional.empty();
    }

    /** A list field, each element read by {@code element}; empty when absent or wrong. */
    public <T> Optional<List<T>> list(JsonNode node, String pointer, String what, ElementReader<T> element) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            error("wrong-type", "Expected " + what + " (a list) here.", pointer);
            return Optional.empty();
        }
        List<T> out = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isNull()) {
                error("missing-field", "An element of " + what + " is empty (null).", pointer + "/" + i);
                complete = false;
                continue;
            }
            Optional<T> value = element.read(node.get(i), pointer + "/" + i);
            if (value.isPresent()) {
                out.add(value.get());
            } else {
                complete = false;
            }
        }
        return complete ? Optional.of(out) : Optional.empty();
    }

    /** Reads one element of a list or map at a pointer. */
    @FunctionalInterface
    public interface ElementReader<T> {
        /** The element, or empty after reporting why it cannot be read. */
        Optional<T> read(JsonNode node, String pointer);
    }

    /** A mapping of names to values, in written order; empty when absent or wrong. */
    public <T> Optional<Map<String, T>> map(JsonNode node, String pointer, String what, ElementReader<T> element) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            error("wrong-type", "Expected " + what + " (a mapping) here.", pointer);
            return Optional.empty();
        }
        Map<String, T> out = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isNull()) {
                error(
                        "missing-field",
                        "The entry '" + field.getKey() + "' of " + what + " is empty (null).",
                        child(pointer, field.getKey()));
                complete = false;
                continue;
            }
            Optional<T> value = element.read(field.getValue(), child(pointer, field.getKey()));
            if (value.isPresent()) {
                out.put(field.getKey(), value.get());
            } else {
                complete = false;
            }
        }
        return complete ? Optional.of(out) : Optional.empty();
    }

    /** A value made from a text by a factory that throws {@link IllegalArgumentException} for bad input. */
    public <T> Optional<T> parsed(JsonNode node, String pointer, String what, Function<String, T> factory) {
        Optional<String> raw = text(node, pointer, what);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(factory.apply(raw.get()));
        } catch (IllegalArgumentException e) {
            error("invalid-value", "Not a valid " + what + ": " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    /** A message id; ids must be in Unicode NFC. */
    public Optional<MessageId> messageId(JsonNode node, String pointer) {
        return parsed(node, pointer, "message id", MessageId::of);
    }

    /** A message id written as a mapping key. */
    public Optional<MessageId> messageIdKey(String key, String pointer) {
        if (!Normalizer.isNormalized(key, Normalizer.Form.NFC)) {
            error(
                    "not-nfc",
                    "The message id '" + key + "' is not in Unicode NFC form; retype it so that ids "
                            + "that look the same are the same.",
                    pointer);
            return Optional.empty();
        }
        try {
            return Optional.of(MessageId.of(key));
        } catch (IllegalArgumentException e) {
            error("invalid-value", "Not a valid message id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    /** A language tag. */
    public Optional<Language> language(JsonNode node, String pointer) {
        return parsed(node, pointer, "language tag", Language::of);
    }

    /**
     * A localized text: a mapping of language to text, or a single text meaning the same text in
     * every declared language.
     */
    public Optional<LocalizedText> localized(JsonNode node, String pointer, String what, List<Language> declared) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            Map<Language, String> same = new LinkedHashMap<>();
            declared.forEach(l -> same.put(l, node.asText()));
            return Optional.of(LocalizedText.of(same));
        }
        if (!node.isObject()) {
            error("wrong-type", "Expected " + what + " here: a text, or a mapping of language to text.", pointer);
            return Optional.empty();
        }
        Map<Language, String> texts = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = child(pointer, field.getKey());
            Language language;
            try {
                language = Language.of(field.getKey());
            } catch (IllegalArgumentException e) {
                error(
                        "invalid-language",
                        "'" + field.getKey() + "' is not a language tag such as ca, es, en or de.",
                        at);
                complete = false;
                continue;
            }
            if (texts.containsKey(language)) {
                error("duplicate-language", "The language " + language + " is written twice.", at);
                complete = false;
                continue;
            }
            Optional<String> text = text(field.getValue(), at, what + " in " + language);
            if (text.isEmpty()) {
                if (field.getValue().isNull()) {
                    error("empty-text", "The " + what + " in " + language + " is empty.", at);
                }
                complete = false;
            } else {
                texts.put(language, text.get());
            }
        }
        return complete ? Optional.of(LocalizedText.of(texts)) : Optional.empty();
    }
}
