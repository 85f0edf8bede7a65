package eu.coact.export.report;

import eu.coact.export.disclosure.Cell;
import java.util.Objects;

/**
 * A labelled value of a chart.
 *
 * @param label what the value counts, e.g. "consented"
 * @param value the count as published: shown, or hidden by disclosure control
 */
public record Datum(String label, Cell value) {

    /** Requires both parts. */
    public Datum {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** A shown count. */
    public static Datum of(String label, long count) {
        return new Datum(label, Cell.shown(count));
    }
}
