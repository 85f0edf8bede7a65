package eu.coact.examples.serve;

import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SuppressedTable;

/**
 * The dashboard's HTML, written here so that every value passes one escape. Counts come only as
 * {@link SuppressedTable}s: a hidden cell has no count to print, so none can slip through.
 */
final class TeamPages {

    private static final String STYLE = """
            body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
            header { padding: .75rem 1rem; background: #0b5394; color: #fff; display: flex; flex-wrap: wrap;
                     justify-content: space-between; align-items: center; gap: .5rem; }
            header h1 { margin: 0; font-size: 1.2rem; }
            header form { margin: 0; }
            main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
            section { margin-bottom: 1.75rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #c8ced6; vertical-align: middle; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; width: 7rem; }
            .bar { height: 1rem; background: #0b5394; border-radius: .2rem; min-width: 1px; }
            .hidden { color: #595959; font-style: italic; }
            button, input, select { font: inherit; min-height: 2.5rem; }
            button { padding: .4rem 1rem; border: 2px solid #0b5394; background: #fff; color: #0b5394; border-radius: .4rem; }
            header button { border-color: #fff; }
            label { display: block; margin: .5rem 0 .2rem; }
            input, select { padding: .35rem .5rem; border: 2px solid #5f6b7a; border-radius: .4rem; }
            :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
            .note { color: #4a4a4a; }
            .token { font-family: ui-monospace, monospace; word-break: break-all; background: #eef3f8; padding: .5rem; }
            .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
            figure { margin: 0; }
            figcaption { font-weight: 600; }
            svg { display: block; width: 100%; height: auto; }
            svg.swatch { display: inline; width: 1.5em; height: 1em; vertical-align: middle; }
            .scroll { overflow-x: auto; }
            pre.anchor { white-space: pre-wrap; word-break: break-all; font-size: .8rem; background: #eef3f8; padding: .5rem; }
            details { margin-top: .5rem; }
            summary { cursor: pointer; min-height: 1.5rem; }
            nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
            nav a { display: inline-block; padding: .3rem 0; }
            @media print {
              @page { size: A4; margin: 14mm; }
              body { font-size: 10.5pt; }
              header form, nav, details, .noprint { display: none; }
              header { background: none; color: #000; padding: 0 0 .5rem; border-bottom: 2px solid #000; }
              main { max-width: none; padding: 0; }
              section { break-inside: avoid; margin-bottom: 1rem; }
              .bar, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
              a { color: #000; text-decoration: none; }
            }
            """;

    private TeamPages() {}

    static String page(String title, String header, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body><header><h1>"
                + escape(title) + "</h1>" + header + "</header><main>" + body + "</main></body></html>";
    }

    static String login(String message) {
        return page(
                "Study team: log in",
                "",
                (message.isEmpty() ? "" : "<p role=\"alert\">" + escape(message) + "</p>")
                        + "<form method=\"post\" action=\"/team/login\"><label for=\"name\">Account name</label>"
                        + "<input id=\"name\" name=\"name\" autocomplete=\"username\" required>"
                        + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" "
                        + "autocomplete=\"current-password\" required><p><button type=\"submit\">Log in</button></p></form>");
    }

    static String logout(String csrf) {
        return "<form method=\"post\" action=\"/team/logout\">" + csrfField(csrf)
                + "<button type=\"submit\">Log out</button></form>";
    }

    static String csrfField(String csrf) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
    }

    /**
     * A one-column suppressed table as a bar chart with its numbers.
     *
     * @param caption what it counts
     * @param table   the suppressed counts
     * @return the HTML section
     */
    static String bars(String id, String caption, SuppressedTable table) {
        return bars(id, caption, table.columnLabels().get(0).equals("participants") ? "stage" : "group", table);
    }

    /**
     * A one-column suppressed table as a bar chart with its numbers, its rows named.
     *
     * @param id      the section's id
     * @param caption what it counts
     * @param rowWord what a row is (e.g. {@code day})
     * @param table   the suppressed counts
     * @return the HTML section
     */
    static String bars(String id, String caption, String rowWord, SuppressedTable table) {
        long largest = 1;
        for (int r = 0; r < table.rowLabels().size(); r++) {
            if (table.cell(r, 0) instanceof Cell.Shown s) {
                largest = Math.max(largest, s.count());
            }
        }
        StringBuilder html = new StringBuilder("<section id=\"" + id + "\"><h2>" + escape(caption) + "</h2><table>"
                + "<thead><tr><th scope=\"col\">"
                + escape(rowWord)
                + "</th><th scope=\"col\" class=\"n\">count</th><th scope=\"col\">"
                + "<span class=\"noprint\">chart</span></th></tr></thead><tbody>");
        for (int r = 0; r < table.rowLabels().size(); r++) {
            Cell cell = table.cell(r, 0);
            html.append("<tr><th scope=\"row\">")
                    .append(escape(table.rowLabels().get(r)))
                    .append("</th>");
            if (cell instanceof Cell.Shown s) {
                long percent = Math.round(100.0 * s.count() / largest);
                html.append("<td class=\"n\">")
                        .append(s.count())
                        .append("</td><td><div class=\"bar\" style=\"width:")
                        .append(percent)
                        .append("%\" aria-hidden=\"true\"></div></td>");
            } else {
                html.append("<td class=\"n hidden\">hidden</td><td class=\"hidden\">small count</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table><p class=\"note\">Counts from 1 to ")
                .append(table.threshold() - 1)
                .append(" are hidden, and so is any count they could be worked out from.</p></section>");
        return html.toString();
    }

    /**
     * A suppressed table with several columns.
     *
     * @param caption what it counts
     * @param table   the suppressed counts
     * @return the HTML section
     */
    static String grid(String id, String caption, SuppressedTable table) {
        StringBuilder html = new StringBuilder("<section id=\"" + id + "\"><h2>" + escape(caption)
                + "</h2><table><thead><tr><th scope=\"col\">day</th>");
        table.columnLabels()
                .forEach(c -> html.append("<th scope=\"col\" class=\"n\">")
                        .append(escape(c))
                        .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowLabels().size(); r++) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(table.rowLabels().get(r)))
                    .append("</th>");
            for (int c = 0; c < table.columnLabels().size(); c++) {
                Cell cell = table.cell(r, c);
                html.append(
                        cell instanceof Cell.Shown s
                                ? "<td class=\"n\">" + s.count() + "</td>"
                                : "<td class=\"n hidden\">hidden</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></section>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
