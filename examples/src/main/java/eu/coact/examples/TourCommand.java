package eu.coact.examples;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code coact tour}: a short guided tour of the core: safe reading, localized text, the journal. */
@Command(
        name = "tour",
        mixinStandardHelpOptions = true,
        description = "A short tour of the core: safe reading, text in several languages, the journal.")
public final class TourCommand implements Callable<Integer> {

    @ParentCommand
    private Coact launcher;

    /** Runs the tour; 0 when everything behaved as promised. */
    @Override
    public Integer call() {
        return new CoreTour(launcher.terminal().out(), Clock.systemUTC()).run();
    }
}
