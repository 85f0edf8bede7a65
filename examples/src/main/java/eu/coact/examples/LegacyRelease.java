package eu.coact.examples;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.ReleaseConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open-data release a legacy mapping file names under {@code release:}: a release
 * configuration file beside the mapping (or below it), checked as {@code coact validate} checks
 * a study's {@code release.yaml}, and copied into the imported study folder as
 * {@code release.yaml} together with the files it names (hierarchies, the quotes' gazetteer and
 * approved list) under the same relative paths. The legacy bot had no release; without one a
 * study runs in {@code chat} but {@code demo} cannot publish its data.
 *
 * <pre>
 * release: release.yaml      # relative to the mapping file
 * </pre>
 *
 * @param file  the release configuration
 * @param named the files it names, relative to its folder
 */
record LegacyRelease(Path file, List<Path> named) {

    /** Copies the list. */
    LegacyRelease {
        named = List.copyOf(named);
    }

    /** The release a mapping file names, if it names one; its problems and the file's with their lines. */
    static Validated<Optional<LegacyRelease>> read(Path mapping) {
        return DocumentReader.standard().read(mapping).flatMap(doc -> of(doc, mapping));
    }

    private static Validated<Optional<LegacyRelease>> of(SourceDocument doc, Path mapping) {
        JsonNode node = doc.root().get("release");
        if (node == null || node.isNull()) {
            return Validated.valid(Optional.empty());
        }
        Problems.Builder problems = Problems.builder();
        NodeReader in = new NodeReader(doc, problems);
        Optional<String> name = in.text(node, "/release", "the release configuration file (relative to the mapping)");
        if (name.isEmpty()) {
            return Validated.invalid(problems.build());
        }
        Path folder = mapping.toAbsolutePath().normalize().getParent();
        Path file = folder.resolve(name.get()).normalize();
        Validated<Path> inside = FolderWalk.within(folder, file);
        if (!inside.isValid()) {
            problems.addAll(inside.problems());
            in.error(
                    "outside-folder",
                    "The release configuration is beside the mapping file or below it, not '" + name.get() + "'.",
                    "/release");
            return Validated.invalid(problems.build());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            in.error("file-not-found", "There is no release configuration '" + name.get() + "'.", "/release");
            return Validated.invalid(problems.build());
        }
        problems.addAll(ReleaseConfigReader.read(file).problems());
        Problems found = problems.build();
        if (found.hasErrors()) {
            return Validated.invalid(found);
        }
        Validated<SourceDocument> release = DocumentReader.standard().read(file);
        return release.isValid()
                ? Validated.valid(
                        Optional.of(new LegacyRelease(
                                file, named(release.orElseThrow().root()))),
                        found)
                : Validated.invalid(release.problems());
    }

    /** The files a release configuration names, as it names them (the reader checked that they are inside). */
    private static List<Path> named(JsonNode release) {
        List<Path> named = new ArrayList<>();
        release.path("participants").path("quasi-identifiers").forEach(f -> {
            if (f.isTextual()) {
                named.add(Path.of(f.asText()));
            }
        });
        for (String list : List.of("gazetteer", "approved")) {
            JsonNode f = release.path("quotes").path(list);
            if (f.isTextual()) {
                named.add(Path.of(f.asText()));
            }
        }
        return named;
    }

    /** Copies the configuration as {@code release.yaml} and the files it names into a study folder. */
    void write(Path study) throws IOException {
        Files.copy(file, study.resolve(ReleaseConfigReader.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
        Path from = file.getParent();
        for (Path relative : named) {
            Path target = study.resolve(relative).normalize();
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(relative).normalize(), target, LinkOption.NOFOLLOW_LINKS);
        }
    }
}
