package eu.coact.core.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every problem found in an input, reported all at once. Immutable; ordered by source, line,
 * column and path so that reports read top to bottom like the file.
 */
public final class Problems implements Iterable<Problem> {

    private static final Problems EMPTY = new Problems(List.of());
    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory().setCharacterEscapes(new JsonEscapes()));
    private static final Comparator<Problem> READING_ORDER = Comparator.comparing(
                    (Problem p) -> p.location().source())
            .thenComparingInt(p ->
                    p.location().line() == 0 ? Integer.MAX_VALUE : p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(p -> p.location().path())
            .thenComparing(Problem::severity)
            .thenComparing(Problem::code)
            .thenComparing(Problem::message);

    private final List<Problem> problems;

    private Problems(List<Problem> problems) {
        this.problems = problems;
    }

    /** No problems at all. */
    public static Problems none() {
        return EMPTY;
    }

    /** The given problems, in reading order. */
    public static Problems of(Problem... problems) {
        return of(List.of(problems));
    }

    /** The given problems, in reading order. */
    public static Problems of(Collection<Problem> problems) {
        if (problems.isEmpty()) {
            return EMPTY;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.forEach(p -> Objects.requireNonNull(p, "problem"));
        sorted.sort(READING_ORDER);
        return new Problems(List.copyOf(sorted));
    }

    /** A collector for validators that find problems one by one. */
    public static Builder builder() {
        return new Builder();
    }

    /** These problems and the others, in reading order. */
    public Problems and(Problems others) {
        if (others.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return others;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(others.problems);
        return of(all);
    }

    /** True when nothing was found. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems there are. */
    public int size() {
        return problems.size();
    }

    /** True when at least one problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /**
     * True when the input must be refused: any error, or in strict mode any warning too.
     *
     * @param strict whether warnings count as errors
     */
    public boolean blocks(boolean strict) {
        return problems.stream().anyMatch(p -> p.isError() || (strict && p.severity() == Severity.WARNING));
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** Only the warnings. */
    public List<Problem> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /** The problems of one severity. */
    public List<Problem> withSeverity(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /** The problems with a given code, e.g. {@code dangling-next}. */
    public List<Problem> withCode(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }

    /** All problems, in reading order. */
    public List<Problem> asList() {
        return problems;
    }

    /** All problems as a stream, in reading order. */
    public Stream<Problem> stream() {
        return problems.stream();
    }

    @Override
    public Iterator<Problem> iterator() {
        return problems.iterator();
    }

    /**
     * A report for people: one line per problem ({@code file:line:col path: error [code] message})
     * and a closing count.
     */
    public String render() {
        if (problems.isEmpty()) {
            return "No problems found.";
        }
        StringBuilder out = new StringBuilder();
        for (Problem p : problems) {
            out.append(p).append('\n'); // Problem's rendering escapes control characters
        }
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings =
                problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        out.append(errors)
                .append(errors == 1 ? " error, " : " errors, ")
                .append(warnings)
                .append(warnings == 1 ? " warning" : " warnings");
        return out.toString();
    }

    /**
     * The same report as JSON: {@code {"errors":n,"warnings":n,"problems":[...]}}. Strings carry the
     * exact text; control characters, bidirectional overrides and line separators are written as
     * JSON escapes so that the report is safe to print on a terminal.
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("errors", errors().size());
        root.put("warnings", warnings().size());
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode node = list.addObject();
            node.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            node.put("code", p.code());
            node.put("message", p.message());
            node.put("source", p.location().source());
            node.put("path", p.location().path());
            p.location().lineNumber().ifPresent(l -> node.put("line", l));
            p.location().columnNumber().ifPresent(c -> node.put("column", c));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a bug in Jackson.
            throw new IllegalStateException("could not write a problem report as JSON", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problems other && problems.equals(other.problems);
    }

    @Override
    public int hashCode() {
        return problems.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }

    /** Collects problems one by one; {@link #build()} gives the immutable report. */
    public static final class Builder {
        private final List<Problem> found = new ArrayList<>();

        private Builder() {}

        /** Adds one problem. */
        public Builder add(Problem problem) {
            found.add(Objects.requireNonNull(problem, "problem"));
            return this;
        }

        /** Adds an error. */
        public Builder error(String code, String message, Location location) {
            return add(Problem.error(code, message, location));
        }

        /** Adds a warning. */
        public Builder warning(String code, String message, Location location) {
            return add(Problem.warning(code, message, location));
        }

        /** Adds every problem of another report. */
        public Builder addAll(Problems problems) {
            problems.forEach(found::add);
            return this;
        }

        /** True when an error has been added. */
        public boolean hasErrors() {
            return found.stream().anyMatch(Problem::isError);
        }

        /** The report so far. */
        public Problems build() {
            return Problems.of(found);
        }
    }
}
