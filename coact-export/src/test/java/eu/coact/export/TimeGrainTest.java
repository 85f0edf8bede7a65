package eu.coact.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeGrainTest {

    @Test
    void anAnswerTimeIsPublishedAsItsDayTheMondayOfItsWeekOrItsMonth() {
        Instant sunday = Instant.parse("2026-03-08T23:59:59Z");

        assertThat(TimeGrain.DAY.coarsen(sunday)).isEqualTo("2026-03-08");
        assertThat(TimeGrain.WEEK.coarsen(sunday)).isEqualTo("2026-03-02");
        assertThat(TimeGrain.MONTH.coarsen(sunday)).isEqualTo("2026-03");
        assertThat(TimeGrain.fromCode("week")).contains(TimeGrain.WEEK);
        assertThat(TimeGrain.fromCode("hour")).isEmpty();
    }

    /** Coarsening never moves a time forward, and never back by more than the grain. */
    @Property(tries = 200)
    void theWeekIsAMondayAtMostSixDaysEarlier(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long seconds) {
        Instant at = Instant.ofEpochSecond(seconds);
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate monday = LocalDate.parse(TimeGrain.WEEK.coarsen(at));

        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(monday).isBeforeOrEqualTo(day).isAfter(day.minusDays(7));
        assertThat(TimeGrain.MONTH.coarsen(at)).isEqualTo(day.toString().substring(0, 7));
    }
}
