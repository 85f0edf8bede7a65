package eu.coact.engine.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schedule's rule for a study {@link eu.coact.content.Frequency}: on which weekdays, how
 * many times on one such day at most, and how long at least between two deliveries. Derived,
 * never written by anyone: the frequency is the one public type.
 *
 * @param id             a stable name for configuration files and the journal, e.g. {@code daily}
 * @param days           the weekdays on which deliveries may happen (never empty)
 * @param maxPerLocalDay the most deliveries on one local calendar day (at least 1)
 * @param minimumGap     the least time between the end of one block and the next delivery
 */
record DeliveryFrequency(String id, Set<DayOfWeek> days, int maxPerLocalDay, Duration minimumGap) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** Twice a day, every day, at least four hours apart. */
    static final DeliveryFrequency TWICE_A_DAY =
            new DeliveryFrequency("twice-a-day", EnumSet.allOf(DayOfWeek.class), 2, Duration.ofHours(4));
    /** Once a day, every day. */
    static final DeliveryFrequency DAILY =
            new DeliveryFrequency("daily", EnumSet.allOf(DayOfWeek.class), 1, Duration.ofHours(4));
    /** Mondays, Wednesdays and Fridays. */
    static final DeliveryFrequency THREE_TIMES_A_WEEK = new DeliveryFrequency(
            "three-times-a-week",
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            1,
            Duration.ofHours(4));
    /** Once a week, on Mondays. */
    static final DeliveryFrequency WEEKLY =
            new DeliveryFrequency("weekly", EnumSet.of(DayOfWeek.MONDAY), 1, Duration.ofHours(4));

    /**
     * The delivery frequency for a study's written frequency: {@code 1/day} is {@link #DAILY},
     * {@code 2/day} {@link #TWICE_A_DAY}, {@code 3/week} {@link #THREE_TIMES_A_WEEK} and
     * {@code 1/week} {@link #WEEKLY}; other counts per day allow that many deliveries every day;
     * up to seven per week spread their days evenly from Monday, and more than seven allow the
     * next whole number per day on every day.
     *
     * @param frequency the written frequency
     * @return the delivery frequency
     */
    static DeliveryFrequency of(eu.coact.content.Frequency frequency) {
        int times = frequency.times();
        if (frequency.per() == eu.coact.content.Frequency.Period.DAY) {
            return switch (times) {
                case 1 -> DAILY;
                case 2 -> TWICE_A_DAY;
                // Several a day: the gap shrinks so that all fit in a waking day of 16 hours.
                default ->
                    new DeliveryFrequency(
                            "daily-x" + times,
                            EnumSet.allOf(DayOfWeek.class),
                            times,
                            Duration.ofHours(16).dividedBy(times).compareTo(Duration.ofHours(4)) > 0
                                    ? Duration.ofHours(4)
                                    : Duration.ofHours(16).dividedBy(times));
            };
        }
        if (times == 1) {
            return WEEKLY;
        }
        if (times == 3) {
            return THREE_TIMES_A_WEEK;
        }
        int days = Math.min(times, 7);
        int perDay = (times + days - 1) / days;
        EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days; i++) {
            chosen.add(DayOfWeek.of(1 + i * 7 / days));
        }
        return new DeliveryFrequency("weekly-x" + times, chosen, perDay, Duration.ofHours(4));
    }

    /** Validates and copies the parts. */
    DeliveryFrequency {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a frequency id is lower case words joined by '-': " + id);
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a frequency needs at least one weekday");
        }
        days = Set.copyOf(days);
        if (maxPerLocalDay < 1) {
            throw new IllegalArgumentException("a frequency allows at least one delivery per day");
        }
        Objects.requireNonNull(minimumGap, "minimumGap");
        if (minimumGap.isNegative()) {
            throw new IllegalArgumentException("the minimum gap between deliveries cannot be negative");
        }
    }
}
