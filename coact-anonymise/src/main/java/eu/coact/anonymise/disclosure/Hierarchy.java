package eu.coact.anonymise.disclosure;

import eu.coact.anonymise.disclosure.internal.HierarchyFiles;
import eu.coact.anonymise.disclosure.internal.HierarchyRules;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generalisation hierarchy: every original value of an attribute with its more general
 * replacements, from level 0 (the value itself) to the most general level (one root such as
 * {@code *}). Immutable. Every value has exactly one path to the root and all paths have the
 * same number of levels.
 *
 * <p>Read one from a file ({@link #readCsv(Path)}, {@link #readYaml(Path)}) or build one for
 * numbers ({@link #intervals}), codes ({@link #masking}) or dates ({@link #dates}); add explicit
 * missing or "rather not answer" values with {@link #withMissing}.
 */
public final class Hierarchy {

    private final String[][] labels;
    private final int[][] codeOfLeaf;
    private final int[][] leavesUnder;
    private final Map<String, Integer> leafIndex;

    private Hierarchy(List<List<String>> paths) {
        int levels = paths.get(0).size();
        int leaves = paths.size();
        labels = new String[levels][];
        codeOfLeaf = new int[levels][leaves];
        leavesUnder = new int[levels][];
        leafIndex = new HashMap<>();
        for (int level = 0; level < levels; level++) {
            Map<String, Integer> codes = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int leaf = 0; leaf < leaves; leaf++) {
                String label = paths.get(leaf).get(level);
                Integer code = codes.get(label);
                if (code == null) {
                    code = names.size();
                    codes.put(label, code);
                    names.add(label);
                }
                codeOfLeaf[level][leaf] = code;
            }
            labels[level] = names.toArray(String[]::new);
            leavesUnder[level] = new int[names.size()];
            for (int leaf = 0; leaf < leaves; leaf++) {
                leavesUnder[level][codeOfLeaf[level][leaf]]++;
            }
        }
        for (int leaf = 0; leaf < leaves; leaf++) {
            leafIndex.put(paths.get(leaf).get(0), leaf);
        }
    }

    /**
     * Builds a hierarchy from rows, each an original value followed by its generalisations.
     *
     * @param source a name for the rows, used in problem locations
     * @param rows   one row per original value, level 0 first
     * @return the hierarchy, or the problems that prevent it
     */
    public static Validated<Hierarchy> of(String source, List<List<String>> rows) {
        List<Location> locations = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            locations.add(Location.of(source, "/" + r));
        }
        return fromRows(source, rows, locations);
    }

    /**
     * Reads a hierarchy from a {@code ;}-separated file with one row per original value and one
     * column per level, the format of the Adult sample hierarchies. Only a regular file is read
     * (never a symbolic link, device or FIFO), of at most 64 MiB.
     *
     * @param file the CSV file
     * @return the hierarchy, or problems naming the file and line
     */
    public static Validated<Hierarchy> readCsv(Path file) {
        return HierarchyFiles.readText(file).flatMap(text -> parseCsv(file.toString(), text));
    }

    /**
     * Parses a hierarchy from {@code ;}-separated text (see {@link #readCsv(Path)}).
     *
     * @param source a name for the text, used in problem locations
     * @param text   the text
     * @return the hierarchy, or problems naming the source and line
     */
    public static Validated<Hierarchy> parseCsv(String source, String text) {
        List<List<String>> rows = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Problems format = HierarchyFiles.splitCsv(source, text, ';', rows, locations);
        return format.hasErrors() ? Validated.invalid(format) : fromRows(source, rows, locations);
    }

    /**
     * Reads a hierarchy written as a YAML value tree: the root is a one-key mapping (usually
     * {@code "*"}), each inner value a mapping of its children, and the most specific groups
     * lists of original values. All original values must be at the same depth.
     *
     * @param file the YAML file
     * @return the hierarchy, or problems naming the file, path and line
     */
    public static Validated<Hierarchy> readYaml(Path file) {
        return HierarchyFiles.readText(file).flatMap(text -> parseYaml(file.toString(), text));
    }

    /**
     * Parses a YAML value tree (see {@link #readYaml(Path)}).
     *
     * @param source a name for the text, used in problem locations
     * @param text   the YAML text
     * @return the hierarchy, or problems naming the source, path and line
     */
    public static Validated<Hierarchy> parseYaml(String source, String text) {
        List<List<String>> rows = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Problems read = HierarchyFiles.yamlTree(source, text, rows, locations);
        if (read.hasErrors()) {
            return Validated.invalid(read);
        }
        return fromRows(source, rows, locations);
    }

    private static Validated<Hierarchy> fromRows(String source, List<List<String>> rows, List<Location> locations) {
        Problems problems = HierarchyRules.check(source, rows, locations);
        if (problems.hasErrors()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new Hierarchy(copy(rows)), problems);
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            out.add(List.copyOf(row));
        }
        return out;
    }

    /**
     * Interval bands for whole numbers, e.g. ages {@code intervals(0, 99, 5, 10)} gives
     * {@code 37 → 35-39 → 30-39 → *}. Bands start at multiples of their width.
     *
     * @param min    the smallest value
     * @param max    the largest value (inclusive)
     * @param widths band widths, each a multiple of the one before
     * @return the hierarchy with {@code widths.length + 2} levels
     * @throws IllegalArgumentException if the range is empty or a width does not nest
     */
    public static Hierarchy intervals(int min, int max, int... widths) {
        if (min > max) {
            throw new IllegalArgumentException("the range " + min + ".." + max + " is empty");
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < 2 || i > 0 && widths[i] % widths[i - 1] != 0) {
                throw new IllegalArgumentException("band widths must be at least 2 and each a "
                        + "multiple of the one before: " + Arrays.toString(widths));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int value = min; value <= max; value++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(value));
            for (int width : widths) {
                int low = Math.floorDiv(value, width) * width;
                row.add(low + "-" + (low + width - 1));
            }
            row.add("*");
            rows.add(row);
        }
        return new Hierarchy(rows);
    }

    /**
     * Masks codes from the right, one character per level: {@code 08001 → 0800* → 080** → …
     * → *}. All codes must have the same length.
     *
     * @param codes the codes (e.g. postcodes)
     * @return the hierarchy with {@code length + 1} levels
     * @throws IllegalArgumentException if there are no codes, or codes differ in length
     */
    public static Hierarchy masking(Collection<String> codes) {
        Set<String> distinct = new TreeSet<>(codes);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("masking needs at least one code");
        }
        int length = distinct.iterator().next().length();
        List<List<String>> rows = new ArrayList<>();
        for (String code : distinct) {
            if (code.length() != length || code.isBlank()) {
                throw new IllegalArgumentException(
                        "masked codes must all have " + length + " characters; found one with " + code.length());
            }
            List<String> row = new ArrayList<>();
            for (int masked = 0; masked < length; masked++) {
                row.add(code.substring(0, length - masked) + "*".repeat(masked));
            }
            row.add("*");
            rows.add(row);
        }
        return new Hierarchy(rows);
    }

    /**
     * Coarsens dates: day ({@code 2024-03-17}) → month ({@code 2024-03}) → year ({@code 2024})
     * → {@code *}.
     *
     * @param dates the dates that occur
     * @return the hierarchy with 4 levels
     * @throws IllegalArgumentException if there are no dates
     */
    public static Hierarchy dates(Collection<LocalDate> dates) {
        Set<LocalDate> distinct = new TreeSet<>(dates);
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("a date hierarchy needs at least one date");
        }
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate date : distinct) {
            String day = date.toString();
            rows.add(List.of(day, day.substring(0, day.length() - 3), Integer.toString(date.getYear()), "*"));
        }
        return new Hierarchy(rows);
    }

    /**
     * Adds explicit missing or "rather not answer" values. Each stays itself at every level
     * except the root, so an answer that was withheld is never merged with a real answer, and
     * is only hidden when everything is.
     *
     * @param values the values to add, e.g. {@code ""} and {@code "rather not answer"}
     * @return a new hierarchy with the added values
     * @throws IllegalArgumentException if a value is already in the hierarchy or collides with
     *                                  a generalised label
     */
    public Hierarchy withMissing(String... values) {
        List<List<String>> rows = new ArrayList<>();
        for (int leaf = 0; leaf < leafIndex.size(); leaf++) {
            List<String> row = new ArrayList<>();
            for (int level = 0; level < levels(); level++) {
                row.add(labels[level][codeOfLeaf[level][leaf]]);
            }
            rows.add(row);
        }
        for (String value : new LinkedHashSet<>(Arrays.asList(values))) {
            Objects.requireNonNull(value, "value");
            for (int level = 0; level < levels() - 1; level++) {
                if (Arrays.asList(labels[level]).contains(value)) {
                    throw new IllegalArgumentException(
                            "'" + value + "' is already a label at level " + level + " of this hierarchy");
                }
            }
            List<String> row = new ArrayList<>();
            for (int level = 0; level < levels() - 1; level++) {
                row.add(value);
            }
            row.add(labels[levels() - 1][0]);
            rows.add(row);
        }
        return new Hierarchy(rows);
    }

    /**
     * The number of levels, counting level 0 (the original values) and the root level.
     *
     * @return at least 1
     */
    public int levels() {
        return labels.length;
    }

    /**
     * The original values, in the order they were given.
     *
     * @return the level-0 values
     */
    public List<String> values() {
        return Collections.unmodifiableList(Arrays.asList(labels[0]));
    }

    /**
     * Whether a value is an original value of this hierarchy.
     *
     * @param value the value
     * @return true if it has a path to the root
     */
    public boolean contains(String value) {
        return leafIndex.containsKey(value);
    }

    /**
     * The generalisation of an original value at a level.
     *
     * @param value an original value
     * @param level 0 (the value itself) to {@code levels() - 1} (the root)
     * @return the generalised label, or empty if the value is not in the hierarchy
     * @throws IndexOutOfBoundsException if the level does not exist
     */
    public Optional<String> generalise(String value, int level) {
        Objects.checkIndex(level, levels());
        Integer leaf = leafIndex.get(value);
        return leaf == null ? Optional.empty() : Optional.of(labels[level][codeOfLeaf[level][leaf]]);
    }

    /**
     * The distinct labels at a level.
     *
     * @param level the level
     * @return the labels, in order of first use
     */
    public List<String> labels(int level) {
        Objects.checkIndex(level, levels());
        return Collections.unmodifiableList(Arrays.asList(labels[level]));
    }

    int leafCode(String value) {
        Integer leaf = leafIndex.get(value);
        return leaf == null ? -1 : leaf;
    }

    int[][] codeOfLeaf() {
        return codeOfLeaf;
    }

    int[][] leavesUnder() {
        return leavesUnder;
    }

    String label(int level, int code) {
        return labels[level][code];
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Hierarchy other)
                || other.levels() != levels()
                || other.leafIndex.size() != leafIndex.size()) {
            return false;
        }
        for (Map.Entry<String, Integer> leaf : leafIndex.entrySet()) {
            for (int level = 0; level < levels(); level++) {
                if (!other.generalise(leaf.getKey(), level)
                        .orElse("\u0000")
                        .equals(labels[level][codeOfLeaf[level][leaf.getValue()]])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * levels() + leafIndex.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "Hierarchy[" + leafIndex.size() + " values, " + levels() + " levels]";
    }
}
