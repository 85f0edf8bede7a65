package eu.coact.export.report.internal;

import static eu.coact.export.report.internal.Markup.escape;

import eu.coact.export.disclosure.Cell;
import eu.coact.export.report.BarChart;
import eu.coact.export.report.Datum;
import eu.coact.export.report.Funnel;
import eu.coact.export.report.StackedBarChart;
import java.util.List;
import java.util.Locale;

/**
 * Draws charts as HTML rows with CSS bars, so that labels, values and legends are real text that
 * wraps at any width instead of a drawing that shrinks with the screen. Each chart's rows form
 * one image for assistive technology (role="img", named by the chart's title and description);
 * each bar has a tooltip; the data table follows every chart. Hidden counts are never drawn.
 */
final class Charts {

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    /** Text colour readable on each palette colour (contrast at least 4.5:1). */
    private static final List<String> ON_PALETTE =
            List.of("#ffffff", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#ffffff");

    /** A segment narrower than this share of its bar has no text inside it. */
    private static final double TEXT_INSIDE = 0.12;

    private final Words words;

    Charts(Words words) {
        this.words = words;
    }

    void bar(BarChart chart, String id, StringBuilder out) {
        long max = maxShown(chart.bars());
        open(out, id, "bar-chart");
        for (Datum d : chart.bars()) {
            row(out, d.label());
            if (d.value() instanceof Cell.Shown s) {
                double share = max == 0 ? 0 : (double) s.count() / max;
                segment(out, share, 0, d.label() + ": " + words.number(s.count()), "");
                value(out, words.number(s.count()));
            } else {
                value(out, null);
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    void funnel(Funnel funnel, String id, StringBuilder out) {
        long max = maxShown(funnel.stages());
        Cell first = funnel.stages().get(0).value();
        open(out, id, "funnel");
        for (Datum d : funnel.stages()) {
            row(out, d.label());
            if (d.value() instanceof Cell.Shown s && first instanceof Cell.Shown f && f.count() > 0) {
                String outOf = words.outOf(s.count(), f.count()) + " (" + words.percent(s.count(), f.count()) + ")";
                segment(out, max == 0 ? 0 : (double) s.count() / max, 2, d.label() + ": " + outOf, "");
                value(out, outOf);
            } else if (d.value() instanceof Cell.Shown s) {
                segment(
                        out,
                        max == 0 ? 0 : (double) s.count() / max,
                        2,
                        d.label() + ": " + words.number(s.count()),
                        "");
                value(out, words.number(s.count()));
            } else {
                value(out, null);
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    /** Each bar is 100 % of its own total, so groups of different sizes compare by share. */
    void stacked(StackedBarChart chart, String id, StringBuilder out) {
        out.append("<ul class=\"legend\">");
        for (int s = 0; s < chart.series().size(); s++) {
            out.append("<li><span class=\"swatch\" style=\"background:")
                    .append(colour(s))
                    .append("\"></span>")
                    .append(escape(chart.series().get(s)))
                    .append("</li>");
        }
        out.append("</ul>\n");
        open(out, id, "stacked-bar-chart");
        for (StackedBarChart.Bar bar : chart.bars()) {
            row(out, bar.label());
            long total = 0;
            boolean allShown = true;
            for (Cell c : bar.parts()) {
                if (c instanceof Cell.Shown s) {
                    total += s.count();
                } else {
                    allShown = false;
                }
            }
            if (allShown && total > 0) {
                for (int s = 0; s < bar.parts().size(); s++) {
                    long n = ((Cell.Shown) bar.parts().get(s)).count();
                    double share = (double) n / total;
                    String inside = share >= TEXT_INSIDE ? words.percent(n, total) : "";
                    segment(
                            out,
                            share,
                            s,
                            bar.label() + " \u2013 " + chart.series().get(s) + ": " + words.outOf(n, total) + " ("
                                    + words.percent(n, total) + ")",
                            inside);
                }
                value(out, words.outOf(((Cell.Shown) bar.parts().get(0)).count(), total));
            } else if (allShown) {
                value(out, words.number(0));
            } else {
                // Part of the group is hidden, so no share of it can be drawn honestly.
                value(out, null);
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    private static void open(StringBuilder out, String id, String kind) {
        out.append("<div class=\"chart ")
                .append(kind)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">\n");
    }

    private static void row(StringBuilder out, String label) {
        out.append("<div class=\"row\"><span class=\"label\">")
                .append(escape(label))
                .append("</span><span class=\"track\">");
    }

    private static void segment(StringBuilder out, double share, int series, String title, String inside) {
        out.append("<span class=\"bar\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.2f", share * 100))
                .append("%;background:")
                .append(colour(series))
                .append(";color:")
                .append(ON_PALETTE.get(series % PALETTE.size()))
                .append("\" title=\"")
                .append(escape(title))
                .append("\">")
                .append(escape(inside))
                .append("</span>");
    }

    private void value(StringBuilder out, String text) {
        out.append("</span>");
        if (text == null) {
            out.append("<span class=\"value hidden-value\">")
                    .append(escape(words.notShown()))
                    .append("</span>");
        } else {
            out.append("<span class=\"value\">").append(escape(text)).append("</span>");
        }
    }

    private static long maxShown(List<Datum> data) {
        long max = 0;
        for (Datum d : data) {
            if (d.value() instanceof Cell.Shown s) {
                max = Math.max(max, s.count());
            }
        }
        return max;
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }
}
