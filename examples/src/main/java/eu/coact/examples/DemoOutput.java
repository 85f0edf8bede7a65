package eu.coact.examples;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.OutputFolder;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.ProblemReport;
import eu.coact.export.ReleaseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The demo's output folder, written whole or not at all: everything goes to a hidden sibling
 * folder first, which then takes the output folder's place. Only a folder the SDK wrote (it
 * carries the SDK's marker) or an empty one is replaced, and never one that holds the study, the
 * journal or the current folder ({@link OutputFolder}). Everything written is private to its
 * owner.
 */
final class DemoOutput {

    private DemoOutput() {
    }

    /** Refuses an output folder the SDK did not write, or one that holds what the demo needs. */
    static void checkReplaceable(Path output, Collection<Path> keep) {
        refuseUnless(OutputFolder.replaceable(output, keep));
    }

    /** Turns a refusal into the command's mistake, naming the folder and why. */
    static void refuseUnless(Validated<Path> replaceable) {
        if (!replaceable.isValid()) {
            Problem problem = replaceable.problems().errors().get(0);
            throw new InputMistake(problem.location().source() + ": " + problem.message());
        }
    }

    /**
     * A new, not yet existing folder beside the output folder, where the release and the other files are
     * written before they take the output folder's place.
     */
    static Path staging(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path reserved = PrivateFiles.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        // The release writer creates its folder itself and refuses an existing one.
        Files.delete(reserved);
        return reserved;
    }

    /**
     * Completes the staging folder (which holds the release, if it was written) with the summary, consent
     * audit and verification, and puts it in the output folder's place.
     */
    static void write(Path output, Path staging, DemoSummary summary) throws IOException {
        PrivateFiles.createDirectories(staging);
        OutputFolder.mark(staging, "coact demo");
        PrivateFiles.writeString(staging.resolve("summary.txt"), summary.text());
        PrivateFiles.writeString(staging.resolve("summary.json"), summary.json());
        PrivateFiles.writeString(staging.resolve("verification.txt"), "journal: "
                + DemoSummary.verification(summary.outcome().journal()) + "\nconsent ledger: "
                + DemoSummary.verification(summary.outcome().ledger()) + "\n");
        PrivateFiles.writeString(staging.resolve("consent-audit.json"), summary.outcome().audit().toJson() + "\n");
        PrivateFiles.writeString(staging.resolve("consent-audit.txt"),
                ConsentAuditText.render(summary.outcome().audit()));
        if (summary.release() instanceof ReleaseResult.Refused refused) {
            PrivateFiles.writeString(staging.resolve("release-refused.txt"),
                    new ProblemReport(staging, refused.reasons()).render());
        }
        AtomicFiles.moveIntoPlace(staging, output);
    }
}
