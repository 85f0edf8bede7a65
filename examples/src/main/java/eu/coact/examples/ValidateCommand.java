package eu.coact.examples;

import eu.coact.examples.study.StudyCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact validate <study-folder>}: checks everything the authors of a study wrote — study
 * file, blocks, media, consent policy and consent documents — and prints every problem, grouped
 * by file with line and column, or as JSON.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a study folder: study.yaml, blocks/, media/, consent-policy.yaml and consent/.",
            "Exit status 1 when there are errors (or warnings, with --strict)."
        })
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Coact launcher;

    @Parameters(index = "0", paramLabel = "<study-folder>", description = "The study folder to check.")
    private Path folder;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--json", description = "Print the report as JSON instead of text.")
    private boolean json;

    /** Checks the folder and prints the report; 1 when the content must be refused. */
    @Override
    public Integer call() {
        StudyCheck check = StudyCheck.of(folder, strict);
        PrintWriter out = launcher.terminal().out();
        if (json) {
            out.println(check.report().json());
        } else {
            out.print(check.report().render());
            out.println(
                    check.passes(strict) ? "The study folder can be used." : "The study folder cannot be used yet.");
        }
        out.flush();
        return check.passes(strict) ? Coact.OK : Coact.INPUT_ERRORS;
    }
}
