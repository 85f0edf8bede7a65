package eu.coact.export.audit;

import eu.coact.anonymise.audit.PersonLevelAudit;
import eu.coact.anonymise.disclosure.CellDerivation;
import eu.coact.anonymise.disclosure.Table;
import eu.coact.anonymise.scrub.IdentifierKind;
import eu.coact.anonymise.scrub.ScrubReport;
import eu.coact.anonymise.scrub.Scrubber;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataPackageReader;
import eu.coact.export.datapackage.DataResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An outside auditor's check of an open-data release folder, knowing nothing of how it was
 * made: it reads the package ({@code datapackage.json} and its files) and the disclosure
 * settings in {@code release.yaml}, and reports every finding.
 *
 * <ol>
 *   <li><b>layout</b>: only files the package describes, no run summary, consent audit, exact
 *       counts or quotes awaiting review;</li>
 *   <li><b>schema</b>: every file valid against its Table Schema;</li>
 *   <li><b>person-level</b>: every file joined per pseudonym — the participant's attributes, the
 *       pattern of their answer times, any profile answer found in another file — meets the
 *       declared models (k-anonymity, l-diversity); no profile answer outside
 *       {@code participants.csv}; no other file linkable by pseudonym;</li>
 *   <li><b>differencing</b>: no count shown below the small-cell threshold, and no hidden count
 *       can be worked out by adding and subtracting published counts (the sums the consent
 *       summary declares in {@code part_of}, the breakdowns of each indicator, and the number of
 *       rows of {@code participants.csv});</li>
 *   <li><b>free-text</b>: quotes and story texts hold no identifier the standard scrubber detects.</li>
 * </ol>
 *
 * <pre>{@code
 * AuditReport report = ReleaseAudit.audit(Path.of("releases/coact-1.0.0"));
 * System.out.print(report.render());
 * }</pre>
 *
 * <p>Stateless; each audit reads the folder on the calling thread.
 */
public final class ReleaseAudit {

    private static final Set<String> METADATA = Set.of(
            "datapackage.json",
            AuditSettings.FILE_NAME,
            "report.html",
            "datacite-draft.json",
            "datacite.json",
            "CITATION.cff",
            "codebook/codebook.md",
            "codebook/codebook.html",
            "codebook/codebook.json");
    private static final List<String> INTERNAL_MARKS =
            List.of("internal-not-for-deposit", "quotes-to-review", "exact-counts");
    private static final List<String> INTERNAL_NAMES =
            List.of("summary.", "consent-audit.", "verification.", "release-refused.");
    private static final String ANSWER_TIMES = "answer_times";
    private static final int SCHEMA_FINDINGS = 20;

    private final Path folder;
    private final List<AuditFinding> findings = new ArrayList<>();
    private final Scrubber scrubber = Scrubber.standard();

    private ReleaseAudit(Path folder) {
        this.folder = folder;
    }

    /**
     * Audits a release folder.
     *
     * @param folder the release folder (holding {@code datapackage.json} and {@code release.yaml})
     * @return the checks run and every finding
     * @throws UncheckedIOException when a file cannot be read
     */
    public static AuditReport audit(Path folder) {
        return new ReleaseAudit(folder).run();
    }

