package eu.coact.export.report.internal;

import static eu.coact.export.report.internal.Markup.escape;
import static eu.coact.export.report.internal.Markup.fit;

import eu.coact.export.disclosure.Cell;
import eu.coact.export.report.BarChart;
import eu.coact.export.report.Datum;
import eu.coact.export.report.Funnel;
import eu.coact.export.report.StackedBarChart;
import java.util.List;

/**
 * Draws charts as inline SVG. Geometry is fixed (a 720-unit wide view box that scales with the
 * page); every chart has role="img", a title and a description, and every bar its own title, so
 * screen readers and tooltips say what a bar is. Hidden counts are never drawn as bars.
 */
final class Charts {

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    private static final int WIDTH = 720;
    private static final int LABEL = 230;
    private static final int BAR = 26;
    private static final int GAP = 10;
    private static final int TOP = 8;
    private static final int PLOT = WIDTH - LABEL - 110;

    private final Words words;

    Charts(Words words) {
        this.words = words;
    }

    void bar(BarChart chart, String id, StringBuilder out) {
        long max = maxShown(chart.bars());
        int height = TOP * 2 + chart.bars().size() * (BAR + GAP);
        open(out, id, chart.title(), chart.description(), height, "bar-chart");
        int y = TOP;
        for (Datum d : chart.bars()) {
            barRow(out, d.label(), d.value(), max, LABEL, y, PALETTE.get(0), d.value() instanceof Cell.Shown s ? words.number(s.count()) : null);
            y += BAR + GAP;
        }
        out.append("</svg>\n");
    }

    void funnel(Funnel funnel, String id, StringBuilder out) {
        long max = maxShown(funnel.stages());
        Cell first = funnel.stages().get(0).value();
        int height = TOP * 2 + funnel.stages().size() * (BAR + GAP);
        open(out, id, funnel.title(), funnel.description(), height, "funnel");
        int y = TOP;
        int centre = LABEL + PLOT / 2;
        for (Datum d : funnel.stages()) {
            out.append("<g class=\"stage\">");
            label(out, d.label(), y);
            if (d.value() instanceof Cell.Shown s && max > 0) {
                int w = Math.max(2, (int) Math.round((double) PLOT * s.count() / max));
                String share = first instanceof Cell.Shown f && f.count() > 0 ? " (" + words.percent(s.count(), f.count()) + ")" : "";
                out.append("<rect class=\"bar\" x=\"").append(centre - w / 2).append("\" y=\"").append(y).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"").append(PALETTE.get(2)).append("\">")
                        .append("<title>").append(escape(d.label() + ": " + words.number(s.count()) + share)).append("</title></rect>");
                out.append("<text class=\"value\" x=\"").append(LABEL + PLOT + 8).append("\" y=\"").append(y + BAR / 2 + 5).append("\">")
                        .append(escape(words.number(s.count()) + share)).append("</text>");
            } else {
                notShown(out, centre - 40, y);
            }
            out.append("</g>\n");
            y += BAR + GAP;
        }
        out.append("</svg>\n");
    }

    void stacked(StackedBarChart chart, String id, StringBuilder out) {
        long max = 0;
        for (StackedBarChart.Bar bar : chart.bars()) {
            max = Math.max(max, shownSum(bar.parts()));
        }
        int legend = 28;
        int height = TOP * 2 + legend + chart.bars().size() * (BAR + GAP);
        open(out, id, chart.title(), chart.description(), height, "stacked-bar-chart");
        int lx = LABEL;
        for (int s = 0; s < chart.series().size(); s++) {
            out.append("<g class=\"legend\"><rect x=\"").append(lx).append("\" y=\"").append(TOP).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(s)).append("\"/><text x=\"").append(lx + 20).append("\" y=\"").append(TOP + 12).append("\">")
                    .append(escape(fit(chart.series().get(s), 22))).append("</text></g>");
            lx += 20 + Math.min(22, chart.series().get(s).length()) * 8 + 16;
        }
        out.append('\n');
        int y = TOP + legend;
        for (StackedBarChart.Bar bar : chart.bars()) {
            out.append("<g class=\"stack\">");
            label(out, bar.label(), y);
            double x = LABEL;
            boolean anyHidden = false;
            for (int s = 0; s < bar.parts().size(); s++) {
                Cell part = bar.parts().get(s);
                if (part instanceof Cell.Shown shown) {
                    double w = max == 0 ? 0 : (double) PLOT * shown.count() / max;
                    if (shown.count() > 0) {
                        out.append("<rect class=\"bar\" x=\"").append(round(x)).append("\" y=\"").append(y).append("\" width=\"").append(round(w))
                                .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour(s)).append("\">")
                                .append("<title>").append(escape(bar.label() + " \u2013 " + chart.series().get(s) + ": " + words.number(shown.count())))
                                .append("</title></rect>");
                    }
                    x += w;
                } else {
                    anyHidden = true;
                }
            }
            if (anyHidden) {
                out.append("<text class=\"hidden-value\" x=\"").append(round(x) + 6).append("\" y=\"").append(y + BAR / 2 + 5).append("\">+ ")
                        .append(escape(words.notShown())).append("</text>");
            }
            out.append("</g>\n");
            y += BAR + GAP;
        }
        out.append("</svg>\n");
    }

    private void barRow(StringBuilder out, String label, Cell value, long max, int x, int y, String colour, String text) {
        out.append("<g class=\"row\">");
        label(out, label, y);
        if (value instanceof Cell.Shown s && max > 0) {
            int w = Math.max(s.count() > 0 ? 2 : 0, (int) Math.round((double) PLOT * s.count() / max));
            out.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"").append(colour).append("\">")
                    .append("<title>").append(escape(label + ": " + text)).append("</title></rect>");
            out.append("<text class=\"value\" x=\"").append(x + w + 6).append("\" y=\"").append(y + BAR / 2 + 5).append("\">")
                    .append(escape(text)).append("</text>");
        } else if (value instanceof Cell.Shown s) {
            out.append("<text class=\"value\" x=\"").append(x + 6).append("\" y=\"").append(y + BAR / 2 + 5).append("\">")
                    .append(escape(words.number(s.count()))).append("</text>");
        } else {
            notShown(out, x + 6, y);
        }
        out.append("</g>\n");
    }

    private void notShown(StringBuilder out, int x, int y) {
        out.append("<text class=\"hidden-value\" x=\"").append(x).append("\" y=\"").append(y + BAR / 2 + 5).append("\">")
                .append(escape(words.notShown())).append("</text>");
    }

    private static void label(StringBuilder out, String label, int y) {
        out.append("<text class=\"label\" x=\"").append(LABEL - 10).append("\" y=\"").append(y + BAR / 2 + 5)
                .append("\" text-anchor=\"end\">").append(escape(fit(label, 30))).append("</text>");
    }

    private static void open(StringBuilder out, String id, String title, String description, int height, String kind) {
        out.append("<svg class=\"chart ").append(kind).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>\n");
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

    private static long shownSum(List<Cell> parts) {
        long sum = 0;
        for (Cell c : parts) {
            if (c instanceof Cell.Shown s) {
                sum += s.count();
            }
        }
        return sum;
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 10) / 10.0);
    }
}
