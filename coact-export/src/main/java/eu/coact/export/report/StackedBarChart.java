package eu.coact.export.report;

import eu.coact.export.disclosure.Cell;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal stacked bars: each bar split into the same series, e.g. answers "same", "similar",
 * "nothing like it" for each microstory.
 *
 * @param title       the chart's title
 * @param description one sentence saying what the chart shows
 * @param series      the names of the parts of each bar, in order; at least one
 * @param bars        the bars, each with one value per series
 */
public record StackedBarChart(String title, String description, List<String> series, List<Bar> bars) implements Block {

    /** Copies the lists and checks that every bar has one value per series. */
    public StackedBarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        if (series.isEmpty() || bars.isEmpty()) {
            throw new IllegalArgumentException("a stacked bar chart needs at least one series and one bar");
        }
        for (Bar bar : bars) {
            if (bar.parts().size() != series.size()) {
                throw new IllegalArgumentException("bar '" + bar.label() + "' has "
                        + bar.parts().size() + " parts for " + series.size() + " series");
            }
        }
    }

    /**
     * One stacked bar.
     *
     * @param label what the bar stands for
     * @param parts one published value per series
     */
    public record Bar(String label, List<Cell> parts) {
        /** Copies the parts. */
        public Bar {
            Objects.requireNonNull(label, "label");
            parts = List.copyOf(parts);
        }
    }
}
