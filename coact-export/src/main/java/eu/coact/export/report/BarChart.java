package eu.coact.export.report;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart: one bar per labelled value, e.g. answers per microstory.
 *
 * @param title       the chart's title
 * @param description one sentence saying what the chart shows, read by screen readers
 * @param bars        the bars, top to bottom; at least one
 */
public record BarChart(String title, String description, List<Datum> bars) implements Block {

    /** Copies the bars. */
    public BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar chart needs at least one bar");
        }
    }
}
