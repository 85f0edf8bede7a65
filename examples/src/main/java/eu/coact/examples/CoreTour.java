package eu.coact.examples;

import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.Pseudonym;
import eu.coact.core.files.FileTrees;
import eu.coact.core.files.PrivateFiles;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentFormat;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A guided tour of what the core module does today, run by the demo command until the full
 * demo study lands: safe reading with precise problems, localized text with fallbacks, and a
 * hash-chained journal with erasure.
 */
public final class CoreTour {

    private final PrintWriter out;
    private final Clock clock;

    /** A tour that prints to {@code out} and reads time from {@code clock}. */
    public CoreTour(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Runs the tour; returns 0 when everything behaved as the SDK promises. */
    public int run() {
        boolean ok = readingTour() & textTour() & journalTour();
        out.println();
        out.println(ok ? "Done: the core behaved as promised." : "Something did not behave as promised (see above).");
        return ok ? 0 : 1;
    }

    private boolean readingTour() {
        out.println("1. Reading what people write");
        String broken = String.join("\n", "study: coact-demo", "languages: [ca, es, en, de]", "languages: [en]", "");
        Validated<SourceDocument> result = DocumentReader.standard().read("study.yaml", broken, DocumentFormat.YAML);
        out.println("   A study file with a repeated key is refused with its line and column:");
        result.problems().forEach(p -> out.println("     " + p));
        String bomb = String.join("\n", "a: &a [x, x]", "b: &b [*a, *a]", "c: [*b, *b]", "");
        Validated<SourceDocument> hostile = DocumentReader.standard().read("bomb.yaml", bomb, DocumentFormat.YAML);
        out.println("   A YAML alias bomb never expands:");
        hostile.problems().forEach(p -> out.println("     " + p));
        return !result.isValid() && !hostile.isValid();
    }

    private boolean textTour() {
        out.println("2. Text in several languages, never silently in another one");
        LocalizedText greeting =
                LocalizedText.of("ca", "Hola! Gràcies per participar.", "en", "Hello! Thank you for taking part.");
        var resolved = greeting.resolve(Language.of("ca-ES"));
        out.println("   ca-ES asks, ca answers: "
                + resolved.map(LocalizedText.Translation::text).orElse("?"));
        var german = greeting.resolve(Language.of("de"));
        out.println("   de is missing, and no other language stands in: " + german.isEmpty());
        out.println("   declared languages still to translate: "
                + greeting.missing(
                        List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de"))));
        return resolved.isPresent() && german.isEmpty();
    }

    private boolean journalTour() {
        out.println("3. The append-only journal (durable, on disk)");
        Pseudonym ana = Pseudonym.of("p-demo-0000000000000001");
        Pseudonym biel = Pseudonym.of("p-demo-0000000000000002");
        Path directory;
        try {
            directory = PrivateFiles.createTempDirectory("coact-demo-journal");
        } catch (IOException e) {
            out.println("   could not create a temporary directory: " + e.getMessage());
            return false;
        }
        Instant now = clock.instant();
        try (Journal journal = FileJournal.open(directory)) {
            for (Map.Entry<Pseudonym, String> answer :
                    Map.of(ana, "yes", biel, "something-similar").entrySet()) {
                journal.append(JournalEvent.about(
                        answer.getKey(),
                        now,
                        "answer.recorded",
                        ("{\"value\":\"" + answer.getValue() + "\"}").getBytes(StandardCharsets.UTF_8)));
            }
            out.println("   appended " + journal.lastSequence() + " answers, each fsynced before it was acknowledged");
        }
        try (Journal reopened = FileJournal.open(directory)) {
            out.println("   reopened from disk: " + reopened.lastSequence() + " entries; chain: " + reopened.verify());
            int erased = reopened.redactSubject(ana);
            out.println("   erased " + erased + " payload(s) of one participant; chain still: " + reopened.verify());
            return reopened.verify().isIntact() && erased == 1 && reopened.lastSequence() == 2;
        } finally {
            // A leftover temporary directory is harmless; the demo's result does not depend on it.
            FileTrees.deleteQuietly(directory);
        }
    }
}
