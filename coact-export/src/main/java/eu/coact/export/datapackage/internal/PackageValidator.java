package eu.coact.export.datapackage.internal;

import eu.coact.core.csv.CsvFormatException;
import eu.coact.core.csv.CsvReader;
import eu.coact.core.csv.CsvRecord;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.ForeignKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every CSV file of a package against its Table Schema in a streaming pass: header,
 * width, types, missing values, required, enumerations, bounds, patterns, unique values, primary
 * keys and foreign keys across resources. Memory grows only with the number of distinct keys of
 * tables that have a primary key or unique field (about 16 bytes each) and with the keys of
 * tables that other tables refer to.
 */
public final class PackageValidator {

    /** What was found: the problems and the number of data rows of each resource read. */
    public record Outcome(Problems problems, Map<String, Long> rows) {}

    private final Path directory;
    private final DataPackage pkg;
    private final int problemLimit;
    private final long seed = new SecureRandom().nextLong();
    private final Problems.Builder problems = Problems.builder();
    private final Map<String, Set<String>> referencedKeys = new HashMap<>();

    private PackageValidator(Path directory, DataPackage pkg, int problemLimit) {
        this.directory = directory;
        this.pkg = pkg;
        this.problemLimit = problemLimit;
    }

    /**
     * Checks the files of a package whose descriptor has already been read.
     *
     * @param directory    the package directory
     * @param pkg          its descriptor
     * @param problemLimit the most problems reported per file; the rest are counted
     * @return the problems and row counts
     */
    public static Outcome validate(Path directory, DataPackage pkg, int problemLimit) {
        return new PackageValidator(directory, pkg, problemLimit).run();
    }