    private AuditReport run() {
        List<String> checks = List.of("layout", "schema", "settings", "person-level", "differencing", "free-text");
        Validated<DataPackage> descriptor = DataPackageReader.standard().readDescriptor(folder);
        if (!(descriptor instanceof Validated.Valid<DataPackage> valid)) {
            findings.add(new AuditFinding(
                    "schema",
                    "datapackage.json",
                    "cannot be read: " + descriptor.problems().render().strip()));
            return new AuditReport(checks, findings);
        }
        DataPackage pkg = valid.value();
        layout(pkg);
        schema();
        Optional<AuditSettings> settings = AuditSettings.read(folder.resolve(AuditSettings.FILE_NAME), findings);
        try {
            long participants = settings.isPresent() ? personLevel(pkg, settings.get()) : -1L;
            differencing(pkg, settings.map(AuditSettings::threshold).orElse(10), participants);
            freeText(pkg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AuditReport(checks, findings);
    }

    private void layout(DataPackage pkg) {
        Set<String> described = new HashSet<>(METADATA);
        pkg.resources().forEach(r -> described.add(r.path()));
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(path -> {
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        if (INTERNAL_MARKS.stream().anyMatch(path::contains)
                                || INTERNAL_NAMES.stream().anyMatch(name::startsWith)) {
                            findings.add(new AuditFinding(
                                    "layout",
                                    path,
                                    "an internal file (run summary, consent "
                                            + "audit, exact counts or quotes awaiting review) is in the package; it carries "
                                            + "unsuppressed counts or unapproved text and must not be deposited"));
                        } else if (!described.contains(path)) {
                            findings.add(new AuditFinding("layout", path, "the package does not describe this file"));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schema() {
        var checked = DataPackageReader.standard().read(folder);
        int n = 0;
        for (Problem p : checked.problems().errors()) {
            if (n++ < SCHEMA_FINDINGS) {
                findings.add(new AuditFinding("schema", p.location().source(), p.message()));
            }
        }
    }

    // --- person-level --------------------------------------------------------------------------

    /** Joins every file per pseudonym and checks the models; returns the number of participants. */
    private long personLevel(DataPackage pkg, AuditSettings settings) throws IOException {
        Optional<DataResource> people = byPath(pkg, "participants.csv");
        if (people.isEmpty()) {
            findings.add(new AuditFinding("person-level", "participants.csv", "the package has no participants table"));
            return -1;
        }
        TableFile participants = TableFile.read(folder, people.get().path());
        int key = participants.column("participant");
        Map<String, List<String>> byPseudonym = new LinkedHashMap<>();
        for (List<String> row : participants.rows()) {
            byPseudonym.put(row.get(key), row);
        }
        Map<String, TreeSet<String>> times = new HashMap<>();
        Map<String, Map<String, String>> outside = new HashMap<>();
        Map<String, String> roles = roles(pkg);
        Set<String> profile = new HashSet<>(settings.profile());
        boolean timed = false;
        for (DataResource resource : pkg.resources()) {
            if (resource.path().equals(people.get().path())
                    || !resource.schema().fieldNames().contains("participant")) {
                continue;
            }
            if (!resource.schema().fieldNames().contains("question")) {
                findings.add(new AuditFinding(
                        "person-level",
                        resource.path(),
                        "carries participant pseudonyms, so it "
                                + "links to the participants table; only answers may"));
                continue;
            }
            timed |= resource.schema().fieldNames().contains("answered_at");
            joinAnswers(resource.path(), byPseudonym.keySet(), profile, roles, times, outside);
        }
        List<String> columns = new ArrayList<>();
        List<String> quasi = new ArrayList<>();
        for (String q : settings.quasiIdentifiers()) {
            if (participants.header().contains(q)) {
                columns.add(q);
                quasi.add(q);
            } else {
                findings.add(new AuditFinding(
                        "person-level",
                        people.get().path(),
                        "the declared quasi-identifier '" + q
                                + "' is not a column; the settings do not describe this package"));
            }
        }
        for (String s : settings.sensitive()) {
            if (participants.header().contains(s)) {
                columns.add(s);
            }
        }
        if (timed) {
            columns.add(ANSWER_TIMES);
            quasi.add(ANSWER_TIMES);
        }
        TreeSet<String> extra = new TreeSet<>();
        outside.values().forEach(m -> extra.addAll(m.keySet()));
        columns.addAll(extra);
        quasi.addAll(extra);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byPseudonym.entrySet()) {
            List<String> row = new ArrayList<>();
            for (String c : columns) {
                if (c.equals(ANSWER_TIMES)) {
                    TreeSet<String> t = times.get(e.getKey());
                    row.add(t == null ? "" : String.join(";", t));
                } else if (extra.contains(c)) {
                    row.add(outside.getOrDefault(e.getKey(), Map.of()).getOrDefault(c, ""));
                } else {
                    row.add(e.getValue().get(participants.column(c)));
                }
            }
            rows.add(row);
        }
        List<String> missingModelColumns = settings.models().stream()
                .map(ReleaseAudit::attribute)
                .filter(a -> a != null && !columns.contains(a))
                .toList();
        for (String a : missingModelColumns) {
            findings.add(new AuditFinding(
                    "person-level",
                    people.get().path(),
                    "the model's sensitive attribute '" + a + "' is not a column; it cannot be checked"));
        }
        if (!missingModelColumns.isEmpty() || rows.isEmpty()) {
            return byPseudonym.size();
        }
        for (String f : PersonLevelAudit.findings(Table.of(columns, rows), quasi, settings.models())) {
            findings.add(new AuditFinding("person-level", "(all files joined per pseudonym)", f));
        }
        return byPseudonym.size();
    }

    private void joinAnswers(
            String path,
            Set<String> known,
            Set<String> profile,
            Map<String, String> roles,
            Map<String, TreeSet<String>> times,
            Map<String, Map<String, String>> outside)
            throws IOException {
        Map<String, Long> profileRows = new TreeMap<>();
        long[] unknown = {0};
        TableFile.stream(folder, path, (header, row) -> {
            String who = row.get(header.indexOf("participant"));
            if (!known.contains(who)) {
                unknown[0]++;
                return;
            }
            int at = header.indexOf("answered_at");
            if (at >= 0 && !row.get(at).isEmpty()) {
                times.computeIfAbsent(who, w -> new TreeSet<>()).add(row.get(at));
            }
            String question = row.get(header.indexOf("question"));
            String block = header.contains("block") ? row.get(header.indexOf("block")) : "";
            String role = roles.getOrDefault(block + '\u0000' + question, "none");
            if (profile.contains(question) || !role.equals("none")) {
                profileRows.merge(question, 1L, Long::sum);
                int answer = header.indexOf("answer");
                outside.computeIfAbsent(who, w -> new HashMap<>())
                        .put(path + ":" + question, answer >= 0 ? row.get(answer) : "");
            }
        });
        profileRows.forEach((question, n) -> findings.add(new AuditFinding(
                "person-level",
                path,
                "carries " + n
                        + " answers to the profile question '" + question
                        + "' outside the participants table, where they "
                        + "escape its generalisation")));
        if (unknown[0] > 0) {
            findings.add(new AuditFinding(
                    "person-level",
                    path,
                    unknown[0] + " rows name a pseudonym that is not in " + "the participants table"));
        }
    }

    /** The disclosure role of each question, from the codebook, by block and question. */
    private Map<String, String> roles(DataPackage pkg) throws IOException {
        Map<String, String> roles = new HashMap<>();
        Optional<DataResource> questions = byPath(pkg, "codebook/questions.csv");
        if (questions.isEmpty() || !questions.get().schema().fieldNames().contains("disclosure")) {
            return roles;
        }
        TableFile.stream(
                folder,
                questions.get().path(),
                (header, row) -> roles.put(
                        row.get(header.indexOf("block")) + '\u0000' + row.get(header.indexOf("question")),
                        row.get(header.indexOf("disclosure"))));
        return roles;
    }

    private static String attribute(eu.coact.anonymise.disclosure.PrivacyModel model) {
        if (model instanceof eu.coact.anonymise.disclosure.PrivacyModel.DistinctLDiversity l) {
            return l.attribute();
        } else if (model instanceof eu.coact.anonymise.disclosure.PrivacyModel.EntropyLDiversity l) {
            return l.attribute();
        }
        return null;
    }

    // --- differencing ------------------------------------------------------------------------

    private void differencing(DataPackage pkg, int threshold, long participants) throws IOException {
        List<CellDerivation.Sum> sums = new ArrayList<>();
        Set<String> hidden = new HashSet<>();
        Map<String, String> fileOf = new HashMap<>();
        for (DataResource resource : pkg.resources()) {
            List<String> fields = resource.schema().fieldNames();
            if (fields.containsAll(List.of("status", "participants", "part_of"))) {
                consentSums(resource.path(), threshold, participants, sums, hidden, fileOf);
            } else if (fields.containsAll(List.of("breakdown", "category", "numerator", "denominator"))) {
                indicatorSums(resource.path(), threshold, sums, hidden, fileOf);
            }
        }
        for (String cell : CellDerivation.derivable(sums, hidden)) {
            if (fileOf.containsKey(cell)) {
                findings.add(new AuditFinding(
                        "differencing",
                        fileOf.get(cell),
                        "the hidden count '" + cell
                                + "' can be worked out by adding and subtracting published counts"));
            }
        }
    }

    private void consentSums(
            String path,
            int threshold,
            long participants,
            List<CellDerivation.Sum> sums,
            Set<String> hidden,
            Map<String, String> fileOf)
            throws IOException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        TableFile.stream(folder, path, (header, row) -> {
            String status = row.get(header.indexOf("status"));
            String count = row.get(header.indexOf("participants"));
            String partOf = row.get(header.indexOf("part_of"));
            String name = path + ":" + status;
            fileOf.put(name, path);
            if (count.isEmpty()) {
                // The included participants are the rows of the participants table: hiding them hides nothing.
                if (!(status.equals("included") && participants >= 0)) {
                    hidden.add(name);
                }
            } else {
                // The included participants are the rows of the participants table, published anyway.
                if (!(status.equals("included") && participants >= 0)) {
                    small(path, status, count, threshold);
                }
                if (status.equals("included") && participants >= 0 && Long.parseLong(count) != participants) {
                    findings.add(new AuditFinding(
                            "differencing",
                            path,
                            "'included' says " + count + " but the "
                                    + "participants table has another number of rows"));
                }
            }
            if (!partOf.isEmpty()) {
                parts.computeIfAbsent(path + ":" + partOf, p -> new ArrayList<>())
                        .add(name);
            }
        });
        parts.forEach((total, members) -> sums.add(CellDerivation.Sum.of(total, members)));
    }

    private void indicatorSums(
            String path, int threshold, List<CellDerivation.Sum> sums, Set<String> hidden, Map<String, String> fileOf)
            throws IOException {
        Map<String, List<String>> numerators = new LinkedHashMap<>();
        Map<String, List<String>> denominators = new LinkedHashMap<>();
        TableFile.stream(folder, path, (header, row) -> {
            String breakdown = row.get(header.indexOf("breakdown"));
            String label = path + ":" + breakdown + "/" + row.get(header.indexOf("category"));
            String num = row.get(header.indexOf("numerator"));
            String den = row.get(header.indexOf("denominator"));
            for (String[] cell : new String[][] {{label + "/numerator", num}, {label + "/denominator", den}}) {
                fileOf.put(cell[0], path);
                if (cell[1].isEmpty()) {
                    hidden.add(cell[0]);
                } else {
                    small(path, cell[0].substring(path.length() + 1), cell[1], threshold);
                }
            }
            // The rest of the denominator is never published: an unknown that ties numerator and denominator.
            hidden.add(label + "/rest");
            sums.add(CellDerivation.Sum.of(label + "/denominator", List.of(label + "/numerator", label + "/rest")));
            if (!breakdown.equals("all")) {
                numerators.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(label + "/numerator");
                denominators.computeIfAbsent(breakdown, b -> new ArrayList<>()).add(label + "/denominator");
            }
        });
        String all = path + ":all/all";
        numerators.forEach((b, cells) -> sums.add(CellDerivation.Sum.of(all + "/numerator", cells)));
        denominators.forEach((b, cells) -> sums.add(CellDerivation.Sum.of(all + "/denominator", cells)));
    }

    private void small(String path, String cell, String count, int threshold) {
        try {
            long n = Long.parseLong(count);
            if (n > 0 && n < threshold) {
                findings.add(new AuditFinding(
                        "differencing",
                        path,
                        "the count '" + cell + "' is shown although it " + "is below the small-cell threshold "
                                + threshold));
            }
        } catch (NumberFormatException e) {
            findings.add(new AuditFinding("differencing", path, "the count '" + cell + "' is not a number"));
        }
    }

    // --- free text -----------------------------------------------------------------------------

    private void freeText(DataPackage pkg) throws IOException {
        for (DataResource resource : pkg.resources()) {
            List<String> textColumns = resource.schema().fieldNames().stream()
                    .filter(f -> f.equals("text") || f.startsWith("text_") || f.equals("teller"))
                    .toList();
            if (textColumns.isEmpty() || resource.path().startsWith("codebook/")) {
                continue;
            }
            Map<IdentifierKind, Integer> found = new TreeMap<>();
            long[] rows = {0};
            TableFile.stream(folder, resource.path(), (header, row) -> {
                boolean any = false;
                for (String c : textColumns) {
                    ScrubReport report =
                            scrubber.scrub(row.get(header.indexOf(c))).report();
                    for (IdentifierKind kind : IdentifierKind.values()) {
                        if (report.count(kind) > 0) {
                            found.merge(kind, report.count(kind), Integer::sum);
                            any = true;
                        }
                    }
                }
                if (any) {
                    rows[0]++;
                }
            });
            if (!found.isEmpty()) {
                findings.add(new AuditFinding(
                        "free-text",
                        resource.path(),
                        rows[0] + " rows hold identifiers the " + "scrubber detects: " + found));
            }
        }
    }

    private static Optional<DataResource> byPath(DataPackage pkg, String path) {
        return pkg.resources().stream().filter(r -> r.path().equals(path)).findFirst();
    }
}
