package eu.coact.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.Frequency;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

    private static final DeliverySchedule NIGHTS_OFF =
            DeliverySchedule.withQuietHours(DailyWindow.between(LocalTime.of(22, 0), LocalTime.of(8, 0)));
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static Instant madrid(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), MADRID)
                .toInstant();
    }

    @Test
    void aNewParticipantInTheEveningWindowGetsContentThatEvening() {
        var prefs = new DeliveryPreferences(Frequency.daily(), DeliveryFrequency.DAILY, DailyWindow.EVENING, MADRID);
        Optional<Instant> next = NIGHTS_OFF.next(prefs, DeliveryHistory.none(), false, madrid("2024-03-04T10:15:00"));
        assertThat(next).contains(madrid("2024-03-04T17:00:00"));
    }

    @Test
    void nothingIsDeliveredDuringQuietHoursEvenInAnAnyTimeWindow() {
        var prefs = new DeliveryPreferences(Frequency.daily(), DeliveryFrequency.DAILY, DailyWindow.ANY, MADRID);
        Optional<Instant> next = NIGHTS_OFF.next(prefs, DeliveryHistory.none(), false, madrid("2024-03-04T23:30:00"));
        assertThat(next).contains(madrid("2024-03-05T08:00:00"));
    }

    @Test
    void dailyMeansTheNextLocalDayOnceTodayHadItsDelivery() {
        var prefs = new DeliveryPreferences(Frequency.daily(), DeliveryFrequency.DAILY, DailyWindow.MORNING, MADRID);
        var history = DeliveryHistory.none().after(madrid("2024-03-04T08:00:00"), madrid("2024-03-04T08:20:00"));
        assertThat(NIGHTS_OFF.next(prefs, history, false, madrid("2024-03-04T08:21:00")))
                .contains(madrid("2024-03-05T08:00:00"));
    }

    @Test
    void threeTimesAWeekSkipsToTheNextAllowedWeekday() {
        var prefs = new DeliveryPreferences(
                Frequency.daily(), DeliveryFrequency.THREE_TIMES_A_WEEK, DailyWindow.MIDDAY, MADRID);
        // 2024-03-05 is a Tuesday: the next allowed day is Wednesday.
        assertThat(NIGHTS_OFF.next(prefs, DeliveryHistory.none(), false, madrid("2024-03-05T09:00:00")))
                .contains(madrid("2024-03-06T12:00:00"));
    }

    @Test
    void aPausedParticipantHasNoNextDelivery() {
        var prefs = new DeliveryPreferences(Frequency.daily(), DeliveryFrequency.TWICE_A_DAY, DailyWindow.ANY, MADRID);
        assertThat(NIGHTS_OFF.next(prefs, DeliveryHistory.none(), true, madrid("2024-03-05T09:00:00")))
                .isEmpty();
    }

    @Test
    void aWindowThatDoesNotExistOnTheDstChangeMovesToTheFirstTimeThatDoes() {
        var early = DeliverySchedule.withQuietHours(DailyWindow.between(LocalTime.of(23, 0), LocalTime.of(1, 0)));
        var prefs = new DeliveryPreferences(
                Frequency.daily(),
                DeliveryFrequency.DAILY,
                DailyWindow.between(LocalTime.of(2, 0), LocalTime.of(4, 0)),
                MADRID);
        // On 2024-03-31 Madrid's clocks jump from 02:00 to 03:00.
        Optional<Instant> next = early.next(prefs, DeliveryHistory.none(), false, madrid("2024-03-30T12:00:00"));
        assertThat(next).contains(madrid("2024-03-31T03:00:00"));
        assertThat(next.get().atZone(MADRID).getHour()).isEqualTo(3);
    }

    @Test
    void aWindowInsideTheQuietHoursNeverDelivers() {
        var prefs = new DeliveryPreferences(
                Frequency.daily(),
                DeliveryFrequency.DAILY,
                DailyWindow.between(LocalTime.of(23, 0), LocalTime.of(23, 30)),
                MADRID);
        assertThat(NIGHTS_OFF.next(prefs, DeliveryHistory.none(), false, madrid("2024-03-05T09:00:00")))
                .isEmpty();
    }

    // ---- properties over random zones (with and without DST), windows, quiet hours and histories ----

    record Case(DeliveryPreferences preferences, DailyWindow quiet, DeliveryHistory history, Instant now) {}

    @Property(tries = 2000)
    void theNextDeliveryRespectsEveryRule(@ForAll("cases") Case c) {
        DeliverySchedule schedule = DeliverySchedule.withQuietHours(c.quiet());
        Optional<Instant> next = schedule.next(c.preferences(), c.history(), false, c.now());
        if (next.isEmpty()) {
            return;
        }
        Instant at = next.get();
        DeliveryFrequency frequency = c.preferences().rule();
        ZonedDateTime local = at.atZone(c.preferences().zone());
        assertThat(at).isAfterOrEqualTo(c.now());
        c.history()
                .lastCompletion()
                .ifPresent(done -> assertThat(at).isAfterOrEqualTo(done.plus(frequency.minimumGap())));
        assertThat(c.preferences().window().contains(local.toLocalTime()))
                .as("inside the chosen window")
                .isTrue();
        assertThat(c.quiet().contains(local.toLocalTime()))
                .as("outside quiet hours")
                .isFalse();
        assertThat(frequency.days()).contains(local.getDayOfWeek());
        long sameDay = c.history().recentDeliveries().stream()
                .filter(s -> s.atZone(c.preferences().zone()).toLocalDate().equals(local.toLocalDate()))
                .count();
        assertThat(sameDay).isLessThan(frequency.maxPerLocalDay());
    }

    @Property(tries = 1000)
    void noEarlierMinuteWouldHaveBeenAllowed(@ForAll("cases") Case c) {
        DeliverySchedule schedule = DeliverySchedule.withQuietHours(c.quiet());
        Optional<Instant> next = schedule.next(c.preferences(), c.history(), false, c.now());
        next.ifPresent(at -> {
            Instant lowerBound = c.history()
                    .lastCompletion()
                    .map(d -> d.plus(c.preferences().rule().minimumGap()))
                    .filter(b -> b.isAfter(c.now()))
                    .orElse(c.now());
            // Step back minute by minute over the last two hours before the answer (not before the lower bound):
            // none of those instants may satisfy every rule.
            for (Instant probe = at.minusSeconds(60);
                    !probe.isBefore(lowerBound) && probe.isAfter(at.minus(Duration.ofHours(2)));
                    probe = probe.minusSeconds(60)) {
                assertThat(satisfiesAll(c, schedule, probe))
                        .as("%s is earlier and also allowed", probe)
                        .isFalse();
            }
        });
    }

    @Property(tries = 500)
    void pauseAlwaysCancels(@ForAll("cases") Case c) {
        assertThat(DeliverySchedule.withQuietHours(c.quiet()).next(c.preferences(), c.history(), true, c.now()))
                .isEmpty();
    }

    @Property(tries = 500)
    void theAnswerIsAPureFunctionOfItsInputs(@ForAll("cases") Case c) {
        DeliverySchedule schedule = DeliverySchedule.withQuietHours(c.quiet());
        assertThat(schedule.next(c.preferences(), c.history(), false, c.now()))
                .isEqualTo(
                        DeliverySchedule.withQuietHours(c.quiet()).next(c.preferences(), c.history(), false, c.now()));
    }

    private static boolean satisfiesAll(Case c, DeliverySchedule schedule, Instant probe) {
        ZonedDateTime local = probe.atZone(c.preferences().zone());
        DeliveryFrequency frequency = c.preferences().rule();
        long sameDay = c.history().recentDeliveries().stream()
                .filter(s -> s.atZone(c.preferences().zone()).toLocalDate().equals(local.toLocalDate()))
                .count();
        return schedule.allows(c.preferences().window(), local.toLocalTime())
                && frequency.days().contains(local.getDayOfWeek())
                && sameDay < frequency.maxPerLocalDay();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ZoneId> zones = Arbitraries.of(
                        "Europe/Madrid",
                        "Europe/Berlin",
                        "America/New_York",
                        "Australia/Sydney",
                        "Asia/Kolkata",
                        "Pacific/Chatham",
                        "UTC",
                        "America/Sao_Paulo")
                .map(ZoneId::of);
        Arbitrary<LocalTime> times =
                Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, (q % 4) * 15));
        Arbitrary<DailyWindow> windows = Arbitraries.oneOf(
                Arbitraries.of(DailyWindow.MORNING, DailyWindow.MIDDAY, DailyWindow.EVENING, DailyWindow.ANY),
                Combinators.combine(times, times).as(DailyWindow::between));
        Arbitrary<DailyWindow> quiet =
                Combinators.combine(times, times).as(DailyWindow::between).filter(w -> !w.isWholeDay());
        Arbitrary<DeliveryFrequency> frequencies = Arbitraries.oneOf(
                Arbitraries.of(
                        DeliveryFrequency.TWICE_A_DAY,
                        DeliveryFrequency.DAILY,
                        DeliveryFrequency.THREE_TIMES_A_WEEK,
                        DeliveryFrequency.WEEKLY),
                Combinators.combine(
                                Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1),
                                Arbitraries.integers().between(1, 3),
                                Arbitraries.integers().between(0, 48))
                        .as((Set<DayOfWeek> days, Integer max, Integer gapHours) -> new DeliveryFrequency(
                                "custom", EnumSet.copyOf(days), max, Duration.ofHours(gapHours))));
        // Around the 2024 DST changes in both hemispheres and ordinary days.
        Arbitrary<Instant> nows = Arbitraries.oneOf(
                        Arbitraries.longs().between(1_711_670_400L, 1_712_102_400L),
                        Arbitraries.longs().between(1_727_740_800L, 1_728_172_800L),
                        Arbitraries.longs().between(1_730_000_000L, 1_730_432_000L),
                        Arbitraries.longs().between(1_700_000_000L, 1_740_000_000L))
                .map(Instant::ofEpochSecond);
        Arbitrary<DeliveryPreferences> prefs = Combinators.combine(frequencies, windows, zones)
                .as((rule, window, zone) -> new DeliveryPreferences(Frequency.daily(), rule, window, zone));
        return Combinators.combine(
                        prefs,
                        quiet,
                        nows,
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.longs().between(0, 3 * 24 * 3600))
                .as((p, q, now, deliveries, spread) -> {
                    List<Instant> sent = new ArrayList<>();
                    for (int i = 0; i < deliveries; i++) {
                        sent.add(now.minusSeconds(spread * (i + 1) / (deliveries + 1)));
                    }
                    Optional<Instant> last = sent.isEmpty()
                            ? Optional.empty()
                            : Optional.of(
                                    sent.get(0).plusSeconds(600).isAfter(now)
                                            ? now
                                            : sent.get(0).plusSeconds(600));
                    return new Case(p, q, new DeliveryHistory(last, sent), now);
                });
    }
}
