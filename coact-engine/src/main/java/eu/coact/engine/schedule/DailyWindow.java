package eu.coact.engine.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of local clock time within one day, {@code start} inclusive and {@code end}
 * exclusive. A window whose end is not after its start wraps past midnight (quiet hours
 * 22:00–08:00); a window from midnight to midnight is the whole day.
 *
 * @param start the first local time inside the window
 * @param end   the first local time after the window
 */
public record DailyWindow(LocalTime start, LocalTime end) {

    /** 08:00–12:00. */
    public static final DailyWindow MORNING = new DailyWindow(LocalTime.of(8, 0), LocalTime.of(12, 0));
    /** 12:00–16:00. */
    public static final DailyWindow MIDDAY = new DailyWindow(LocalTime.of(12, 0), LocalTime.of(16, 0));
    /** 17:00–21:00. */
    public static final DailyWindow EVENING = new DailyWindow(LocalTime.of(17, 0), LocalTime.of(21, 0));
    /** The whole day (the study's quiet hours still apply). */
    public static final DailyWindow ANY = new DailyWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Checks both ends are given. */
    public DailyWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The window from {@code start} to {@code end}. */
    public static DailyWindow between(LocalTime start, LocalTime end) {
        return new DailyWindow(start, end);
    }

    /** True for a window that covers the whole day. */
    public boolean isWholeDay() {
        return start.equals(end);
    }

    /** True when the local time falls inside the window. */
    public boolean contains(LocalTime time) {
        if (isWholeDay()) {
            return true;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }
}
