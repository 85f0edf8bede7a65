package eu.coact.examples;

import eu.coact.examples.study.InputMistake;
import eu.coact.export.audit.AuditReport;
import eu.coact.export.audit.ReleaseAudit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact audit <release-folder>}: an outside auditor's check of an open-data release. It
 * knows nothing of how the release was made: it reads the package and its {@code release.yaml},
 * joins every file per pseudonym and checks the declared privacy models on the join, tries to
 * work out hidden counts from published ones, scans free text for identifiers and checks every
 * file against its schema, then prints the verdict with each finding.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Audit an open-data release folder as an outsider would: person-level join against the "
                    + "declared privacy models, differencing of published counts, identifiers in free text, schema "
                    + "validity, files that must not be deposited.",
            "Exit status 1 when there is any finding."
        })
public final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    private Coact launcher;

    @Parameters(
            index = "0",
            paramLabel = "<release-folder>",
            description = "The release folder (with datapackage.json and release.yaml).")
    private Path folder;

    /** Audits the folder and prints the verdict; 1 on any finding. */
    @Override
    public Integer call() {
        PrintWriter out = launcher.terminal().out();
        if (!Files.isRegularFile(folder.resolve("datapackage.json"))) {
            throw new InputMistake(folder + " is not a release folder: it has no datapackage.json");
        }
        AuditReport report = ReleaseAudit.audit(folder);
        out.print(report.render());
        out.flush();
        return report.passed() ? Coact.OK : Coact.INPUT_ERRORS;
    }
}
