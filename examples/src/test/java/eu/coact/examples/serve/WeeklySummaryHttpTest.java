package eu.coact.examples.serve;

import static eu.coact.examples.serve.ServeHttpTest.invite;
import static eu.coact.examples.serve.ServeHttpTest.joinAndConsent;
import static eu.coact.examples.serve.ServeHttpTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.journal.JournalEntry;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent chart on the dashboard and the printable weekly summary, over HTTP: their figures,
 * the small-cell rule on every count, no pseudonym or free text, and who may open the summary.
 * The study starts on Monday 2 March 2026, the first day of 2026-W10.
 */
class WeeklySummaryHttpTest {

    private static final String FREE_TEXT = "Zebra quartz lantern";

    @TempDir
    Path directory;

    @Test
    void theSummaryCountsTheWeekHidesSmallCountsAndNamesNobody() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String token = invite(coordinator, coordinator.login("ana"), "campaign");
            ServedStudy.Browser first = joinAndConsent(served, token);
            assertThat(first.post("/chat/say", Map.of("text", FREE_TEXT), true).statusCode())
                    .isEqualTo(204);

            String alone = coordinator.get("/team/summary?week=2026-W10").body();
            assertThat(row(alone, "summary-funnel", "active")).isEqualTo("hidden");
            assertThat(row(alone, "summary-consent", "consent-given")).isEqualTo("hidden");
            assertThat(row(alone, "summary-failures", "Mon 2026-03-02")).isEqualTo("0");

            for (int i = 0; i < 11; i++) {
                joinAndConsent(served, token);
            }
            served.advance(Duration.ofDays(1));
            // A day later the team session has ended: log in again.
            coordinator.login("ana");
            HttpResponse<String> response = coordinator.get("/team/summary?week=2026-W10");
            assertThat(response.statusCode()).isEqualTo(200);
            String page = response.body();
            assertThat(page)
                    .contains("<title>Weekly summary 2026-W10</title>", "Monday 2 March 2026 to Sunday 8 March 2026");
            assertThat(row(page, "summary-funnel", "active")).isEqualTo("12");
            assertThat(row(page, "summary-consent", "consent-given")).isEqualTo("12");
            assertThat(row(page, "summary-consent", "first-contact")).isEqualTo("12");
            assertThat(row(page, "summary-answers", "Sun 2026-03-08")).isEqualTo("0");
            assertThat(row(page, "summary-failures", "Tue 2026-03-03")).isEqualTo("0");
            assertThat(page).contains("id=\"summary-blocks-table\"");
            // The journal verifies, and the anchor signed for the page covers every entry.
            long entries = served.server.journal().lastSequence();
            assertThat(page)
                    .contains("Its hash chain and the consent ledger's entries verify")
                    .contains("Anchor signed for this summary: entry #" + entries)
                    .contains("coact-journal-anchor/1");
            // Printing: A4, without navigation or forms.
            assertThat(page).contains("@page { size: A4;", "header form, nav, details, .noprint { display: none; }");

            // The past week keeps its figures; the next one begins empty.
            served.advance(Duration.ofDays(7));
            coordinator.login("ana");
            String later = coordinator.get("/team/summary?week=2026-W10").body();
            assertThat(row(later, "summary-consent", "consent-given")).isEqualTo("12");
            assertThat(later).doesNotContain("still running");
            String next = coordinator.get("/team/summary?week=2026-W11").body();
            assertThat(row(next, "summary-consent", "none yet")).isEqualTo("0");
            assertThat(row(next, "summary-funnel", "active")).isEqualTo("12");

