package eu.coact.examples;

import eu.coact.content.Authorship;
import eu.coact.content.authoring.ContentWriter;
import eu.coact.content.legacy.ImportedContent;
import eu.coact.content.legacy.LegacyImporter;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.Language;
import eu.coact.core.StudyId;
import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.OutputFolder;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.ProblemReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact import-legacy <folder> <out-folder>}: turns content written for the original
 * CoActuem bot (JSON blocks and {@code sequence.txt}) into a study folder in YAML, and reports
 * every defect of the legacy content. The study folder appears whole or not at all.
 */
@Command(
        name = "import-legacy",
        mixinStandardHelpOptions = true,
        description = {
            "Import content of the original CoActuem bot (*.json blocks and sequence.txt) as a YAML " + "study folder.",
            "The out folder must not exist or be empty; with --force, a folder an earlier import wrote is replaced. Nothing is written when the import fails."
        })
public final class ImportLegacyCommand implements Callable<Integer> {

    /** Media live in the block folder or its subfolders ({@code ICs/}, {@code img/}), not deeper. */
    private static final int MEDIA_DEPTH = 3;

    @ParentCommand
    private Coact launcher;

    @Parameters(index = "0", paramLabel = "<folder>", description = "The folder of legacy JSON blocks.")
    private Path folder;

    @Parameters(index = "1", paramLabel = "<out-folder>", description = "Where to write the study folder.")
    private Path outFolder;

    @Option(
            names = "--mapping",
            paramLabel = "<file>",
            description = "What the legacy files do not say: free-text continuations and image descriptions (YAML).")
    private Optional<Path> mapping = Optional.empty();

    @Option(
            names = "--languages",
            split = ",",
            paramLabel = "<xx>",
            defaultValue = "ca,es,en,de",
            description = "The languages of the legacy content (default: ${DEFAULT-VALUE}).")
    private List<String> languages = new ArrayList<>();

    @Option(
            names = "--study-id",
            paramLabel = "<id>",
            description = "The id of the new study (default: the out folder's name).")
    private Optional<String> studyId = Optional.empty();

    @Option(
            names = "--author",
            paramLabel = "<name>",
            defaultValue = "authors of the legacy content",
            description =
                    "Who wrote the content, a pseudonym or a role; repeat for several (default: ${DEFAULT-VALUE}).")
    private List<String> authors = new ArrayList<>();

    @Option(
            names = "--written",
            paramLabel = "<yyyy-mm-dd>",
            description = "When the content was written (default: today).")
    private Optional<LocalDate> writtenOn = Optional.empty();

    @Option(
            names = "--force",
            description = "Replace a non-empty out folder that an earlier import wrote (it holds a "
                    + ".coact-output marker); any other folder is never replaced.")
    private boolean force;

    @Option(names = "--json", description = "Print the report as JSON instead of text.")
    private boolean json;

