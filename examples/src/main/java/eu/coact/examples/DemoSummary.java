package eu.coact.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.consent.AuditReport;
import eu.coact.consent.ParticipantState;
import eu.coact.content.engine.Standing;
import eu.coact.core.journal.Verification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The demo's closing summary: participants per standing, answers, what the journal check found,
 * and where the output is; as text for people and as JSON for scripts.
 *
 * @param study   the study's id
 * @param outcome what happened in the simulation
 * @param took    how long the run took on the clock
 * @param output  the output folder
 */
public record DemoSummary(String study, DemoOutcome outcome, Duration took, Path output) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The summary for people. */
    public String text() {
        DemoOutcome o = outcome;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Study '%s': %,d simulated participants, %d days of study time, in %.1f s.%n",
                study, o.participants(), o.studyTime().toDays(), took.toMillis() / 1000.0));
        out.append("Participants at the end:\n");
        out.append(line("took part to the end or are still taking part", o.count(Standing.ACTIVE)));
        out.append(line("paused", o.count(Standing.PAUSED)));
        out.append(line("withdrew", o.withdrew()))
                .append(String.format(Locale.ROOT, "      of whom %,d asked for their answers to be erased%n", o.erased()));
        out.append(line("declined consent", o.declined()));
        if (o.count(Standing.WITHDRAWING) > 0) {
            out.append(line("still deciding whether to erase their answers", o.count(Standing.WITHDRAWING)));
        }
        out.append(String.format(Locale.ROOT, "  (%,d paused at least once and came back or are still paused)%n", o.paused()));
        out.append(String.format(Locale.ROOT, "Answers recorded: %,d; messages sent: %,d; stopped by the consent gate: %,d%n",
                o.answers(), o.messages(), o.withheld()));
        out.append("Consent ledger: ").append(stages(o.audit())).append('\n');
        out.append("Journal: ").append(verification(o.journal())).append("; consent ledger: ")
                .append(verification(o.ledger())).append('\n');
        out.append("Output: ").append(output.toAbsolutePath().normalize()).append('\n');
        return out.toString();
    }

    /** The summary as JSON. */
    public String json() {
        DemoOutcome o = outcome;
        ObjectNode root = JSON.createObjectNode();
        root.put("study", study);
        root.put("participants", o.participants());
        ObjectNode standings = root.putObject("standing");
        for (Standing s : Standing.values()) {
            standings.put(s.name().toLowerCase(Locale.ROOT), o.count(s));
        }
        root.put("declined", o.declined());
        root.put("pausedAtLeastOnce", o.paused());
        root.put("withdrew", o.withdrew());
        root.put("erased", o.erased());
        root.put("answers", o.answers());
        root.put("messages", o.messages());
        root.put("withheld", o.withheld());
        root.put("studyDays", o.studyTime().toDays());
        root.put("seconds", took.toMillis() / 1000.0);
        root.put("journal", verification(o.journal()));
        root.put("ledger", verification(o.ledger()));
        ObjectNode ledgerStages = root.putObject("consentStages");
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            ledgerStages.put(stage.name().toLowerCase(Locale.ROOT), o.audit().byState().getOrDefault(stage, 0L));
        }
        return root.toPrettyString() + "\n";
    }

    /** What the journal check found, in words. */
    public static String verification(Verification result) {
        if (result instanceof Verification.Intact intact) {
            return String.format(Locale.ROOT, "intact (%,d entries, hash chain verified)", intact.entries());
        }
        Verification.Broken broken = (Verification.Broken) result;
        return "BROKEN at entry " + broken.firstBadSequence() + ": " + broken.reason();
    }

    /** Participants per stage of the consent lifecycle, as the ledger counts them. */
    static String stages(AuditReport audit) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%,d participants", audit.participants()));
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            long count = audit.byState().getOrDefault(stage, 0L);
            if (count > 0) {
                out.append(String.format(Locale.ROOT, ", %s %,d", stage.name().toLowerCase(Locale.ROOT), count));
            }
        }
        return out.toString();
    }

    private static String line(String what, int count) {
        return String.format(Locale.ROOT, "  %-48s %,7d%n", what, count);
    }
}