            for (String shown :
                    List.of(page, later, next, coordinator.get("/team").body())) {
                assertThat(shown).doesNotContain(FREE_TEXT);
                assertThat(pseudonyms(served)).isNotEmpty().noneMatch(shown::contains);
            }
        }
    }

    @Test
    void theDashboardChartsConsentStatesPerWeekThroughTheSmallCellRule() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser coordinator = served.browser();
            String token = invite(coordinator, coordinator.login("ana"), "campaign");
            joinAndConsent(served, token);
            String one = coordinator.get("/team").body();
            assertThat(cell(one, "consent-weeks-table", "2026-W10", "active")).isEqualTo("hidden");
            assertThat(one).contains("<svg viewBox=\"0 0 640 140\" role=\"img\" aria-labelledby=\"consent-weeks-");

            for (int i = 0; i < 11; i++) {
                joinAndConsent(served, token);
            }
            served.advance(Duration.ofDays(8));
            coordinator.login("ana");
            String page = coordinator.get("/team").body();
            assertThat(cell(page, "consent-weeks-table", "2026-W10", "active")).isEqualTo("12");
            assertThat(cell(page, "consent-weeks-table", "2026-W11", "active")).isEqualTo("12");
            // Every chart is a named picture described by the table, one per stage shown.
            Matcher charts = Pattern.compile("<svg viewBox=\"0 0 640 140\" role=\"img\" aria-labelledby=\"([^\"]+)\" "
                            + "aria-describedby=\"consent-weeks-table\"")
                    .matcher(page);
            int count = 0;
            while (charts.find()) {
                assertThat(page).contains("<title id=\"" + charts.group(1) + "\">");
                count++;
            }
            assertThat(count).isEqualTo(headers(page, "consent-weeks-table").size() - 1);
            assertThat(page).contains("<title>2026-W10: 12</title>");
            assertThat(pseudonyms(served)).noneMatch(page::contains);
        }
    }

    @Test
    void onlyTheCoordinatorAndTheDataProtectionOfficerOpenTheSummary() {
        try (ServedStudy served = new ServedStudy(directory)) {
            ServedStudy.Browser researcher = served.browser();
            researcher.login("joan");
            assertThat(researcher.get("/team").body()).doesNotContain("/team/summary");
            HttpResponse<String> refused = researcher.get("/team/summary?week=2026-W10");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body())
                    .contains("<title>Not for your role</title>")
                    .doesNotContain("summary-funnel");
            assertThat(researcher.get("/team/summary").statusCode()).isEqualTo(403);

            HttpResponse<String> stranger = served.browser().get("/team/summary?week=2026-W10");
            assertThat(stranger.statusCode()).isEqualTo(303);
            assertThat(stranger.headers().firstValue("Location")).contains("/team/login");

            ServedStudy.Browser officer = served.browser();
            officer.login("marta");
            assertThat(officer.get("/team").body()).contains("href=\"/team/summary\"");
            assertThat(officer.get("/team/summary").body()).contains("<title>Weekly summary 2026-W10</title>");

            ServedStudy.Browser coordinator = served.browser();
            coordinator.login("ana");
            assertThat(coordinator.get("/team/summary?week=2026-W10").statusCode())
                    .isEqualTo(200);
            for (String week : List.of("2026-W60", "2026-W00", "2026-w10", "last week", "2026-W10%3Cb%3E")) {
                HttpResponse<String> bad = coordinator.get("/team/summary?week=" + week.replace(" ", "+"));
                assertThat(bad.statusCode()).as(week).isEqualTo(400);
                assertThat(bad.body()).contains("e.g. <code>2026-W10</code>").doesNotContain("<b>");
            }
            HttpResponse<String> future = coordinator.get("/team/summary?week=2026-W11");
            assertThat(future.statusCode()).isEqualTo(400);
            assertThat(future.body()).contains("That week has not begun yet.");
        }
    }

    private static Set<String> pseudonyms(ServedStudy served) {
        Set<String> found = new HashSet<>();
        try (Stream<JournalEntry> entries = served.server.journal().readAll()) {
            entries.forEach(e -> e.subject().ifPresent(p -> found.add(p.value())));
        }
        return found;
    }

    private static List<String> headers(String page, String table) {
        String part = table(page, table);
        List<String> headers = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"col\"[^>]*>([^<]*)</th>")
                .matcher(part.substring(0, part.indexOf("</thead>")));
        while (m.find()) {
            headers.add(m.group(1));
        }
        return headers;
    }

    /** The text of the cell in a row and column of a table, found by their labels. */
    private static String cell(String page, String table, String rowLabel, String column) {
        int index = headers(page, table).indexOf(column);
        assertThat(index).as("column " + column).isPositive();
        String part = table(page, table);
        int start = part.indexOf("<th scope=\"row\">" + rowLabel + "</th>");
        assertThat(start).as("row " + rowLabel).isNotNegative();
        String rowHtml = part.substring(start, part.indexOf("</tr>", start));
        Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(rowHtml);
        for (int i = 0; i < index; i++) {
            assertThat(m.find()).isTrue();
        }
        return m.group(1);
    }

    private static String table(String page, String id) {
        int start = page.indexOf("<table id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
