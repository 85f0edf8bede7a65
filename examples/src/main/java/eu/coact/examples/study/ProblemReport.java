package eu.coact.examples.study;

import eu.coact.core.problem.ControlCharacters;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A validation report for the people who wrote the files: problems grouped by file, each with
 * its line and column, severity, code and message, file names shown relative to the folder
 * being checked. Every part that comes from the input (file name, message, path) is shown with its
 * control characters escaped, so that one problem is always one line.
 *
 * @param base     the folder the file names are shown relative to
 * @param problems the problems found
 */
public record ProblemReport(Path base, Problems problems) {

    /** The report as text, one group per file, with a closing count. */
    public String render() {
        if (problems.isEmpty()) {
            return "No problems found.\n";
        }
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.stream()
                .sorted(Comparator.comparing((Problem p) -> shown(p.location().source()))
                        .thenComparingInt(p -> p.location().line())
                        .thenComparingInt(p -> p.location().column()))
                .forEach(p -> byFile.computeIfAbsent(shown(p.location().source()), f -> new ArrayList<>())
                        .add(p));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Problem>> file : byFile.entrySet()) {
            out.append(ControlCharacters.escape(file.getKey())).append('\n');
            for (Problem p : file.getValue()) {
                out.append("  ")
                        .append(position(p))
                        .append("  ")
                        .append(word(p.severity()))
                        .append(" [")
                        .append(p.code())
                        .append("] ")
                        .append(ControlCharacters.escape(p.message()));
                if (!p.location().path().isEmpty()) {
                    out.append("  (at ")
                            .append(ControlCharacters.escape(p.location().path()))
                            .append(')');
                }
                out.append('\n');
            }
        }
        int errors = problems.errors().size();
        int warnings = problems.warnings().size();
        out.append(errors)
                .append(errors == 1 ? " error, " : " errors, ")
                .append(warnings)
                .append(warnings == 1 ? " warning" : " warnings")
                .append(" in ")
                .append(byFile.size())
                .append(byFile.size() == 1 ? " file" : " files")
                .append('\n');
        return out.toString();
    }

    /** The report as JSON: {@code {"errors":n,"warnings":n,"problems":[{severity, code, message, source…}]}}. */
    public String json() {
        return problems.toJson();
    }

    private String shown(String source) {
        try {
            Path file = Path.of(source);
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path absoluteFile = file.toAbsolutePath().normalize();
            return absoluteFile.startsWith(absoluteBase) && !absoluteFile.equals(absoluteBase)
                    ? absoluteBase.relativize(absoluteFile).toString()
                    : source;
        } catch (InvalidPathException e) {
            // A source that is not a file name (a text given in memory) is shown as it is.
            return source;
        }
    }

    private static String position(Problem p) {
        int line = p.location().line();
        int column = p.location().column();
        String at = line == 0 ? "-" : column == 0 ? String.valueOf(line) : line + ":" + column;
        return String.format(Locale.ROOT, "%-7s", at);
    }

    private static String word(Severity severity) {
        return String.format(Locale.ROOT, "%-7s", severity.name().toLowerCase(Locale.ROOT));
    }
}
