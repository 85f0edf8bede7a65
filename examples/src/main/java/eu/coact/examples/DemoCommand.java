package eu.coact.examples;

import eu.coact.content.Study;
import eu.coact.core.files.FileTrees;
import eu.coact.core.journal.FileJournal;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.SignedJournal;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code coact demo}: the whole method in one command. Simulated participants take part in a
 * study through the real conversation engine and durable journal — some decline consent, some
 * pause and come back, some leave, some of those erase their answers — then the study's
 * open-data release is made with every gate on, and everything is written to an output folder
 * with a summary: the data package and codebook, the report, the consent audit and the
 * verification of the journal and the consent ledger.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a study with many participants through the real engine and journal, make its "
                    + "open-data release with every gate on, and write everything to an output folder.",
            "Runs in virtual time: months of study in seconds."
        })
public final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private Coact launcher;

    @Option(
            names = "--participants",
            paramLabel = "<n>",
            defaultValue = "1000",
            description = "How many simulated participants join (default: ${DEFAULT-VALUE}).")
    private int participants;

    @Mixin
    private StudyOption study = new StudyOption();

    @Option(
            names = "--output",
            paramLabel = "<folder>",
            defaultValue = "coact-demo-output",
            description = "Where to write the results (default: ./${DEFAULT-VALUE}); a previous demo's output there is "
                    + "replaced.")
    private Path output;

    @Option(
            names = "--seed",
            paramLabel = "<n>",
            defaultValue = "2026",
            description =
                    "The seed of every random choice: the same seed gives the same run (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--journal",
            paramLabel = "<folder>",
            description = "Keep the study's journal in this new folder (default: a temporary folder, in memory-backed "
                    + "storage where the system has it, deleted at the end).")
    private Optional<Path> journalFolder = Optional.empty();

    @Option(
            names = "--batch-seconds",
            paramLabel = "<s>",
            defaultValue = "60",
            description = "Replies and timers within this many seconds of study time are handled together, with one "
                    + "write to disk (default: ${DEFAULT-VALUE}).")
    private int batchSeconds;

    @Option(
            names = "--force",
            description = "Accepted for older scripts; it changes nothing. The output folder is "
                    + "replaced only when it is empty or was written by coact (it holds a .coact-output marker), and never "
                    + "when it holds the study, the journal or the current folder.")
    private boolean force;

    /** Runs the simulation, writes the output folder and prints the summary. */
    @Override
    public Integer call() throws IOException {
        if (participants < 1 || participants > 1_000_000) {
            throw new InputMistake("--participants is between 1 and 1000000");
        }
        if (batchSeconds < 0 || batchSeconds > 3600) {
            throw new InputMistake("--batch-seconds is between 0 and 3600");
        }
        PrintWriter err = launcher.terminal().err();
        DemoOutput.checkReplaceable(output, needed());
        journalFolder.ifPresent(DemoCommand::checkNewFolder);
        Path scratch = Scratch.create("coact-demo");
        try {
            Path folder = study.resolve(scratch);
            StudyCheck check = StudyCheck.of(folder, false);
            if (!check.runnable(err)) {
                return Coact.INPUT_ERRORS;
            }
            Study content = check.study().get();
            ReleaseConfig releaseConfig = DemoRelease.config(check);
            Path staging = DemoOutput.staging(output);
            try {
                return run(check, content, releaseConfig, staging, scratch);
            } finally {
                FileTrees.deleteQuietly(staging);
            }
        } finally {
            FileTrees.deleteQuietly(scratch);
        }
    }

    /** The folders the demo reads or writes, which replacing the output folder must not remove. */
    private List<Path> needed() {
        List<Path> needed = new ArrayList<>();
        journalFolder.ifPresent(needed::add);
        study.named().ifPresent(named -> {
            try {
                Path local = Path.of(named);
                if (Files.exists(local)) {
                    needed.add(local);
                }
            } catch (InvalidPathException e) {
                // Not a path: the name of a bundled example study, which is not on disk.
            }
        });
        return needed;
    }

    private int run(StudyCheck check, Study content, ReleaseConfig releaseConfig, Path staging, Path scratch)
            throws IOException {
        PrintWriter err = launcher.terminal().err();
        long began = System.nanoTime();
        DemoOutcome outcome;
        ReleaseResult release;
        try (FileJournal journal = SignedJournal.open(journalFolder.orElse(scratch.resolve("journal")))) {
            StudyConsent consent = StudyConsent.open(
                    check.requirePolicy(), check.documents(), journal, "simulation", DemoSimulation.START);
            ProgressBar progress = new ProgressBar(err, System.console() != null, "simulating");
            outcome = new DemoSimulation(check, participants, seed, Duration.ofSeconds(batchSeconds))
                    .run(journal, consent, progress);
            err.println("releasing open data (consent, disclosure control, small cells, free text)…");
            err.flush();
            release = DemoRelease.write(
                    releaseConfig,
                    content,
                    journal,
                    consent,
                    seed,
                    DemoSimulation.START.plus(outcome.studyTime()),
                    DemoOutput.packageIn(staging));
            if (journalFolder.isPresent()) {
                SignedJournal.printAnchor(journal, err);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        DemoSummary summary = new DemoSummary(content.plan().id().value(), outcome, release, took, output);
        DemoOutput.write(output, staging, summary);
        launcher.terminal().out().print(summary.text());
        launcher.terminal().out().flush();
        return outcome.intact() && release.written() ? Coact.OK : Coact.INPUT_ERRORS;
    }

    private static void checkNewFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new InputMistake(folder + " is not empty; the demo's journal needs a new folder");
                }
            } catch (IOException e) {
                throw new InputMistake(folder + " cannot be read: " + e.getMessage());
            }
        } else if (Files.exists(folder)) {
            throw new InputMistake(folder + " is a file, not a folder");
        }
    }
}
