package eu.coact.anonymise.disclosure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Reading hierarchy and table files into rows with the location of each row. */
public final class HierarchyFiles {

    private HierarchyFiles() {
    }

    /**
     * Reads a whole UTF-8 text file.
     *
     * @param file the file
     * @return the text, or a problem naming the file
     */
    public static Validated<String> readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Validated.valid(text);
        } catch (CharacterCodingException e) {
            return Validated.invalid(Problem.error("file-not-utf8",
                    "the file is not UTF-8 text", Location.of(file.toString())));
        } catch (IOException e) {
            return Validated.invalid(Problem.error("file-unreadable",
                    "the file cannot be read (" + e.getClass().getSimpleName() + ")",
                    Location.of(file.toString())));
        }
    }

    /**
     * Splits separated text into rows; blank lines are skipped, line ends may be LF or CRLF.
     * No quoting: the separator never occurs inside a value.
     *
     * @param source    the name for locations
     * @param text      the text
     * @param separator the separator character
     * @param rows      receives the rows
     * @param locations receives the line of each row
     */
    public static void splitCsv(String source, String text, char separator,
                                List<List<String>> rows, List<Location> locations) {
        int line = 0;
        int start = 0;
        int length = text.length();
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            line++;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (stop > start && !text.substring(start, stop).isBlank()) {
                rows.add(split(text, start, stop, separator));
                locations.add(Location.of(source, "", line, 1));
            }
            start = end + 1;
        }
    }

    private static List<String> split(String text, int start, int stop, char separator) {
        List<String> cells = new ArrayList<>();
        int from = start;
        for (int i = start; i < stop; i++) {
            if (text.charAt(i) == separator) {
                cells.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        cells.add(text.substring(from, stop).strip());
        return cells;
    }

    /**
     * Reads a YAML value tree into rows (original value first, root last).
     *
     * @param source    the name for locations
     * @param text      the YAML
     * @param rows      receives the rows
     * @param locations receives where each original value is written
     * @return problems in the YAML itself (not yet the hierarchy rules)
     */
    public static Problems yamlTree(String source, String text, List<List<String>> rows,
                                    List<Location> locations) {
        Validated<SourceDocument> read = DocumentReader.standard().read(source, text, DocumentFormat.YAML);
        if (!(read instanceof Validated.Valid<SourceDocument> valid)) {
            return read.problems();
        }
        SourceDocument document = valid.value();
        JsonNode root = document.root();
        Problems.Builder problems = Problems.builder();
        if (!root.isObject() || root.size() != 1) {
            problems.error("hierarchy-yaml-root", "the tree must start with exactly one root, "
                    + "for example a single key \"*\"", document.locate(""));
            return problems.build();
        }
        walk(document, root, "", new ArrayList<>(), rows, locations, problems);
        return problems.build();
    }

    private static void walk(SourceDocument document, JsonNode node, String pointer, List<String> path,
                             List<List<String>> rows, List<Location> locations, Problems.Builder problems) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                problems.error("hierarchy-yaml-empty-group", "this group has no values",
                        document.locate(pointer));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                path.add(field.getKey());
                String child = pointer + "/" + SourceDocument.escape(field.getKey());
                JsonNode value = field.getValue();
                if (value.isNull() || value.isMissingNode() || value.isTextual() && value.asText().isEmpty()) {
                    leaf(document, child, path, rows, locations);
                } else {
                    walk(document, value, child, path, rows, locations, problems);
                }
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String child = pointer + "/" + i;
                if (!item.isValueNode() || item.isNull()) {
                    problems.error("hierarchy-yaml-leaf", "a list holds original values only "
                            + "(text or numbers); use a mapping for a further level", document.locate(child));
                    continue;
                }
                path.add(item.asText());
                leaf(document, child, path, rows, locations);
                path.remove(path.size() - 1);
            }
        } else {
            problems.error("hierarchy-yaml-leaf", "expected a mapping of sub-groups or a list of "
                    + "original values", document.locate(pointer));
        }
    }

    private static void leaf(SourceDocument document, String pointer, List<String> path,
                             List<List<String>> rows, List<Location> locations) {
        List<String> row = new ArrayList<>(path);
        Collections.reverse(row);
        rows.add(row);
        locations.add(document.locate(pointer));
    }
}
