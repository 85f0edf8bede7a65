package eu.coact.anonymise.disclosure.internal;

import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every generalisation hierarchy obeys, whatever its source: each row is one original
 * value followed by its generalisations, all rows have the same number of levels, each value
 * appears once, each label at a level has exactly one parent, and there is one root.
 */
public final class HierarchyRules {

    private HierarchyRules() {}

    /**
     * Checks rows read from a file.
     *
     * @param source    the file name, for problem locations
     * @param rows      the rows, level 0 first
     * @param locations where each row starts, same order as {@code rows}
     * @return every problem found (empty when the rows form a valid hierarchy)
     */
    public static Problems check(String source, List<List<String>> rows, List<Location> locations) {
        Problems.Builder problems = Problems.builder();
        if (rows.isEmpty()) {
            problems.error("hierarchy-empty", "the hierarchy has no values", Location.of(source));
            return problems.build();
        }
        int levels = rows.get(0).size();
        Map<String, Integer> leafRow = new HashMap<>();
        List<Map<String, String>> parentOf = new java.util.ArrayList<>();
        List<Map<String, Integer>> parentRow = new java.util.ArrayList<>();
        for (int level = 0; level < levels; level++) {
            parentOf.add(new HashMap<>());
            parentRow.add(new HashMap<>());
        }
        Set<String> roots = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Location at = locations.get(r);
            if (row.size() != levels) {
                problems.error(
                        "hierarchy-inconsistent-levels",
                        "this row has " + row.size()
                                + " levels but the first row has " + levels
                                + "; every value needs a generalisation at every level",
                        at);
                continue;
            }
            boolean blank = false;
            for (int level = 0; level < levels; level++) {
                if (row.get(level).isBlank()) {
                    problems.error(
                            "hierarchy-blank-label",
                            "level " + level + " is empty; write the generalised value (for example *)",
                            at);
                    blank = true;
                }
            }
            if (blank) {
                continue;
            }
            Integer earlier = leafRow.putIfAbsent(row.get(0), r);
            if (earlier != null) {
                problems.error(
                        "hierarchy-duplicate-value",
                        "the value '" + row.get(0)
                                + "' already appears on " + describe(locations.get(earlier))
                                + "; every value needs exactly one path to the root",
                        at);
                continue;
            }
            for (int level = 0; level + 1 < levels; level++) {
                String label = row.get(level);
                String parent = row.get(level + 1);
                if (level > 0) {
                    String known = parentOf.get(level).putIfAbsent(label, parent);
                    if (known == null) {
                        parentRow.get(level).put(label, r);
                    } else if (!known.equals(parent)) {
                        problems.error(
                                "hierarchy-two-parents",
                                "'" + label + "' at level " + level
                                        + " generalises to '" + parent + "' here but to '" + known + "' on "
                                        + describe(locations.get(
                                                parentRow.get(level).get(label)))
                                        + "; every value needs exactly one path to the root",
                                at);
                    }
                }
            }
            roots.add(row.get(levels - 1));
        }
        if (roots.size() > 1) {
            problems.error(
                    "hierarchy-several-roots",
                    "the last level has " + roots.size()
                            + " different values " + new java.util.TreeSet<>(roots)
                            + "; the most general level must be a single value such as *",
                    Location.of(source));
        }
        return problems.build();
    }

    private static String describe(Location location) {
        return location.line() > 0 ? "line " + location.line() : location.toString();
    }
}
