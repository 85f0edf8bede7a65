package eu.coact.consent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.consent.ConsentFile;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.files.RegularFiles;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A consent document's {@code file} field: the file it names, read safely from the study's media
 * folder (no link, no device, no more than {@link ConsentFile#MAX_BYTES}) to take its digest.
 */
final class ConsentFileField {

    private ConsentFileField() {}

    /** The named file with its digest; every refusal is a problem at the document's {@code file} field. */
    static Optional<ConsentFile> read(FieldLocator at, Path media, Problems.Builder problems) {
        JsonNode node = at.doc().root().get("file");
        String name = node.isTextual() ? node.textValue().strip() : "";
        Optional<String> type = ConsentFile.mediaTypeOf(name);
        if (!ConsentFile.safeName(name) || type.isEmpty()) {
            problems.add(at.error(
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
            problems.add(at.error(
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
}