    private Outcome run() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (DataResource r : pkg.resources()) {
            Optional<Path> file = locate(r, true);
            if (file.isEmpty()) {
                continue;
            }
            new TableCheck(r, file.get()).run().ifPresent(n -> rows.put(r.name(), n));
        }
        return new Outcome(problems.build(), Map.copyOf(rows));
    }

    /** The file of a resource; when asked, reports why there is none usable. */
    private Optional<Path> locate(DataResource r, boolean report) {
        Path file = directory.resolve(r.path()).normalize();
        Location at =
                Location.of("datapackage.json", "/resources/" + pkg.resources().indexOf(r) + "/path");
        String problem = null;
        String code = null;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                code = "file-not-found";
                problem = "the package lists resource '" + r.name() + "' at '" + r.path()
                        + "', but there is no such file";
            } else if (!file.toRealPath().startsWith(directory.toRealPath())) {
                code = "file-outside-package";
                problem = "resource '" + r.name() + "' points outside the package directory";
            }
        } catch (IOException e) {
            code = "file-unreadable";
            problem = "resource '" + r.name() + "' cannot be read: " + e.getMessage();
        }
        if (problem == null) {
            return Optional.of(file);
        }
        if (report) {
            problems.error(code, problem, at);
        }
        return Optional.empty();
    }

    /** The keys of the referenced fields of a resource, read once and shared by all references. */
    private Set<String> keysOf(DataResource target, List<String> fields) {
        String id = target.name() + '\u0000' + String.join("\u0000", fields);
        Set<String> known = referencedKeys.get(id);
        if (known != null) {
            return known;
        }
        Set<String> keys = new HashSet<>();
        Optional<Path> file = locate(target, false);
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(file.get(), LinkOption.NOFOLLOW_LINKS);
                    CsvReader csv = CsvReader.open(in)) {
                Optional<CsvRecord> header = csv.next();
                if (header.isPresent()) {
                    int[] columns = columns(header.get().values(), fields);
                    for (Optional<CsvRecord> rec = csv.next(); rec.isPresent(); rec = csv.next()) {
                        if (rec.get().size() == header.get().size()) {
                            key(rec.get(), columns).ifPresent(keys::add);
                        }
                    }
                }
            } catch (IOException e) {
                // the broken file is reported when it is checked itself
            }
        }
        referencedKeys.put(id, keys);
        return keys;
    }

    private static int[] columns(List<String> header, List<String> fields) {
        int[] out = new int[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = header.indexOf(fields.get(i));
        }
        return out;
    }

    /** A key as one string (values length-prefixed, so it is unambiguous); empty if a column is absent. */
    private static Optional<String> key(CsvRecord rec, int[] columns) {
        if (columns.length == 1) {
            return columns[0] < 0 ? Optional.empty() : Optional.of(rec.get(columns[0]));
        }
        StringBuilder key = new StringBuilder();
        for (int c : columns) {
            if (c < 0) {
                return Optional.empty();
            }
            String v = rec.get(c);
            key.append(v.length()).append(':').append(v);
        }
        return Optional.of(key.toString());
    }

    /** A set of columns whose values must not repeat, with what the first pass found. */
    private static final class KeyCheck {
        final String label;
        final List<String> fields;
        final int[] columns;
        final FingerprintSet seen = new FingerprintSet();
        final FingerprintSet suspects = new FingerprintSet();

        KeyCheck(String label, List<String> fields, int[] columns) {
            this.label = label;
            this.fields = fields;
            this.columns = columns;
        }
    }

    /** The check of one file. */
    private final class TableCheck {
        private final DataResource resource;
        private final Path file;
        private final String source;
        private final Set<String> missing;
        private final List<Field> fields;
        private final int[] column;
        private final boolean[] inPrimaryKey;
        private final List<Set<String>> allowed = new ArrayList<>();
        private final java.util.regex.Pattern[] patterns;
        private final List<KeyCheck> keyChecks = new ArrayList<>();
        private final List<ForeignKey> foreignKeys;
        private int reported;
        private long unreported;
        private int width;

        TableCheck(DataResource resource, Path file) {
            this.resource = resource;
            this.file = file;
            this.source = resource.path();
            this.missing = Set.copyOf(resource.schema().missingValues());
            this.fields = resource.schema().fields();
            this.column = new int[fields.size()];
            this.inPrimaryKey = new boolean[fields.size()];
            this.patterns = new java.util.regex.Pattern[fields.size()];
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                inPrimaryKey[i] = resource.schema().primaryKey().contains(f.name());
                allowed.add(Set.copyOf(f.constraints().allowed()));
                patterns[i] = f.constraints()
                        .pattern()
                        .map(java.util.regex.Pattern::compile)
                        .orElse(null);
            }
            this.foreignKeys = resource.schema().foreignKeys();
        }

        Optional<Long> run() {
            long rows = 0;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                    CsvReader csv = CsvReader.open(in)) {
                Optional<CsvRecord> header = csv.next();
                if (header.isEmpty()) {
                    report("missing-header", "the file is empty; it needs a header row with the field names", "", 1);
                    return Optional.empty();
                }
                header(header.get());
                List<Set<String>> references = new ArrayList<>();
                List<int[]> referenceColumns = new ArrayList<>();
                for (ForeignKey fk : foreignKeys) {
                    DataResource target = fk.resource().flatMap(pkg::resource).orElse(resource);
                    references.add(keysOf(target, fk.referenceFields()));
                    referenceColumns.add(columns(header.get().values(), fk.fields()));
                }
                for (Optional<CsvRecord> rec = csv.next(); rec.isPresent(); rec = csv.next()) {
                    rows++;
                    row(rec.get(), references, referenceColumns);
                }
            } catch (CsvFormatException e) {
                report("malformed-csv", e.getMessage() + " (column " + e.column() + ")", "", e.line());
                return Optional.empty();
            } catch (IOException e) {
                report("file-unreadable", "the file cannot be read: " + e.getMessage(), "", 0);
                return Optional.empty();
            }
            confirmDuplicates();
            if (unreported > 0) {
                problems.error(
                        "more-problems",
                        unreported + " more problems in this file were not listed",
                        Location.of(source));
            }
            return Optional.of(rows);
        }

        private void header(CsvRecord header) {
            List<String> names = header.values();
            width = names.size();
            List<String> expected = resource.schema().fieldNames();
            if (!names.equals(expected)) {
                report(
                        "header-mismatch",
                        "the header is [" + String.join(", ", names) + "] but the schema lists ["
                                + String.join(", ", expected) + "] in this order",
                        "",
                        1);
            }
            for (int i = 0; i < fields.size(); i++) {
                column[i] = names.indexOf(fields.get(i).name());
                if (column[i] < 0) {
                    report(
                            "missing-column",
                            "the schema's field '" + fields.get(i).name() + "' has no column",
                            pointer(fields.get(i)),
                            1);
                }
            }
            for (String name : names) {
                if (!expected.contains(name)) {
                    report(
                            "unexpected-column",
                            "column '" + name + "' is not a field of the schema",
                            "/" + SourceDocument.escape(name),
                            1);
                }
            }
            List<String> pk = resource.schema().primaryKey();
            if (!pk.isEmpty()) {
                keyChecks.add(new KeyCheck("primary key (" + String.join(", ", pk) + ")", pk, columns(names, pk)));
            }
            for (Field f : fields) {
                if (f.constraints().unique() && !(pk.size() == 1 && pk.get(0).equals(f.name()))) {
                    keyChecks.add(new KeyCheck(
                            "unique field '" + f.name() + "'", List.of(f.name()), columns(names, List.of(f.name()))));
                }
            }
        }

        private void row(CsvRecord rec, List<Set<String>> references, List<int[]> referenceColumns) {
            long line = rec.line();
            if (rec.size() != width) {
                report("wrong-width", "this row has " + rec.size() + " values but the header has " + width, "", line);
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (column[i] >= 0) {
                    value(i, rec.get(column[i]), line);
                }
            }
            for (KeyCheck k : keyChecks) {
                long fp = fingerprint(rec, k.columns);
                if (fp != 0 && !k.seen.add(fp)) {
                    k.suspects.add(fp);
                }
            }
            for (int k = 0; k < references.size(); k++) {
                int[] cols = referenceColumns.get(k);
                if (allMissing(rec, cols)) {
                    continue;
                }
                Optional<String> key = key(rec, cols);
                if (key.isPresent() && !references.get(k).contains(key.get())) {
                    ForeignKey fk = foreignKeys.get(k);
                    report(
                            "unknown-reference",
                            "no row of '" + fk.resource().orElse(resource.name()) + "' has "
                                    + String.join(", ", fk.referenceFields()) + " = " + describe(rec, cols),
                            "/" + SourceDocument.escape(fk.fields().get(0)),
                            line);
                }
            }
        }

        private void value(int i, String text, long line) {
            Field f = fields.get(i);
            if (missing.contains(text)) {
                if (f.constraints().required() || inPrimaryKey[i]) {
                    report(
                            "missing-field",
                            "field '" + f.name() + "' needs a value"
                                    + (text.isEmpty() ? "" : " ('" + text + "' means missing)"),
                            pointer(f),
                            line);
                }
                return;
            }
            Optional<String> typeProblem = ValueType.check(f.type(), text);
            if (typeProblem.isPresent()) {
                report("invalid-type", "field '" + f.name() + "': " + typeProblem.get(), pointer(f), line);
                return;
            }
            if (!allowed.get(i).isEmpty() && !allowed.get(i).contains(text)) {
                report(
                        "not-allowed",
                        "field '" + f.name() + "': '" + ValueType.abbreviate(text)
                                + "' is not one of the allowed values "
                                + f.constraints().allowed(),
                        pointer(f),
                        line);
            }
            f.constraints().minimum().ifPresent(min -> {
                if (ValueType.compare(f.type(), text, min) < 0) {
                    report(
                            "below-minimum",
                            "field '" + f.name() + "': " + text + " is below the minimum " + min,
                            pointer(f),
                            line);
                }
            });
            f.constraints().maximum().ifPresent(max -> {
                if (ValueType.compare(f.type(), text, max) > 0) {
                    report(
                            "above-maximum",
                            "field '" + f.name() + "': " + text + " is above the maximum " + max,
                            pointer(f),
                            line);
                }
            });
            if (patterns[i] != null && !patterns[i].matcher(text).matches()) {
                report(
                        "pattern-mismatch",
                        "field '" + f.name() + "': '" + ValueType.abbreviate(text) + "' does not match "
                                + f.constraints().pattern().orElse(""),
                        pointer(f),
                        line);
            }
        }

        /** Zero when a key column is absent or a value is missing: such rows take no part in uniqueness. */
        private long fingerprint(CsvRecord rec, int[] cols) {
            List<String> values = new ArrayList<>(cols.length);
            for (int c : cols) {
                if (c < 0 || missing.contains(rec.get(c))) {
                    return 0;
                }
                values.add(rec.get(c));
            }
            long fp = FingerprintSet.of(seed, values);
            return fp == 0 ? 1 : fp;
        }

        private boolean allMissing(CsvRecord rec, int[] cols) {
            for (int c : cols) {
                if (c >= 0 && !missing.contains(rec.get(c))) {
                    return false;
                }
            }
            return true;
        }

        private String describe(CsvRecord rec, int[] cols) {
            List<String> values = new ArrayList<>();
            for (int c : cols) {
                values.add(c < 0 ? "?" : "'" + ValueType.abbreviate(rec.get(c)) + "'");
            }
            return String.join(", ", values);
        }

        /** Second pass, only when the first found equal fingerprints: compares the real keys. */
        private void confirmDuplicates() {
            List<KeyCheck> suspicious =
                    keyChecks.stream().filter(k -> k.suspects.size() > 0).toList();
            if (suspicious.isEmpty()) {
                return;
            }
            List<Map<List<String>, Long>> firstSeen = new ArrayList<>();
            suspicious.forEach(k -> firstSeen.add(new HashMap<>()));
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                    CsvReader csv = CsvReader.open(in)) {
                csv.next();
                for (Optional<CsvRecord> rec = csv.next(); rec.isPresent(); rec = csv.next()) {
                    CsvRecord r = rec.get();
                    if (r.size() != width) {
                        continue;
                    }
                    for (int k = 0; k < suspicious.size(); k++) {
                        KeyCheck check = suspicious.get(k);
                        long fp = fingerprint(r, check.columns);
                        if (fp == 0 || !check.suspects.contains(fp)) {
                            continue;
                        }
                        List<String> key = new ArrayList<>();
                        for (int c : check.columns) {
                            key.add(r.get(c));
                        }
                        Long first = firstSeen.get(k).putIfAbsent(key, r.line());
                        if (first != null) {
                            report(
                                    "duplicate-key",
                                    "the " + check.label + " repeats line " + first + ": " + key,
                                    "/" + SourceDocument.escape(check.fields.get(0)),
                                    r.line());
                        }
                    }
                }
            } catch (IOException e) {
                report("file-unreadable", "the file cannot be read again: " + e.getMessage(), "", 0);
            }
        }

        private String pointer(Field f) {
            return "/" + SourceDocument.escape(f.name());
        }

        private void report(String code, String message, String path, long line) {
            if (reported >= problemLimit) {
                unreported++;
                return;
            }
            reported++;
            problems.error(code, message, Location.of(source, path, (int) Math.min(line, Integer.MAX_VALUE), 0));
        }
    }
}
