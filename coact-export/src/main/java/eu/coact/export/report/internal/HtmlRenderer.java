package eu.coact.export.report.internal;

import static eu.coact.export.report.internal.Markup.escape;

import eu.coact.export.disclosure.Cell;
import eu.coact.export.report.BarChart;
import eu.coact.export.report.Block;
import eu.coact.export.report.Datum;
import eu.coact.export.report.Funnel;
import eu.coact.export.report.Note;
import eu.coact.export.report.Paragraph;
import eu.coact.export.report.Report;
import eu.coact.export.report.Section;
import eu.coact.export.report.StackedBarChart;
import eu.coact.export.report.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a report as one HTML5 document with inline CSS. A Content-Security-Policy
 * forbids every network request and every script, so the file shows the same offline, from an
 * archive, or attached to an e-mail.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; line-height: 1.5; }
            main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff; }
            h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1.5rem; border-bottom: 3px solid #0072B2; padding-bottom: .5rem; overflow-wrap: anywhere; }
            h2 { font-size: 1.35rem; margin: 2.5rem 0 1rem; }
            figure { margin: 1.5rem 0 2rem; }
            figcaption { font-weight: 600; margin-bottom: .25rem; }
            p.desc { margin: 0 0 .75rem; color: #404040; font-size: .95rem; }
            .chart { display: grid; grid-template-columns: minmax(7rem, 15rem) minmax(8rem, 1fr) max-content; gap: .45rem .75rem; align-items: center; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .chart .row { display: contents; }
            .chart .label { text-align: right; overflow-wrap: anywhere; }
            .chart .track { display: flex; height: 1.7rem; background: #f2f2f2; border-radius: 3px; overflow: hidden; }
            .chart.funnel .track { justify-content: center; }
            .chart .bar { display: flex; align-items: center; justify-content: center; min-width: 0; font-size: .8rem; font-weight: 600; white-space: nowrap; overflow: hidden; }
            .chart .value { font-variant-numeric: tabular-nums; }
            .hidden-value { font-style: italic; color: #595959; }
            ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; padding: 0; margin: .25rem 0 .75rem; }
            ul.legend li { display: flex; align-items: center; gap: .4rem; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; flex: none; }
            .note { border-left: 4px solid #E69F00; background: #fff8e6; padding: .6rem 1rem; margin: 1rem 0; }
            details { margin-top: .75rem; }
            summary { cursor: pointer; color: #0b5cad; }
            .table-scroll { overflow-x: auto; }
            table { border-collapse: collapse; margin: .75rem 0 1.5rem; min-width: 50%; }
            caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
            th, td { border: 1px solid #c8c8c8; padding: .3rem .7rem; text-align: left; vertical-align: top; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            td.hidden-value { font-style: italic; color: #595959; }
            th { background: #f0f4f8; }
            @media (max-width: 40rem) {
              main { padding: 1.25rem 1rem 3rem; }
              h1 { font-size: 1.5rem; }
              .chart { grid-template-columns: minmax(0, 1fr) max-content; gap: .15rem .6rem; }
              .chart .label { grid-column: 1 / -1; text-align: left; margin-top: .35rem; }
              th, td { padding: .25rem .45rem; }
              table { min-width: 100%; }
            }
            """;

    /** A plain number or share, e.g. 1,234 or 12.5 % (not a version such as 1.0.0 or a date). */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[0-9]{1,3}([.,\u00a0\u202f ][0-9]{3})*([.,][0-9]+)?(\u00a0|\u202f| )?%?");

    private final Report report;
    private final Words words;
    private final Charts charts;
    private int nextId = 1;

    private HtmlRenderer(Report report) {
        this.report = report;
        this.words = Words.in(report.language());
        this.charts = new Charts(words);
    }

    /** The report as a complete HTML document. */
    public static String render(Report report) {
        return new HtmlRenderer(report).document();
    }

    private String document() {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(report.language().tag()))
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(report.title()))
                .append("</title>\n")
                .append("<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>")
                .append(escape(report.title()))
                .append("</h1>\n");
        for (Section section : report.sections()) {
            out.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                block(block, out);
            }
            out.append("</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void block(Block block, StringBuilder out) {
        if (block instanceof Paragraph p) {
            out.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Note n) {
            out.append("<p class=\"note\" role=\"note\">")
                    .append(escape(n.text()))
                    .append("</p>\n");
        } else if (block instanceof BarChart chart) {
            String id = id();
            figure(out, id, chart.title(), chart.description(), () -> charts.bar(chart, id, out));
            dataTable(
                    out,
                    chart.title(),
                    List.of(words.label(), words.count()),
                    rows(chart.bars(), false),
                    hasHidden(chart.bars()));
            out.append("</figure>\n");
        } else if (block instanceof Funnel funnel) {
            String id = id();
            figure(out, id, funnel.title(), funnel.description(), () -> charts.funnel(funnel, id, out));
            dataTable(
                    out,
                    funnel.title(),
                    List.of(words.label(), words.count(), words.shareOfFirst()),
                    rows(funnel.stages(), true),
                    hasHidden(funnel.stages()));
            out.append("</figure>\n");
        } else if (block instanceof StackedBarChart chart) {
            String id = id();
            figure(out, id, chart.title(), chart.description(), () -> charts.stacked(chart, id, out));
            List<String> header = new ArrayList<>();
            header.add(words.label());
            header.addAll(chart.series());
            List<List<String>> rows = new ArrayList<>();
            boolean hidden = false;
            for (StackedBarChart.Bar bar : chart.bars()) {
                List<String> row = new ArrayList<>();
                row.add(bar.label());
                long total = bar.parts().stream()
                        .mapToLong(c -> c instanceof Cell.Shown s ? s.count() : 0)
                        .sum();
                boolean allShown = bar.parts().stream().allMatch(Cell::isShown);
                for (Cell c : bar.parts()) {
                    // A share of a group with a hidden part would tell the hidden part: counts only then.
                    row.add(
                            c instanceof Cell.Shown s && allShown && total > 0
                                    ? words.outOf(s.count(), total)
                                    : text(c));
                    hidden |= !c.isShown();
                }
                rows.add(row);
            }
            dataTable(out, chart.title(), header, rows, hidden);
            out.append("</figure>\n");
        } else if (block instanceof Table table) {
            out.append("<div class=\"table-scroll\"><table>\n<caption>")
                    .append(escape(table.caption()))
                    .append("</caption>\n");
            tableBody(out, table.header(), table.rows(), false);
            out.append("</table></div>\n");
        }
    }

    private void figure(StringBuilder out, String id, String title, String description, Runnable chart) {
        out.append("<figure>\n<figcaption id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</figcaption>\n")
                .append("<p class=\"desc\" id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</p>\n");
        chart.run();
    }

    private void dataTable(
            StringBuilder out, String title, List<String> header, List<List<String>> rows, boolean hidden) {
        out.append("<details open>\n<summary>")
                .append(escape(words.data()))
                .append("</summary>\n")
                .append("<div class=\"table-scroll\"><table>\n<caption>")
                .append(escape(words.data()))
                .append(": ")
                .append(escape(title))
                .append("</caption>\n");
        tableBody(out, header, rows, true);
        out.append("</table></div>\n");
        if (hidden) {
            out.append("<p class=\"note\" role=\"note\">")
                    .append(escape(words.hiddenNote()))
                    .append("</p>\n");
        }
        out.append("</details>\n");
    }

    /** Data tables hold counts and shares, aligned right; other tables align only plain numbers so. */
    private void tableBody(StringBuilder out, List<String> header, List<List<String>> rows, boolean numbers) {
        out.append("<thead><tr>");
        for (String h : header) {
            out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (i == 0) {
                    out.append("<th scope=\"row\">").append(escape(v)).append("</th>");
                } else {
                    String kind = v.equals(words.notShown())
                            ? "hidden-value"
                            : numbers || NUMBER.matcher(v).matches() ? "number" : "text";
                    out.append("<td class=\"")
                            .append(kind)
                            .append("\">")
                            .append(escape(v))
                            .append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
    }

    private List<List<String>> rows(List<Datum> data, boolean shareOfFirst) {
        List<List<String>> rows = new ArrayList<>();
        Cell first = data.get(0).value();
        for (Datum d : data) {
            List<String> row = new ArrayList<>(List.of(d.label(), text(d.value())));
            if (shareOfFirst) {
                row.add(
                        d.value() instanceof Cell.Shown s && first instanceof Cell.Shown f && f.count() > 0
                                ? words.outOf(s.count(), f.count()) + " (" + words.percent(s.count(), f.count()) + ")"
                                : words.notShown());
            }
            rows.add(row);
        }
        return rows;
    }

    private String text(Cell c) {
        return c instanceof Cell.Shown s ? words.number(s.count()) : words.notShown();
    }

    private static boolean hasHidden(List<Datum> data) {
        return data.stream().anyMatch(d -> !d.value().isShown());
    }

    private String id() {
        return "chart-" + nextId++;
    }
}
