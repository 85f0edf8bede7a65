package eu.coact.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Frequency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeliveryFrequencyMappingTest {

    @Property
    void aDailyFrequencyAllowsExactlyThatManyDeliveriesEveryDay(@ForAll @IntRange(min = 1, max = 24) int times) {
        DeliveryFrequency frequency = DeliveryFrequency.of(new Frequency(times, Frequency.Period.DAY));
        assertThat(frequency.days()).hasSize(7);
        assertThat(frequency.maxPerLocalDay()).isEqualTo(times);
        // All of a day's deliveries fit in sixteen waking hours.
        assertThat(frequency.minimumGap().multipliedBy(times - 1L)).isLessThanOrEqualTo(java.time.Duration.ofHours(16));
    }

    @Property
    void aWeeklyFrequencyAllowsAtLeastThatManyAndAtMostOneDayMore(@ForAll @IntRange(min = 1, max = 24) int times) {
        DeliveryFrequency frequency = DeliveryFrequency.of(new Frequency(times, Frequency.Period.WEEK));
        int perWeek = frequency.days().size() * frequency.maxPerLocalDay();
        assertThat(perWeek).isBetween(times, times + 6);
        if (times <= 7) {
            assertThat(perWeek).isEqualTo(times);
        }
    }

    @Test
    void theStudysUsualFrequenciesAreTheNamedOnes() {
        assertThat(DeliveryFrequency.of(Frequency.parse("2/day").orElseThrow()))
                .isEqualTo(DeliveryFrequency.TWICE_A_DAY);
        assertThat(DeliveryFrequency.of(Frequency.daily())).isEqualTo(DeliveryFrequency.DAILY);
        assertThat(DeliveryFrequency.of(Frequency.parse("3/week").orElseThrow()))
                .isEqualTo(DeliveryFrequency.THREE_TIMES_A_WEEK);
        assertThat(DeliveryFrequency.of(Frequency.parse("1/week").orElseThrow()))
                .isEqualTo(DeliveryFrequency.WEEKLY);
    }
}
