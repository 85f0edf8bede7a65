package eu.coact.consent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.PurposeCatalogue;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.PurposeId;
import eu.coact.core.files.FolderListing;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads consent documents: Markdown with a YAML front matter, or YAML/JSON with a {@code text}
 * field. Every problem is collected before anything is returned, so an author sees all their
 * mistakes at once.
 */
public final class ConsentDocumentLoader {

    private static final Set<String> FRONT_MATTER_KEYS =
            Set.of("id", "version", "language", "role", "effective", "purposes", "mandatory", "file");

    /** The folder beside {@code consent/} where a document's file is looked up. */
    private static final String MEDIA_FOLDER = "media";

    private static final Set<String> TEXT_KEY = Set.of("text");

    private final DocumentReader reader;
    private final PurposeCatalogue catalogue;

    private ConsentDocumentLoader(DocumentReader reader, PurposeCatalogue catalogue) {
        this.reader = reader;
        this.catalogue = catalogue;
    }

    /** A loader with the standard reading limits. */
    public static ConsentDocumentLoader standard(PurposeCatalogue catalogue) {
        return new ConsentDocumentLoader(DocumentReader.standard(), catalogue);
    }

    /** Reads one file. */
    public Validated<ConsentDocument> load(Path file) {
        String source = file.toString();
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return readText(file).flatMap(text -> loadMarkdown(source, text, mediaFolderOf(file)));
        }
        Optional<DocumentFormat> format = DocumentFormat.of(file);
        if (format.isEmpty()) {
            return Validated.invalid(Problem.error(
                    "consent-document-format",
                    "a consent document is a Markdown file (.md) with a YAML front matter, or a .yaml, .yml or "
                            + ".json file with a 'text' field",
                    Location.of(source)));
        }
        return reader.read(file, format.get())
                .flatMap(doc -> fromFields(doc, 0, Optional.empty(), mediaFolderOf(file)));
    }

    /** The study's media folder for a consent document file: {@code media/} beside its {@code consent/} folder. */
    private static Path mediaFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder.resolveSibling(MEDIA_FOLDER);
    }

    /**
     * Reads a Markdown document given as text; {@code source} names it in problems, and a file it
     * names is looked up in {@code media}.
     */
    public Validated<ConsentDocument> loadMarkdown(String source, String text, Path media) {
        // A file's byte-order mark is dropped when it is read; text given here has none to drop.
        String content = text;
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-missing",
                    "a Markdown consent document starts with a YAML front matter: a line '---', the fields "
                            + "(id, version, language, role, effective, purposes), and another line '---'",
                    Location.of(source, "", 1, 1)));
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-unclosed",
                    "the YAML front matter is never closed: add a line '---' between the fields and the text",
                    Location.of(source, "", 1, 1)));
        }
        String frontMatter = String.join("\n", lines.subList(1, close)) + "\n";
        String body = bodyAfterLine(content, close);
        if (frontMatter.isBlank()) {
            return Validated.invalid(Problem.error(
                    "consent-front-matter-empty",
                    "the YAML front matter is empty: it needs id, version, language, role, effective and purposes",
                    Location.of(source, "", 1, 1)));
        }
        Validated<SourceDocument> parsed = reader.read(source, frontMatter, DocumentFormat.YAML);
        if (parsed instanceof Validated.Invalid<SourceDocument> invalid) {
            return Validated.invalid(shift(invalid.problems(), 1));
        }
        return parsed.flatMap(doc -> fromFields(doc, 1, Optional.of(body), media));
    }

    /** Reads every document of a directory and checks them as a set. */
    public Validated<List<ConsentDocument>> loadAll(Path directory) {
        String source = directory.toString();
        if (!Files.isDirectory(directory)) {
            return Validated.invalid(Problem.error(
                    "consent-directory-missing",
                    "the study has no consent directory here: create it and put one file per consent document "
                            + "version and language in it",
                    Location.of(source)));
        }
        // Links, devices and FIFOs are reported, never read; sub-folders are not consent documents.
        FolderListing listing = FolderWalk.list(directory, 1);
        List<Path> files = listing.files();
        Problems.Builder problems = Problems.builder();
        problems.addAll(listing.problems());
        List<ConsentDocument> documents = new ArrayList<>();
        Map<ConsentDocument, Path> origin = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            Validated<ConsentDocument> one = load(file);
            problems.addAll(one.problems());
            one.asOptional().ifPresent(doc -> {
                documents.add(doc);
                origin.put(doc, file);
            });
        }
        if (files.isEmpty()) {
            problems.error(
                    "consent-directory-empty",
                    "the consent directory holds no consent document: add at least one",
                    Location.of(source));
        }
        checkSet(documents, origin, problems);
        Problems all = problems.build();
        if (all.hasErrors()) {
            return Validated.invalid(all);
        }
        List<ConsentDocument> ordered = new ArrayList<>(documents);
        ordered.sort(Comparator.comparing(ConsentDocument::id)
                .thenComparingInt(ConsentDocument::version)
                .thenComparing(ConsentDocument::language));
        return Validated.valid(List.copyOf(ordered), all);
    }

    private static void checkSet(
            List<ConsentDocument> documents, Map<ConsentDocument, Path> origin, Problems.Builder problems) {
        Map<String, ConsentDocument> byVersionAndLanguage = new HashMap<>();
        Map<String, ConsentDocument> byVersion = new HashMap<>();
        for (ConsentDocument doc : documents) {
            String source = origin.get(doc).toString();
            String key = doc.id() + "@" + doc.version() + "/" + doc.language();
            ConsentDocument twin = byVersionAndLanguage.putIfAbsent(key, doc);
            if (twin != null) {
                problems.error(
                        "consent-document-duplicate",
                        "version " + doc.version() + " of '" + doc.id()
                                + "' in language " + doc.language() + " is also given in " + origin.get(twin)
                                + ": a new text needs a new version",
                        Location.of(source, "/version"));
                continue;
            }
            ConsentDocument first = byVersion.putIfAbsent(doc.id() + "@" + doc.version(), doc);
            if (first != null) {
                String other = origin.get(first).toString();
                if (first.role() != doc.role()) {
                    problems.error(
                            "consent-translation-mismatch",
                            "this translation is for role '" + doc.role().code() + "' but " + other + " is for '"
                                    + first.role().code() + "'",
                            Location.of(source, "/role"));
                }
                if (!first.purposes().equals(doc.purposes())
                        || !first.mandatory().equals(doc.mandatory())) {
                    problems.error(
                            "consent-translation-mismatch",
                            "the translations of one version ask for the same purposes; this one differs from " + other,
                            Location.of(source, "/purposes"));
                }
                if (first.file().isPresent() != doc.file().isPresent()) {
                    problems.error(
                            "consent-translation-mismatch",
                            "the translations of one version all have a file or none has; "
                                    + (doc.file().isPresent()
                                            ? "this one has a file and " + other + " has none"
                                            : "this one has no file but " + other + " has"),
                            Location.of(source, "/file"));
                }
                if (!first.effective().equals(doc.effective())) {
                    problems.error(
                            "consent-translation-mismatch",
                            "this translation takes effect on " + doc.effective() + " but " + other + " on "
                                    + first.effective(),
                            Location.of(source, "/effective"));
                }
            }
        }
    }

    private Validated<String> readText(Path file) {
        return RegularFiles.readUtf8(file, reader.limits().maxBytes());
    }

    /** The text after line {@code index} (0-based), exactly as written, line endings included. */
    private static String bodyAfterLine(String content, int index) {
        int at = 0;
        for (int line = 0; line <= index; line++) {
            int lf = content.indexOf('\n', at);
            if (lf < 0) {
                return "";
            }
            at = lf + 1;
        }
        return content.substring(at);
    }

    private Validated<ConsentDocument> fromFields(
            SourceDocument doc, int lineOffset, Optional<String> body, Path media) {
        String source = doc.source();
        JsonNode root = doc.root();
        Problems.Builder problems = Problems.builder();
        if (!root.isObject()) {
            problems.add(error(
                    doc,
                    lineOffset,
                    "",
                    "consent-document-shape",
                    "a consent document's fields are a mapping of names to values (id, version, language, …)"));
            return Validated.invalid(problems.build());
        }
        Set<String> allowed = new LinkedHashSet<>(FRONT_MATTER_KEYS);
        if (body.isEmpty()) {
            allowed.addAll(TEXT_KEY);
        }
        // Fields are read with the core rules; their problems are shifted below the front matter's first line.
        Problems.Builder read = Problems.builder();
        NodeReader fields = new NodeReader(doc, read);
        fields.knownFields(root, "", "a consent document", allowed);
        Optional<DocumentId> id = fields.scalar(root, "", "id", Need.REQUIRED).flatMap(value -> {
            try {
                return Optional.of(DocumentId.of(value));
            } catch (IllegalArgumentException e) {
                problems.add(error(doc, lineOffset, "/id", "consent-id-invalid", e.getMessage()));
                return Optional.empty();
            }
        });
        Optional<Integer> version = fields.field(root, "", "version", Need.REQUIRED)
                .flatMap(node -> {
                    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
                        problems.add(error(
                                doc,
                                lineOffset,
                                "/version",
                                "consent-version-invalid",
                                "the version is a whole number from 1 upwards"));
                        return Optional.empty();
                    }
                    return Optional.of(node.intValue());
                });
        Optional<Language> language = fields.text(root, "", "language", Need.REQUIRED)
                .flatMap(value -> {
                    try {
                        return Optional.of(Language.of(value));
                    } catch (IllegalArgumentException e) {
                        problems.add(error(doc, lineOffset, "/language", "consent-language-invalid", e.getMessage()));
                        return Optional.empty();
                    }
                });
        Optional<ParticipationRole> role = fields.text(root, "", "role", Need.REQUIRED)
                .flatMap(value -> {
                    Optional<ParticipationRole> found = ParticipationRole.fromCode(value);
                    if (found.isEmpty()) {
                        problems.add(
                                error(
                                        doc,
                                        lineOffset,
                                        "/role",
                                        "consent-role-unknown",
                                        "unknown role '" + value
                                                + "'; the roles are co-researcher, knowledge-coalition-member and citizen-scientist"));
                    }
                    return found;
                });
        Optional<LocalDate> effective = fields.scalar(root, "", "effective", Need.REQUIRED)
                .flatMap(value -> {
                    try {
                        return Optional.of(LocalDate.parse(value));
                    } catch (DateTimeParseException e) {
                        problems.add(error(
                                doc,
                                lineOffset,
                                "/effective",
                                "consent-effective-invalid",
                                "the effective date is written year-month-day, e.g. 2024-03-01"));
                        return Optional.empty();
                    }
                });
        Optional<List<PurposeId>> purposes = purposeList(doc, lineOffset, "purposes", fields, problems);
        Optional<List<PurposeId>> mandatoryList =
                root.has("mandatory") ? purposeList(doc, lineOffset, "mandatory", null, problems) : Optional.empty();
        Set<PurposeId> mandatory = new LinkedHashSet<>();
        purposes.ifPresent(listed -> {
            if (mandatoryList.isPresent()) {
                List<PurposeId> declared = mandatoryList.get();
                for (int i = 0; i < declared.size(); i++) {
                    if (!listed.contains(declared.get(i))) {
                        problems.add(error(
                                doc,
                                lineOffset,
                                "/mandatory/" + i,
                                "consent-mandatory-not-listed",
                                "'" + declared.get(i) + "' is mandatory but not among this document's purposes"));
                    }
                }
                mandatory.addAll(declared);
            } else {
                listed.stream().filter(catalogue.mandatory()::contains).forEach(mandatory::add);
            }
        });
        Optional<String> text = body.isPresent()
                ? body
                : fields.field(root, "", "text", Need.REQUIRED).flatMap(node -> {
                    if (node.isTextual()) {
                        return Optional.of(node.textValue());
                    }
                    read.error("wrong-type", "'text' is written as text", doc.locate("/text"));
                    return Optional.empty();
                });
        Optional<ConsentFile> file = root.has("file") ? file(doc, lineOffset, media, problems) : Optional.empty();
        problems.addAll(shift(read.build(), lineOffset));
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(
                    body.isPresent()
                            ? Problem.error(
                                    "consent-text-missing",
                                    "the consent text after the front matter is empty: write the text participants read",
                                    Location.of(source))
                            : error(
                                    doc,
                                    lineOffset,
                                    "/text",
                                    "consent-text-missing",
                                    "the consent text is empty: write the text participants read"));
        }
        Problems found = problems.build();
        if (found.hasErrors()) {
            return Validated.invalid(found);
        }
        return Validated.valid(
                new ConsentDocument(
                        id.orElseThrow(),
                        version.orElseThrow(),
                        language.orElseThrow(),
                        role.orElseThrow(),
                        effective.orElseThrow(),
                        purposes.orElseThrow(),
                        mandatory,
                        text.orElseThrow(),
                        file),
                found);
    }

    /**
     * The file a document names, read safely from the media folder (no link, no device, no more
     * than {@link ConsentFile#MAX_BYTES}) to take its digest; every refusal is a problem at the
     * document's {@code file} field.
     */
    private static Optional<ConsentFile> file(
            SourceDocument doc, int lineOffset, Path media, Problems.Builder problems) {
        JsonNode node = doc.root().get("file");
        String name = node.isTextual() ? node.textValue().strip() : "";
        Optional<String> type = ConsentFile.mediaTypeOf(name);
        if (!ConsentFile.safeName(name) || type.isEmpty()) {
            problems.add(error(
                    doc,
                    lineOffset,
                    "/file",
                    "consent-file-invalid",
                    "'file' names " + ConsentFile.extensions() + " inside the study's media folder, e.g. "
                            + "consent/information-en.pdf (no '..', no absolute path)"));
            return Optional.empty();
        }
        Path path = media.resolve(name);
        Validated<byte[]> bytes =
                FolderWalk.within(media, path).flatMap(inside -> RegularFiles.readBytes(inside, ConsentFile.MAX_BYTES));
        if (bytes instanceof Validated.Invalid<byte[]> invalid) {
            boolean missing = invalid.problems().stream().anyMatch(p -> p.code().equals("file-not-found"));
            String why = invalid.problems().stream()
                    .map(Problem::message)
                    .findFirst()
                    .orElse("");
            problems.add(error(
                    doc,
                    lineOffset,
                    "/file",
                    missing ? "consent-file-missing" : "consent-file-unsafe",
                    missing
                            ? "the file '" + name + "' is not in the study's media folder"
                                    + ": put it there or correct the name"
                            : "the file '" + name + "' in the media folder cannot be sent: " + why));
            return Optional.empty();
        }
        return Optional.of(new ConsentFile(name, type.get(), Digests.sha256Hex(bytes.orElseThrow())));
    }

    /** The purposes named in a field; {@code required} reads a field that must name at least one, null an optional one. */
    private Optional<List<PurposeId>> purposeList(
            SourceDocument doc, int lineOffset, String field, NodeReader required, Problems.Builder problems) {
        boolean needsOne = required != null;
        Optional<JsonNode> node = needsOne
                ? required.field(doc.root(), "", field, Need.REQUIRED)
                : Optional.ofNullable(doc.root().get(field));
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isArray() || (needsOne && node.get().isEmpty())) {
            problems.add(error(
                    doc,
                    lineOffset,
                    "/" + field,
                    "consent-purposes-invalid",
                    "'" + field
                            + "' is a list of purpose names, e.g. [take-part, process-answers]"
                            + (needsOne ? ", with at least one" : "")));
            return Optional.empty();
        }
        List<PurposeId> ids = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.get().size(); i++) {
            JsonNode item = node.get().get(i);
            String path = "/" + field + "/" + i;
            if (!item.isTextual()) {
                problems.add(error(doc, lineOffset, path, "consent-purposes-invalid", "a purpose is named by text"));
                ok = false;
                continue;
            }
            PurposeId id;
            try {
                id = PurposeId.of(item.textValue());
            } catch (IllegalArgumentException e) {
                problems.add(error(doc, lineOffset, path, "consent-purposes-invalid", e.getMessage()));
                ok = false;
                continue;
            }
            if (!catalogue.contains(id)) {
                problems.add(error(
                        doc,
                        lineOffset,
                        path,
                        "consent-purpose-unknown",
                        "the study has no purpose '"
                                + id + "'; its purposes are "
                                + catalogue.purposes().stream()
                                        .map(p -> p.id().value())
                                        .toList()));
                ok = false;
            } else if (ids.contains(id)) {
                problems.add(error(
                        doc, lineOffset, path, "consent-purpose-repeated", "the purpose '" + id + "' is listed twice"));
                ok = false;
            } else {
                ids.add(id);
            }
        }
        return ok ? Optional.of(List.copyOf(ids)) : Optional.empty();
    }

    private static Problem error(SourceDocument doc, int lineOffset, String pointer, String code, String message) {
        return Problem.error(code, message, shift(doc.locate(pointer), lineOffset));
    }

    private static Location shift(Location location, int lineOffset) {
        if (lineOffset == 0 || location.lineNumber().isEmpty()) {
            return location;
        }
        return Location.of(location.source(), location.path(), location.line() + lineOffset, location.column());
    }

    private static Problems shift(Problems problems, int lineOffset) {
        return Problems.of(problems.stream()
                .map(p -> new Problem(p.severity(), p.code(), p.message(), shift(p.location(), lineOffset)))
                .toList());
    }
}
