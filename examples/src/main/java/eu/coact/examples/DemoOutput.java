package eu.coact.examples;

import eu.coact.examples.study.ProblemReport;
import eu.coact.examples.study.InputMistake;
import eu.coact.export.ReleaseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's output folder, written whole or not at all: everything goes to a hidden sibling
 * folder first, which then takes the output folder's place. A previous demo's output (recognised
 * by its marker file) is replaced; anything else is only replaced when asked.
 */
final class DemoOutput {

    /** The file that marks a folder as a demo's output. */
    static final String MARKER = ".coact-demo-output";

    private DemoOutput() {
    }

    /** Refuses an output folder that holds something other than a previous demo's output, unless forced. */
    static void checkReplaceable(Path output, boolean force) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new InputMistake(output + " is a file, not a folder");
        }
        if (!Files.isDirectory(output) || force || Files.exists(output.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(output)) {
            if (entries.findAny().isPresent()) {
                throw new InputMistake(output + " holds files that are not a demo's output; choose another --output "
                        + "or add --force to replace them");
            }
        } catch (IOException e) {
            throw new InputMistake(output + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * A new, not yet existing folder beside the output folder, where the release and the other files are
     * written before they take the output folder's place.
     */
    static Path staging(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        return Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
    }

    /** The folder of the output that holds the open-data package, the only one to deposit. */
    static final String PACKAGE = "open-data";

    /** Where the release is written inside the staging folder. */
    static Path packageIn(Path staging) {
        return staging.resolve(PACKAGE);
    }

    /**
     * Completes the staging folder (which holds the release, if it was written, and beside it the
     * release's folder not for deposit) with the summary, consent audit and verification — which
     * carry exact counts and so go into the folder not for deposit — and puts it in the output
     * folder's place.
     */
    static void write(Path output, Path staging, DemoSummary summary) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "Written by coact demo; replaced by the next run.\n",
                    StandardCharsets.UTF_8);
            Path internal = Files.createDirectories(eu.coact.export.StudyRelease.internalFolder(packageIn(staging)));
            Files.writeString(internal.resolve("summary.txt"), summary.text(), StandardCharsets.UTF_8);
            Files.writeString(internal.resolve("summary.json"), summary.json(), StandardCharsets.UTF_8);
            Files.writeString(internal.resolve("verification.txt"), "journal: "
                    + DemoSummary.verification(summary.outcome().journal()) + "\nconsent ledger: "
                    + DemoSummary.verification(summary.outcome().ledger()) + "\n", StandardCharsets.UTF_8);
            Files.writeString(internal.resolve("consent-audit.json"), summary.outcome().audit().toJson() + "\n",
                    StandardCharsets.UTF_8);
            Files.writeString(internal.resolve("consent-audit.txt"), ConsentAuditText.render(summary.outcome().audit()),
                    StandardCharsets.UTF_8);
            if (summary.release() instanceof ReleaseResult.Refused refused) {
                Files.writeString(internal.resolve("release-refused.txt"),
                        new ProblemReport(internal, refused.reasons()).render(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                Folders.delete(target);
            }
            Files.move(staging, target);
        } finally {
            Folders.deleteQuietly(staging);
        }
    }
}