    /** Imports, reports, and writes the study folder when the import succeeded. */
    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new InputMistake("there is no folder of legacy blocks at " + folder);
        }
        checkOutFolder();
        Problems problems = Problems.none();
        LegacyImporter importer = LegacyImporter.of(
                Authorship.by(authors, writtenOn.orElse(LocalDate.now()), "legacy import of " + folder.getFileName()),
                languages.stream().map(ImportLegacyCommand::language).toList());
        if (mapping.isPresent()) {
            Validated<LegacyMapping> read = LegacyMapping.read(mapping.get());
            problems = problems.and(read.problems());
            if (read.isValid()) {
                importer = importer.withMapping(read.orElseThrow());
            }
        }
        Optional<LegacyConsent> consent = Optional.empty();
        if (mapping.isPresent() && !problems.hasErrors()) {
            Validated<Optional<LegacyConsent>> read = LegacyConsent.read(
                    mapping.get(),
                    languages.stream().map(ImportLegacyCommand::language).toList());
            problems = problems.and(read.problems());
            consent = read.asOptional().flatMap(c -> c);
        }
        Optional<LegacyRelease> release = Optional.empty();
        if (mapping.isPresent() && !problems.hasErrors()) {
            Validated<Optional<LegacyRelease>> read = LegacyRelease.read(mapping.get());
            problems = problems.and(read.problems());
            release = read.asOptional().flatMap(r -> r);
        }
        Optional<ImportedContent> content = Optional.empty();
        if (!problems.hasErrors()) {
            Validated<ImportedContent> imported = importer.importFolder(folder);
            problems = problems.and(imported.problems());
            content = imported.asOptional();
        }
        boolean written = content.isPresent() && !problems.hasErrors();
        if (written) {
            write(content.get(), consent, release);
        }
        PrintWriter out = launcher.terminal().out();
        ProblemReport report = new ProblemReport(folder, problems);
        if (json) {
            out.println(report.json());
        } else {
            out.print(report.render());
            out.println(
                    written
                            ? "Study folder written to " + outFolder + "; check it with: coact validate " + outFolder
                            : "Nothing was written: fix the errors above and import again.");
        }
        out.flush();
        return written ? Coact.OK : Coact.INPUT_ERRORS;
    }

    /**
     * A non-empty out folder needs --force, and even then it is replaced only when an earlier
     * import wrote it (it carries the SDK's marker) and it does not hold the legacy folder, the
     * mapping or the current folder.
     */
    private void checkOutFolder() {
        if (Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
            throw new InputMistake(outFolder + " is a file, not a folder");
        }
        if (Files.isDirectory(outFolder) && !isEmpty(outFolder) && !force) {
            throw new InputMistake(outFolder + " is not empty; choose another folder or add --force to replace it");
        }
        List<Path> keep = new ArrayList<>(List.of(folder));
        mapping.ifPresent(keep::add);
        DemoOutput.refuseUnless(OutputFolder.replaceable(outFolder, keep));
    }

    private void write(ImportedContent content, Optional<LegacyConsent> consent, Optional<LegacyRelease> release) {
        StudyId id;
        String name = studyId.orElse(
                outFolder.toAbsolutePath().normalize().getFileName().toString());
        try {
            id = StudyId.of(name);
        } catch (IllegalArgumentException e) {
            throw new InputMistake(
                    "'" + name + "' cannot be a study id (" + e.getMessage() + "); give one with --study-id");
        }
        // Written beside the target and renamed into place, so that a failure leaves nothing half-written.
        try {
            // The welcome's consent PDF becomes the consent document's file when the mapping gives a document.
            Map<Language, String> files = content.welcomeConsentFiles();
            boolean moved = !files.isEmpty()
                    && consent.filter(LegacyConsent::hasDocument).isPresent();
            ImportedContent blocks = moved ? content.withoutWelcomeConsentFile() : content;
            Optional<LegacyConsent> skeleton = moved ? consent.map(c -> c.withFiles(files)) : consent;
            AtomicFiles.replaceFolder(outFolder, staging -> {
                ContentWriter.yaml().writeStudy(blocks.study(id), staging);
                copyMedia(staging.resolve("media"));
                skeleton.ifPresent(c -> c.write(staging));
                if (release.isPresent()) {
                    release.get().write(staging);
                }
                OutputFolder.mark(staging, "coact import-legacy");
            });
        } catch (IOException e) {
            throw new InputMistake("the study folder could not be written to " + outFolder + ": " + e.getMessage());
        }
    }

    /**
     * Images and documents of the legacy folder, subfolders included ({@code ICs/}, {@code img/}),
     * go to the study's media folder under the same relative names in Unicode NFC, the form the
     * imported blocks name them in. Links are never followed.
     */
    private void copyMedia(Path media) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        for (Path found : FolderWalk.list(root, MEDIA_DEPTH).files()) {
            Path file = found.toAbsolutePath().normalize();
            Path relative = root.relativize(file);
            String name = file.getFileName().toString();
            if (relative.getNameCount() == 1
                    && (name.endsWith(".json") || name.equals("sequence.txt") || name.endsWith(".md"))) {
                continue;
            }
            if (name.startsWith(".")) {
                continue;
            }
            Path target = media.resolve(Normalizer.normalize(relative.toString(), Normalizer.Form.NFC));
            if (!target.normalize().startsWith(media)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new InputMistake(directory + " cannot be read: " + e.getMessage());
        }
    }

    private static Language language(String tag) {
        try {
            return Language.of(tag.strip());
        } catch (IllegalArgumentException e) {
            throw new InputMistake("'" + tag + "' is not a language tag (for example ca, es, en, de)");
        }
    }
}
