package eu.coact.export.report;

import eu.coact.export.disclosure.Cell;
import java.util.List;
import java.util.Objects;

/**
 * A funnel: successive stages that each keep part of the previous one, e.g. joined, consented,
 * profile completed, stories answered. Each stage is also shown as a share of the first. A funnel
 * cannot widen: every shown stage is at most the last shown stage before it (a stage counts
 * only those who also reached the stages before it).
 *
 * @param title       the chart's title
 * @param description one sentence saying what the chart shows
 * @param stages      the stages in order; at least two
 */
public record Funnel(String title, String description, List<Datum> stages) implements Block {

    /** Copies the stages. */
    public Funnel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        stages = List.copyOf(stages);
        if (stages.size() < 2) {
            throw new IllegalArgumentException("a funnel needs at least two stages");
        }
        long last = Long.MAX_VALUE;
        for (Datum stage : stages) {
            if (stage.value() instanceof Cell.Shown shown) {
                if (shown.count() > last) {
                    throw new IllegalArgumentException("a funnel cannot widen: '" + stage.label() + "' has "
                            + shown.count() + ", more than the " + last + " of a stage before it");
                }
                last = shown.count();
            }
        }
    }
}
