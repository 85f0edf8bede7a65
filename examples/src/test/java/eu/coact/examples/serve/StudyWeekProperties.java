package eu.coact.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class StudyWeekProperties {

    @Property
    void everyDayLiesInTheWeekItsNameReadsBackTo(@ForAll @IntRange(min = 0, max = 80_000) int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        StudyWeek week = StudyWeek.of(day);
        assertThat(week.contains(day)).isTrue();
        assertThat(week.days()).hasSize(7).contains(day);
        assertThat(StudyWeek.parse(week.toString())).contains(week);
        assertThat(week.next().previous()).isEqualTo(week);
        assertThat(week.end()).isEqualTo(week.next().start());
    }

    @Property
    void aWeekNumberAYearDoesNotHaveIsRefused(
            @ForAll @IntRange(min = 1970, max = 2200) int year, @ForAll @IntRange(min = 0, max = 99) int number) {
        String text = String.format("%04d-W%02d", year, number);
        boolean exists = number >= 1
                && (number <= 52
                        || LocalDate.of(year, 12, 28).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) == 53
                                && number == 53);
        assertThat(StudyWeek.parse(text).isPresent()).as(text).isEqualTo(exists);
    }

    @Property
    void anythingElseIsRefused(@ForAll @StringLength(max = 12) String text) {
        StudyWeek.parse(text).ifPresent(week -> assertThat(week.toString()).isEqualTo(text.strip()));
    }
}
