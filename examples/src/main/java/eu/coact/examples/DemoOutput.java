package eu.coact.examples;

import eu.coact.core.files.AtomicFiles;
import eu.coact.core.files.OutputFolder;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.problem.Problem;
import eu.coact.core.problem.Validated;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.ProblemReport;
import eu.coact.export.ReleaseResult;
import eu.coact.export.StudyRelease;
import java.io.IOException;
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

    /** The folder of the output that holds the open-data package, the only one to deposit. */
    static final String PACKAGE = "open-data";

    private DemoOutput() {}

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
     * A new private folder beside the output folder, where the release and the other files are
     * written before they take the output folder's place.
     */
    static Path staging(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        return PrivateFiles.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
    }

    /** Where the release is written inside the staging folder. */
    static Path packageIn(Path staging) {
        return staging.resolve(PACKAGE);
    }

    /**
     * Completes the staging folder (which holds the release, if it was written, and beside it the
     * release's folder not for deposit) with the summary, consent audit and verification — which
     * carry exact counts and so go into the folder not for deposit — marks it as the SDK's, and
     * puts it in the output folder's place.
     */
    static void write(Path output, Path staging, DemoSummary summary) throws IOException {
        PrivateFiles.createDirectories(staging);
        OutputFolder.mark(staging, "coact demo");
        Path internal = PrivateFiles.createDirectories(StudyRelease.internalFolder(packageIn(staging)));
        PrivateFiles.writeString(internal.resolve("summary.txt"), summary.text());
        PrivateFiles.writeString(internal.resolve("summary.json"), summary.json());
        PrivateFiles.writeString(
                internal.resolve("verification.txt"),
                "journal: "
                        + DemoSummary.verification(summary.outcome().journal()) + "\nconsent ledger: "
                        + DemoSummary.verification(summary.outcome().ledger()) + "\n");
        PrivateFiles.writeString(
                internal.resolve("consent-audit.json"),
                summary.outcome().audit().toJson() + "\n");
        PrivateFiles.writeString(
                internal.resolve("consent-audit.txt"),
                ConsentAuditText.render(summary.outcome().audit()));
        if (summary.release() instanceof ReleaseResult.Refused refused) {
            PrivateFiles.writeString(
                    internal.resolve("release-refused.txt"), new ProblemReport(internal, refused.reasons()).render());
        }
        AtomicFiles.moveIntoPlace(staging, output);
    }
}
