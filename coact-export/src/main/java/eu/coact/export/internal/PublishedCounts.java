package eu.coact.export.internal;

import eu.coact.export.Indicator;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number a release publishes, after its one suppression pass: the participation counts
 * (consent summary, funnel, left out by disclosure control), the answers per microstory and the
 * indicator tables. The CSV files and the report both draw from here and from nowhere else, so
 * a count hidden in one is hidden in all.
 *
 * @param participation the participant counts, suppressed together
 * @param perStory      answers per microstory (these are also countable in {@code answers.csv})
 * @param indicators    the published rows of each indicator
 * @param rule          the small-cell rule applied
 */
record PublishedCounts(Participation participation, Map<String, Long> perStory,
        Map<Indicator, List<IndicatorTally.Row>> indicators, SmallCellSuppression rule) {

    PublishedCounts {
        perStory = Collections.unmodifiableMap(new LinkedHashMap<>(perStory));
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    }

    /** Answers per microstory as published: small counts hidden, like every other count. */
    Map<String, Cell> storyCounts() {
        Map<String, Cell> out = new LinkedHashMap<>();
        perStory.forEach((story, n) -> out.put(story, rule.isSmall(n)
                ? new Cell.Hidden(Cell.Suppression.SMALL_COUNT) : Cell.shown(n)));
        return out;
    }
}
