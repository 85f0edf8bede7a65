package eu.coact.export;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How finely the time of an answer is published: a precise time stamp can single a person out
 * (someone who knows when a friend used the bot), so a release gives only the day, the week or
 * the month, in UTC, or no time at all. The default is the week. Even weeks can single a
 * person out by their pattern, so the release treats each participant's set of answer times as
 * a quasi-identifier and drops the times when they break the privacy models.
 */
public enum TimeGrain {
    /** The day, e.g. {@code 2026-03-05}. */
    DAY,
    /** The Monday that starts the ISO week, e.g. {@code 2026-03-02}. */
    WEEK,
    /** The month, e.g. {@code 2026-03}. */
    MONTH,
    /** No time at all: the release has no answer times. */
    NONE;

    /** The name used in the release configuration, e.g. {@code week}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grain written as {@code code} in a configuration, if there is one. */
    public static Optional<TimeGrain> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
    }

    /**
     * The published form of an instant.
     *
     * @param at the instant
     * @return the day, the week's Monday or the month, as text; empty for {@link #NONE}
     */
    public String coarsen(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return switch (this) {
            case DAY -> day.toString();
            case WEEK ->
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case MONTH -> day.toString().substring(0, 7);
            case NONE -> "";
        };
    }
}
