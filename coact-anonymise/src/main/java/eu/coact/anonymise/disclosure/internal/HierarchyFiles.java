package eu.coact.anonymise.disclosure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.csv.CsvFormatException;
import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading hierarchy and table files into rows with the location of each row. */
public final class HierarchyFiles {

    private HierarchyFiles() {}

    /** The largest hierarchy or table file read: far above the Adult data set, far below harm. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Reads a whole UTF-8 text file with the SDK's rules (a regular file, no link, bounded, a
     * leading byte-order mark dropped).
     *
     * @param file the file
     * @return the text, or a problem naming the file
     */
    public static Validated<String> readText(Path file) {
        return RegularFiles.readUtf8(file, MAX_BYTES);
    }

    /**
     * Splits separated text (RFC 4180: values may be quoted) into rows; blank lines are skipped,
     * values are stripped of surrounding white space, line ends may be LF or CRLF.
     *
     * @param source    the name for locations
     * @param text      the text
     * @param separator the separator character
     * @param rows      receives the rows
     * @param locations receives the line of each row
     * @return a problem where the text breaks the CSV format, or none
     */
    public static Problems splitCsv(
            String source, String text, char separator, List<List<String>> rows, List<Location> locations) {
        try (CsvReader csv =
                CsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), separator)) {
            for (Optional<CsvRecord> record = csv.next(); record.isPresent(); record = csv.next()) {
                List<String> cells =
                        record.get().values().stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(cells);
                locations.add(Location.of(source, "", (int) record.get().line(), 1));
            }
            return Problems.none();
        } catch (CsvFormatException e) {
            return Problems.of(Problem.error(
                    "malformed-csv",
                    "This is not valid CSV: " + e.getMessage() + ".",
                    Location.of(source, "", (int) e.line(), (int) e.column())));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
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
    public static Problems yamlTree(String source, String text, List<List<String>> rows, List<Location> locations) {
        Validated<SourceDocument> read = DocumentReader.standard().read(source, text, DocumentFormat.YAML);
        if (!(read instanceof Validated.Valid<SourceDocument> valid)) {
            return read.problems();
        }
        SourceDocument document = valid.value();
        JsonNode root = document.root();
        Problems.Builder problems = Problems.builder();
        if (!root.isObject() || root.size() != 1) {
            problems.error(
                    "hierarchy-yaml-root",
                    "the tree must start with exactly one root, " + "for example a single key \"*\"",
                    document.locate(""));
            return problems.build();
        }
        walk(document, root, "", new ArrayList<>(), rows, locations, problems);
        return problems.build();
    }

    private static void walk(
            SourceDocument document,
            JsonNode node,
            String pointer,
            List<String> path,
            List<List<String>> rows,
            List<Location> locations,
            Problems.Builder problems) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                problems.error("hierarchy-yaml-empty-group", "this group has no values", document.locate(pointer));
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                path.add(field.getKey());
                String child = pointer + "/" + SourceDocument.escape(field.getKey());
                JsonNode value = field.getValue();
                if (value.isNull()
                        || value.isMissingNode()
                        || value.isTextual() && value.asText().isEmpty()) {
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
                    problems.error(
                            "hierarchy-yaml-leaf",
                            "a list holds original values only "
                                    + "(text or numbers); use a mapping for a further level",
                            document.locate(child));
                    continue;
                }
                path.add(item.asText());
                leaf(document, child, path, rows, locations);
                path.remove(path.size() - 1);
            }
        } else {
            problems.error(
                    "hierarchy-yaml-leaf",
                    "expected a mapping of sub-groups or a list of " + "original values",
                    document.locate(pointer));
        }
    }

    private static void leaf(
            SourceDocument document,
            String pointer,
            List<String> path,
            List<List<String>> rows,
            List<Location> locations) {
        List<String> row = new ArrayList<>(path);
        Collections.reverse(row);
        rows.add(row);
        locations.add(document.locate(pointer));
    }
}
