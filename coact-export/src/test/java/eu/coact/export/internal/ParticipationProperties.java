package eu.coact.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.disclosure.CellDerivation;
import eu.coact.export.ExclusionReason;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The participant counts of a release, whatever they are: every shown count is 0, at least the
 * threshold, or the number of released participants; no hidden count follows from the sums the
 * table declares; the parts add up to what they are part of.
 */
class ParticipationProperties {

    @Property(tries = 500)
    void noHiddenCountCanBeWorkedOutAndNoSmallCountIsShown(
            @ForAll @Size(6) List<@IntRange(min = 0, max = 40) Integer> excluded,
            @ForAll @IntRange(min = 1, max = 200) int included,
            @ForAll @IntRange(min = 2, max = 15) int threshold,
            @ForAll @IntRange(min = 0, max = 300) int profile) {
        Map<ExclusionReason, Long> byReason = new EnumMap<>(ExclusionReason.class);
        ExclusionReason[] reasons = ExclusionReason.values();
        for (int i = 0; i < reasons.length; i++) {
            byReason.put(reasons[i], (long) excluded.get(i));
        }
        Participation published = Participation.of(
                included,
                byReason,
                new ReleaseRun.Funnel(0, 0, profile, profile / 2),
                SmallCellSuppression.withThreshold(threshold));

        Map<String, String> partOf = new LinkedHashMap<>();
        Set<String> hidden = new HashSet<>();
        for (Participation.Row row : published.rows()) {
            partOf.put(row.status(), row.partOf());
            if (row.count() instanceof Cell.Shown shown) {
                long n = shown.count();
                assertThat(n == 0 || n >= threshold || row.status().equals(Participation.INCLUDED))
                        .as(row + " threshold " + threshold)
                        .isTrue();
            } else {
                hidden.add(row.status());
            }
        }
        assertThat(published.count(Participation.INCLUDED)).isEqualTo(Cell.shown(included));
        assertThat(CellDerivation.derivable(Participation.sums(partOf), hidden)).isEmpty();
        Statistics.label("hidden counts").collect(hidden.isEmpty() ? "none" : hidden.size() == 1 ? "one" : "several");
        Statistics.label("hidden counts").coverage(c -> {
            c.check("several").count(n -> n > 20);
            c.check("one").count(n -> n > 5);
        });
    }
}
