package eu.coact.export.report;

import java.util.List;
import java.util.Objects;

/**
 * A funnel: successive stages that each keep part of the previous one, e.g. joined, consented,
 * profile completed, stories answered. Each stage is also shown as a share of the first.
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
    }
}
