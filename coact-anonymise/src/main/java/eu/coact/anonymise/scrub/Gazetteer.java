package eu.coact.anonymise.scrub;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.anonymise.scrub.internal.Words;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The person and place names a study wants removed from free text: participants' and
 * co-researchers' names, the towns, neighbourhoods, streets and services of the study area.
 * Written by the study as YAML or JSON:
 *
 * <pre>
 * names:
 *   - Núria
 *   - Jordi Puig
 * places:
 *   - Sabadell
 *   - Carrer de Verdi
 *   - Hospital del Mar
 * </pre>
 *
 * The file is checked as a whole; every problem names the file, the entry and its line, and
 * never quotes an entry (entries are personal data). Matching ignores case and accents but
 * needs a capitalised word, so lower-case common words that happen to be names stay.
 */
public final class Gazetteer {

    private static final int MAX_ENTRY_LENGTH = 100;
    private static final Gazetteer EMPTY = new Gazetteer(List.of(), List.of());

    private final List<String> names;
    private final List<String> places;

    private Gazetteer(List<String> names, List<String> places) {
        this.names = List.copyOf(names);
        this.places = List.copyOf(places);
    }

    /**
     * A gazetteer with no entries: only structured identifiers are scrubbed.
     *
     * @return the empty gazetteer
     */
    public static Gazetteer empty() {
        return EMPTY;
    }

    /**
     * Reads and checks a gazetteer file ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @param file the file
     * @return the gazetteer, or every problem found with file, path and line
     */
    public static Validated<Gazetteer> read(Path file) {
        return DocumentReader.standard().read(file).flatMap(Gazetteer::from);
    }

    /**
     * Reads and checks a gazetteer given as text.
     *
     * @param source the name to use in problem reports, e.g. the file name
     * @param text   the content
     * @param format YAML or JSON
     * @return the gazetteer, or every problem found
     */
    public static Validated<Gazetteer> read(String source, String text, DocumentFormat format) {
        return DocumentReader.standard().read(source, text, format).flatMap(Gazetteer::from);
    }

    /**
     * A gazetteer from lists held by the application, checked by the same rules as a file.
     *
     * @param names  person names
     * @param places places
     * @return the gazetteer, or the problems (source {@code gazetteer}, paths such as
     *         {@code /names/3})
     */
    public static Validated<Gazetteer> of(List<String> names, List<String> places) {
        Problems.Builder problems = Problems.builder();
        Map<String, String> seen = new HashMap<>();
        Function<String, Location> at = pointer -> Location.of("gazetteer", pointer);
        check("names", names, seen, problems, at);
        check("places", places, seen, problems, at);
        return Validated.of(new Gazetteer(trimmed(names), trimmed(places)), problems.build());
    }

    private static List<String> trimmed(List<String> entries) {
        return entries.stream().map(String::strip).toList();
    }

    private static Validated<Gazetteer> from(SourceDocument document) {
        Problems.Builder problems = Problems.builder();
        JsonNode root = document.root();
        if (!root.isObject()) {
            problems.error(
                    "gazetteer-not-a-mapping",
                    "a gazetteer has the lists 'names' and 'places' at its top level",
                    document.locate(""));
            return Validated.invalid(problems.build());
        }
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!field.equals("names") && !field.equals("places")) {
                problems.error(
                        "gazetteer-unknown-list",
                        "unknown list '" + field + "'; a gazetteer has only 'names' and 'places'",
                        document.locate("/" + SourceDocument.escape(field)));
            }
        }
        if (!root.has("names") && !root.has("places")) {
            problems.error("gazetteer-empty", "a gazetteer needs a 'names' or a 'places' list", document.locate(""));
        }
        Map<String, String> seen = new HashMap<>();
        List<String> names = entries(document, "names", problems);
        List<String> places = entries(document, "places", problems);
        check("names", names, seen, problems, document::locate);
        check("places", places, seen, problems, document::locate);
        return Validated.of(new Gazetteer(trimmed(names), trimmed(places)), problems.build());
    }

    private static List<String> entries(SourceDocument document, String list, Problems.Builder problems) {
        JsonNode node = document.root().get(list);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            problems.error(
                    "gazetteer-not-a-list", "'" + list + "' must be a list of entries", document.locate("/" + list));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            // Keep positions aligned with the file; a non-text entry is reported by check().
            out.add(entry.isTextual() ? entry.asText() : "\u0000");
        }
        return out;
    }

    private static void check(
            String list,
            List<String> entries,
            Map<String, String> seen,
            Problems.Builder problems,
            Function<String, Location> locate) {
        Objects.requireNonNull(entries, list);
        for (int i = 0; i < entries.size(); i++) {
            String pointer = "/" + list + "/" + i;
            String entry = entries.get(i);
            if (entry == null || entry.equals("\u0000")) {
                problems.error(
                        "gazetteer-entry-not-text", "each entry is a text (a name or a place)", locate.apply(pointer));
                continue;
            }
            String value = entry.strip();
            List<String> words = Words.keys(value);
            int letters = (int) value.chars().filter(Character::isLetter).count();
            if (value.isEmpty()) {
                problems.error("gazetteer-entry-blank", "this entry is blank", locate.apply(pointer));
            } else if (value.length() > MAX_ENTRY_LENGTH) {
                problems.error(
                        "gazetteer-entry-too-long",
                        "an entry has at most " + MAX_ENTRY_LENGTH + " characters",
                        locate.apply(pointer));
            } else if (value.chars().anyMatch(Character::isISOControl) || value.contains("[") || value.contains("]")) {
                problems.error(
                        "gazetteer-entry-characters",
                        "an entry cannot contain control characters or" + " square brackets",
                        locate.apply(pointer));
            } else if (letters < 2 || (words.size() == 1 && words.get(0).length() < 3 && letters < 3)) {
                problems.error(
                        "gazetteer-entry-too-short",
                        "an entry needs at least three letters (or two words);"
                                + " shorter ones would match ordinary words",
                        locate.apply(pointer));
            } else {
                String key = String.join(" ", words);
                String previous = seen.putIfAbsent(key, list);
                if (previous != null && previous.equals(list)) {
                    problems.warning(
                            "gazetteer-entry-repeated",
                            "this entry is listed twice in '" + list + "' (ignoring case and accents)",
                            locate.apply(pointer));
                } else if (previous != null) {
                    problems.warning(
                            "gazetteer-entry-name-and-place",
                            "this entry is both a name and a place;" + " it is replaced as "
                                    + ("names".equals(previous) ? "a name" : "a place"),
                            locate.apply(pointer));
                }
            }
        }
    }

    /**
     * The person names.
     *
     * @return the names, as written (trimmed)
     */
    public List<String> names() {
        return names;
    }

    /**
     * The places.
     *
     * @return the places, as written (trimmed)
     */
    public List<String> places() {
        return places;
    }

    /** Counts only: the entries are personal data. */
    @Override
    public String toString() {
        return "Gazetteer[" + names.size() + " names, " + places.size() + " places]";
    }
}
