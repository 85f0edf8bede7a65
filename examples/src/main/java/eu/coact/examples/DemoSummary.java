package eu.coact.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.coact.consent.AuditReport;
import eu.coact.consent.ParticipantState;
import eu.coact.core.journal.Verification;
import eu.coact.engine.Standing;
import eu.coact.export.ExclusionReason;
import eu.coact.export.ReleaseResult;
import eu.coact.export.ReleaseSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's closing summary: participants per standing, answers, what the journal check found,
 * and where the output is; as text for people and as JSON for scripts.
 *
 * @param study   the study's id
 * @param outcome what happened in the simulation
 * @param release the open-data release: written, or refused with the reasons
 * @param took    how long the run took on the clock
 * @param output  the output folder
 */
public record DemoSummary(String study, DemoOutcome outcome, ReleaseResult release, Duration took, Path output) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The summary for people. */
    public String text() {
        DemoOutcome o = outcome;
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Study '%s': %,d simulated participants, %d days of study time, in %.1f s.%n",
                study,
                o.participants(),
                o.studyTime().toDays(),
                took.toMillis() / 1000.0));
        out.append("Participants at the end:\n");
        out.append(line("took part to the end or are still taking part", o.count(Standing.ACTIVE)));
        out.append(line("paused", o.count(Standing.PAUSED)));
        out.append(line("withdrew", o.withdrew()))
                .append(String.format(
                        Locale.ROOT, "      of whom %,d asked for their answers to be erased%n", o.erased()));
        out.append(line("declined consent", o.declined()));
        if (o.count(Standing.WITHDRAWING) > 0) {
            out.append(line("still deciding whether to erase their answers", o.count(Standing.WITHDRAWING)));
        }
        out.append(String.format(
                Locale.ROOT, "  (%,d paused at least once and came back or are still paused)%n", o.paused()));
        out.append(String.format(
                Locale.ROOT,
                "Answers recorded: %,d; messages sent: %,d; stopped by the consent gate: %,d%n",
                o.answers(),
                o.messages(),
                o.withheld()));
        out.append("Consent ledger: ").append(stages(o.audit())).append('\n');
        out.append("Journal: ")
                .append(verification(o.journal()))
                .append("; consent ledger: ")
                .append(verification(o.ledger()))
                .append('\n');
        out.append(releaseText());
        out.append("Output: ").append(output.toAbsolutePath().normalize()).append('\n');
        out.append("  deposit only ")
                .append(DemoOutput.PACKAGE)
                .append("/ (check it with coact audit); ")
                .append(DemoOutput.PACKAGE)
                .append(eu.coact.export.StudyRelease.INTERNAL_SUFFIX)
                .append("/ holds exact counts and quotes to review, never to be published\n");
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
        ObjectNode released = root.putObject("release");
        if (release instanceof ReleaseResult.Written written) {
            ReleaseSummary r = written.summary();
            released.put("written", true);
            released.put("included", r.included());
            ObjectNode excluded = released.putObject("excluded");
            r.excluded().forEach((reason, n) -> excluded.put(reason.code(), n));
            ObjectNode rows = released.putObject("rows");
            r.rows().forEach(rows::put);
            ObjectNode levels = released.putObject("generalisation");
            r.levels().forEach(levels::put);
            released.put("highestRisk", r.highestRisk());
        } else if (release instanceof ReleaseResult.Refused refused) {
            released.put("written", false);
            released.put("reasons", refused.reasons().render());
        }
        root.put("journal", verification(o.journal()));
        root.put("ledger", verification(o.ledger()));
        ObjectNode ledgerStages = root.putObject("consentStages");
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            ledgerStages.put(
                    stage.name().toLowerCase(Locale.ROOT), o.audit().byState().getOrDefault(stage, 0L));
        }
        return root.toPrettyString() + "\n";
    }

    private String releaseText() {
        StringBuilder out = new StringBuilder();
        if (release instanceof ReleaseResult.Written written) {
            ReleaseSummary r = written.summary();
            out.append(String.format(
                    Locale.ROOT,
                    "Open-data release: %,d participants included; left out by the gates:%n",
                    r.included()));
            for (Map.Entry<ExclusionReason, Long> e : r.excluded().entrySet()) {
                out.append(
                        String.format(Locale.ROOT, "  %-48s %,7d%n", e.getKey().code(), e.getValue()));
            }
            out.append(String.format(
                    Locale.ROOT,
                    "  published: %,d participants, %,d answers, %,d quotes%n",
                    r.rows().getOrDefault("participants", 0L),
                    r.rows().getOrDefault("answers", 0L),
                    r.rows().getOrDefault("quotes", 0L)));
            StringBuilder levels = new StringBuilder();
            r.levels()
                    .forEach((attribute, level) -> levels.append(levels.length() == 0 ? "" : ", ")
                            .append(attribute)
                            .append(" level ")
                            .append(level));
            out.append("  attributes generalised: ")
                    .append(levels.length() == 0 ? "none" : levels)
                    .append(String.format(Locale.ROOT, "; highest re-identification risk %.3f%n", r.highestRisk()));
        } else if (release instanceof ReleaseResult.Refused refused) {
            out.append("Open-data release REFUSED by its gates (nothing published; see release-refused.txt):\n");
            refused.reasons()
                    .errors()
                    .forEach(p -> out.append("  ").append(p.message()).append('\n'));
        }
        return out.toString();
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
