package eu.coact.consent.internal;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.PurposeCatalogue;
import eu.coact.core.files.FolderListing;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads consent documents: Markdown with a YAML front matter, or YAML/JSON with a {@code text}
 * field. Every problem is collected before anything is returned, so an author sees all their
 * mistakes at once.
 */
public final class ConsentDocumentLoader {

    /** The folder beside {@code consent/} where a document's file is looked up. */
    private static final String MEDIA_FOLDER = "media";

    private final DocumentReader reader;
    private final ConsentDocumentFields fields;

    private ConsentDocumentLoader(DocumentReader reader, PurposeCatalogue catalogue) {
        this.reader = reader;
        this.fields = new ConsentDocumentFields(catalogue);
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
                .flatMap(doc -> fields.read(doc, 0, Optional.empty(), mediaFolderOf(file)));
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
        Validated<FrontMatter> split = FrontMatter.split(source, text);
        if (split instanceof Validated.Invalid<FrontMatter> invalid) {
            return Validated.invalid(invalid.problems());
        }
        FrontMatter frontMatter = split.orElseThrow();
        Validated<SourceDocument> parsed = reader.read(source, frontMatter.yaml(), DocumentFormat.YAML);
        if (parsed instanceof Validated.Invalid<SourceDocument> invalid) {
            return Validated.invalid(FieldLocator.shift(invalid.problems(), FrontMatter.LINE_OFFSET));
        }
        return parsed.flatMap(doc -> fields.read(doc, FrontMatter.LINE_OFFSET, Optional.of(frontMatter.body()), media));
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
        ConsentDocumentSet.check(documents, origin, problems);
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

    private Validated<String> readText(Path file) {
        return RegularFiles.readUtf8(file, reader.limits().maxBytes());
    }
}
