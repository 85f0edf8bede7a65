package eu.coact.examples.serve;

import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SuppressedTable;

/**
 * The dashboard's charts as inline SVG, drawn from {@link SuppressedTable}s only: a hidden cell
 * has no count, so it is drawn as a hatched stub of the same height whatever it hides. Each chart
 * is a picture with a name, described by the same counts as a table beside it, and needs no
 * colour legend: one small chart per column, each headed with its column's name, on one scale.
 */
final class TeamCharts {

    private static final int WIDTH = 640;
    private static final int BASE = 112;
    private static final int TALLEST = 100;
    private static final int HEIGHT = 140;
    private static final int STUB = 12;
    private static final double MAX_BAR = 56;
    private static final int FONT = 26;
    private static final String INK = "#0b5394";
    private static final String GREY = "#595959";

    private TeamCharts() {}

    /**
     * A rows-over-time table (e.g. weeks by consent stages) as one small bar chart per column,
     * with the counts as a table for screen readers and for anyone who wants the numbers.
     *
     * @param id      the section's id
     * @param caption what it counts
     * @param rowWord what a row is (e.g. {@code week})
     * @param table   the suppressed counts
     * @return the HTML section
     */
    static String multiples(String id, String caption, String rowWord, SuppressedTable table) {
        long largest = 0;
        for (int r = 0; r < table.rowLabels().size(); r++) {
            for (int c = 0; c < table.columnLabels().size(); c++) {
                if (table.cell(r, c) instanceof Cell.Shown s) {
                    largest = Math.max(largest, s.count());
                }
            }
        }
        String tableId = id + "-table";
        StringBuilder html = new StringBuilder("<section id=\"" + id + "\"><h2>" + TeamPages.escape(caption) + "</h2>")
                .append("<p class=\"note\">One chart per stage, all on one scale: ")
                .append(largest == 0 ? "no count is large enough to be shown yet" : "the tallest bar is " + largest)
                .append(". From ")
                .append(TeamPages.escape(table.rowLabels().get(0)))
                .append(" (left) to ")
                .append(TeamPages.escape(table.rowLabels().get(table.rowLabels().size() - 1)))
                .append(" (right).</p><div class=\"multiples\">");
        for (int c = 0; c < table.columnLabels().size(); c++) {
            html.append(chart(new Frame(id + "-" + c, tableId, rowWord, Math.max(1, largest)), table, c));
        }
        html.append("</div><p class=\"key\">")
                .append(hatchSample(id))
                .append(" hidden: a count from 1 to ")
                .append(table.threshold() - 1)
                .append(", or one it could be worked out from.</p>")
                .append("<details><summary>The counts as a table</summary>")
                .append(grid(tableId, rowWord, table))
                .append("</details></section>");
        return html.toString();
    }

    /** Where a chart is and what it is drawn against. */
    private record Frame(String id, String tableId, String rowWord, long largest) {}

    private static String chart(Frame frame, SuppressedTable table, int column) {
        String id = frame.id();
        String tableId = frame.tableId();
        String rowWord = frame.rowWord();
        long largest = frame.largest();
        int rows = table.rowLabels().size();
        double slot = (double) WIDTH / rows;
        // Few weeks make narrow bars, not slabs: a bar is at most as wide as a finger on a phone.
        double bar = Math.max(1, Math.min(slot * 0.7, MAX_BAR));
        String name = table.columnLabels().get(column);
        StringBuilder svg = new StringBuilder("<figure><figcaption>")
                .append(TeamPages.escape(name))
                .append("</figcaption><svg viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title\" aria-describedby=\"")
                .append(tableId)
                .append("\" focusable=\"false\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(TeamPages.escape(name + ": participants per " + rowWord + ", counts in the table below"))
                .append("</title>")
                .append(hatchPattern(id));
        for (int r = 0; r < rows; r++) {
            String x = number(r * slot + (slot - bar) / 2);
            Cell cell = table.cell(r, column);
            String label = table.rowLabels().get(r);
            if (cell instanceof Cell.Shown s) {
                if (s.count() == 0) {
                    continue;
                }
                long height = Math.max(2, Math.round((double) TALLEST * s.count() / largest));
                svg.append("<rect x=\"" + x + "\" y=\"" + (BASE - height) + "\" width=\"" + number(bar)
                        + "\" height=\"" + height + "\" fill=\"" + INK + "\"><title>"
                        + TeamPages.escape(label + ": " + s.count()) + "</title></rect>");
            } else {
                svg.append("<rect x=\"" + x + "\" y=\"" + (BASE - STUB) + "\" width=\"" + number(bar)
                        + "\" height=\"" + STUB + "\" fill=\"url(#" + id + "-hatch)\" stroke=\"" + GREY
                        + "\"><title>" + TeamPages.escape(label + ": hidden") + "</title></rect>");
            }
        }
        svg.append("<line x1=\"0\" x2=\"" + WIDTH + "\" y1=\"" + BASE + "\" y2=\"" + BASE + "\" stroke=\"" + GREY
                + "\" stroke-width=\"2\"/>");
        svg.append("<text x=\"0\" y=\"" + (HEIGHT - 4) + "\" font-size=\"" + FONT + "\" fill=\"#1b1b1b\">"
                + TeamPages.escape(table.rowLabels().get(0)) + "</text>");
        if (rows > 1) {
            svg.append("<text x=\"" + WIDTH + "\" y=\"" + (HEIGHT - 4)
                    + "\" font-size=\"" + FONT + "\" fill=\"#1b1b1b\" text-anchor=\"end\">"
                    + TeamPages.escape(table.rowLabels().get(rows - 1)) + "</text>");
        }
        return svg.append("</svg></figure>").toString();
    }

    private static String hatchPattern(String id) {
        return "<defs><pattern id=\"" + id + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + GREY + "\" stroke-width=\"3\"/>"
                + "</pattern></defs>";
    }

    private static String hatchSample(String id) {
        return "<svg class=\"swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" focusable=\"false\">"
                + hatchPattern(id + "-key") + "<rect x=\"1\" y=\"1\" width=\"22\" height=\"14\" fill=\"url(#" + id
                + "-key-hatch)\" stroke=\"" + GREY + "\"/></svg>";
    }

    /** The counts as a table: rows by columns, a hidden cell says so. */
    static String grid(String id, String rowWord, SuppressedTable table) {
        StringBuilder html = new StringBuilder("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(TeamPages.escape(rowWord))
                .append(" by ")
                .append(TeamPages.escape(String.join(", ", table.columnLabels())))
                .append("\"><table id=\"")
                .append(id)
                .append("\"><thead><tr>")
                .append("<th scope=\"col\">")
                .append(TeamPages.escape(rowWord))
                .append("</th>");
        table.columnLabels()
                .forEach(c -> html.append("<th scope=\"col\" class=\"n\">")
                        .append(TeamPages.escape(c))
                        .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowLabels().size(); r++) {
            html.append("<tr><th scope=\"row\">")
                    .append(TeamPages.escape(table.rowLabels().get(r)))
                    .append("</th>");
            for (int c = 0; c < table.columnLabels().size(); c++) {
                html.append(
                        table.cell(r, c) instanceof Cell.Shown s
                                ? "<td class=\"n\">" + s.count() + "</td>"
                                : "<td class=\"n hidden\">hidden</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
