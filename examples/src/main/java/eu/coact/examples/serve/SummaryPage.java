package eu.coact.examples.serve;

import eu.coact.core.journal.Anchor;
import eu.coact.core.journal.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The weekly summary a coordinator prints or files: the week's funnel, answers per day,
 * drop-off per block, consent changes and delivery failures — each through the small-cell rule,
 * as on the dashboard — and the journal's verification status with its anchor, signed when the
 * page is made, to keep on paper away from the journal's files.
 */
final class SummaryPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private SummaryPage() {}

    /**
     * The journal as the summary reports it.
     *
     * @param verification the chain's verification, made for this page
     * @param entries      the journal's entries now
     * @param anchor       the latest signed checkpoint, or empty when the journal does not sign
     * @param anchorError  why no anchor could be signed, or empty
     */
    record JournalStatus(
            Verification verification, long entries, Optional<Anchor> anchor, Optional<String> anchorError) {}

    /**
     * The page's body.
     *
     * @param week    the week
     * @param now     the current instant
     * @param figures the dashboard's figures
     * @param journal the journal's status
     * @return the HTML
     */
    static String body(StudyWeek week, Instant now, DashboardFigures figures, JournalStatus journal) {
        boolean running = week.end().isAfter(now);
        Instant at = running ? now : week.last();
        LocalDate sunday = week.days().get(6);
        StringBuilder html = new StringBuilder("<p class=\"note\">")
                .append(DAY.format(week.monday()))
                .append(" to ")
                .append(DAY.format(sunday))
                .append(" (UTC). Made ")
                .append(TeamPages.escape(now.toString()))
                .append(running ? "; the week is still running, so its figures go up to now." : ".")
                .append(" Counts from 1 to ")
                .append(figures.threshold() - 1)
                .append(" are hidden, and so is any count they could be worked out from.</p>");
        html.append("<nav aria-label=\"Weeks\"><ul><li><a href=\"/team/summary?week=")
                .append(week.previous())
                .append("\">Previous week (")
                .append(week.previous())
                .append(")</a></li>");
        if (!week.next().start().isAfter(now)) {
            html.append("<li><a href=\"/team/summary?week=")
                    .append(week.next())
                    .append("\">Next week (")
                    .append(week.next())
                    .append(")</a></li>");
        }
        html.append("<li><a href=\"/team\">Back to the dashboard</a></li></ul></nav>")
                .append("<p class=\"note noprint\">To print this summary or keep it as a PDF, use the browser's "
                        + "print command: it prints on A4, without the navigation.</p>");
        html.append(TeamPages.bars(
                "summary-funnel",
                "Participants per consent stage at the " + (running ? "moment" : "week's end"),
                "stage",
                figures.funnel(at)));
        html.append(TeamPages.bars("summary-answers", "Answers per day", "day", figures.answersPerDay(week)));
        html.append("<section id=\"summary-blocks\"><h2>Blocks: started, completed, and not completed</h2>")
                .append("<p class=\"note\">Started and completed in this week; not completed: every start up to the "
                        + "week's end that has not been completed by then (the drop-off).</p>")
                .append(TeamCharts.grid("summary-blocks-table", "block", figures.blocksIn(week)))
                .append("</section>");
        html.append(TeamPages.bars(
                "summary-consent", "Consent changes in the week", "change", figures.consentChanges(week, now)));
        html.append(
                TeamPages.bars("summary-failures", "Delivery failures per day", "day", figures.failuresPerDay(week)));
        html.append(journal(journal));
        return html.toString();
    }

    private static String journal(JournalStatus status) {
        StringBuilder html = new StringBuilder("<section id=\"summary-journal\"><h2>The journal</h2><p>")
                .append(status.entries())
                .append(" entries. ");
        if (status.verification() instanceof Verification.Broken broken) {
            html.append("<strong>The journal does NOT verify</strong> at entry #")
                    .append(broken.firstBadSequence())
                    .append(": ")
                    .append(TeamPages.escape(broken.reason()))
                    .append(". Stop the server and inspect the journal before anything else.</p>");
        } else {
            html.append("Its hash chain and the consent ledger's entries verify, checked when this page was made.</p>");
        }
        if (status.anchor().isPresent()) {
            Anchor anchor = status.anchor().get();
            html.append("<p>Anchor signed for this summary: entry #")
                    .append(anchor.sequence())
                    .append(", key ")
                    .append(TeamPages.escape(anchor.keyFingerprint()))
                    .append(". Keep it away from the journal's files; <code>coact verify --anchor</code> checks the "
                            + "journal against it later.</p><pre class=\"anchor\">")
                    .append(TeamPages.escape(anchor.toJson()))
                    .append("</pre>");
        } else if (status.anchorError().isPresent()) {
            html.append("<p><strong>No anchor could be signed:</strong> ")
                    .append(TeamPages.escape(status.anchorError().get()))
                    .append("</p>");
        } else {
            html.append("<p>This journal does not sign checkpoints, so there is no anchor to keep.</p>");
        }
        return html.append("</section>").toString();
    }
}
