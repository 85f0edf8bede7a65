package eu.coact.examples;

import eu.coact.consent.AuditReport;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipationRole;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The consent ledger's audit report as text an ethics committee can read: counts per lifecycle
 * stage, role, accepted document version and purpose, and the number of transitions of each kind.
 * Counts only; the report holds no pseudonym.
 */
final class ConsentAuditText {

    private ConsentAuditText() {}

    /** The report as text. */
    static String render(AuditReport audit) {
        StringBuilder out = new StringBuilder();
        out.append("Consent audit at ").append(audit.at()).append('\n');
        out.append(String.format(Locale.ROOT, "Participants known to the ledger: %,d%n", audit.participants()));
        out.append("\nBy stage of the consent lifecycle\n");
        for (ParticipantState.Stage stage : ParticipantState.Stage.values()) {
            out.append(
                    row(stage.name().toLowerCase(Locale.ROOT), audit.byState().getOrDefault(stage, 0L)));
        }
        out.append("\nBy role\n");
        for (ParticipationRole role : ParticipationRole.values()) {
            out.append(row(role.code(), audit.byRole().getOrDefault(role, 0L)));
        }
        out.append("\nBy accepted consent document version\n");
        audit.byDocumentVersion().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(row(e.getKey(), e.getValue())));
        out.append("\nWhose data may be used, by purpose\n");
        audit.byPurpose().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(row(e.getKey().value(), e.getValue())));
        out.append("\nTransitions over the whole study, by kind\n");
        Map<String, Long> totals = new TreeMap<>();
        audit.transitionsByDay().values().forEach(day -> day.forEach((kind, n) -> totals.merge(kind, n, Long::sum)));
        totals.forEach((kind, n) -> out.append(row(kind, n)));
        return out.toString();
    }

    private static String row(String what, long count) {
        return String.format(Locale.ROOT, "  %-32s %,9d%n", what, count);
    }
}
