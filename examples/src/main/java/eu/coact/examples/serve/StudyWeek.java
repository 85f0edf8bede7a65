package eu.coact.examples.serve;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week in UTC, Monday 00:00 to the next Monday 00:00, written as ISO 8601 writes it
 * ({@code 2026-W48}): the unit of the dashboard's consent chart and of the weekly summary.
 *
 * @param monday the week's first day
 */
record StudyWeek(LocalDate monday) implements Comparable<StudyWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Checks that the day is a Monday. */
    StudyWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not on " + monday);
        }
    }

    /** The week a day falls in. */
    static StudyWeek of(LocalDate day) {
        return new StudyWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week an instant falls in, in UTC. */
    static StudyWeek of(Instant instant) {
        return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /**
     * Reads {@code YYYY-Www}; empty for anything else, or a week the year does not have.
     *
     * @param text e.g. {@code 2026-W48}
     * @return the week, or empty
     */
    static Optional<StudyWeek> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 1970 || week < 1 || week > 53) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
        StudyWeek found = of(day);
        // A year has 53 weeks only sometimes; the 53rd of another year would be next year's first.
        return found.toString().equals(text.strip()) ? Optional.of(found) : Optional.empty();
    }

    /** The first instant of the week. */
    Instant start() {
        return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the week. */
    Instant end() {
        return monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last instant of the week (what the week's states are read at). */
    Instant last() {
        return end().minusNanos(1);
    }

    /** The seven days, Monday first. */
    List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(7);
        for (int d = 0; d < 7; d++) {
            days.add(monday.plusDays(d));
        }
        return days;
    }

    /** True when the day falls in this week. */
    boolean contains(LocalDate day) {
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    StudyWeek next() {
        return new StudyWeek(monday.plusWeeks(1));
    }

    StudyWeek previous() {
        return new StudyWeek(monday.minusWeeks(1));
    }

    @Override
    public int compareTo(StudyWeek other) {
        return monday.compareTo(other.monday);
    }

    /** {@code YYYY-Www}, the ISO week-based year and week. */
    @Override
    public String toString() {
        return String.format(
                "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
