package eu.coact.engine.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when a participant's next content block is due. The answer is a pure function of
 * the participant's {@link DeliveryPreferences}, their {@link DeliveryHistory}, whether they
 * paused, the study's quiet hours and the current instant — so it can be recomputed after a
 * restart and checked by property tests.
 *
 * <p>The next delivery is the earliest instant that is
 * <ul>
 *   <li>not before now, and at least the frequency's minimum gap after the last completion;</li>
 *   <li>on a weekday the frequency allows, on a local day with fewer deliveries than it allows;</li>
 *   <li>inside the participant's window and outside the study's quiet hours, in the
 *       participant's own time zone — with daylight-saving changes handled by {@code java.time}
 *       (a local time that does not exist that day moves to the first one that does).</li>
 * </ul>
 * A paused participant has no next delivery; neither has one whose window lies entirely in the
 * quiet hours (configuration validation reports that combination).
 */
public final class DeliverySchedule {

    /** How far ahead to look before concluding that no time fits. */
    private static final int HORIZON_DAYS = 15;

    private static final int DAY_SECONDS = 24 * 60 * 60;

    private final DailyWindow quietHours;

    private DeliverySchedule(DailyWindow quietHours) {
        this.quietHours = quietHours;
    }

    /**
     * A schedule for a study with quiet hours, e.g. 22:00–08:00 local time.
     *
     * @param quietHours the local times in which nothing is ever delivered
     * @return the schedule
     */
    public static DeliverySchedule withQuietHours(DailyWindow quietHours) {
        Objects.requireNonNull(quietHours, "quietHours");
        if (quietHours.isWholeDay()) {
            throw new IllegalArgumentException("quiet hours cannot cover the whole day");
        }
        return new DeliverySchedule(quietHours);
    }

    /** The study's quiet hours. */
    public DailyWindow quietHours() {
        return quietHours;
    }

    /**
     * When the next block is due.
     *
     * @param preferences what the participant chose
     * @param history     their past deliveries
     * @param paused      whether they paused (or withdrew)
     * @param now         the current instant
     * @return the instant, or empty when nothing may be delivered
     */
    public Optional<Instant> next(
            DeliveryPreferences preferences, DeliveryHistory history, boolean paused, Instant now) {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(now, "now");
        if (paused) {
            return Optional.empty();
        }
        Instant earliest = history.lastCompletion()
                .map(done -> done.plus(preferences.rule().minimumGap()))
                .filter(bound -> bound.isAfter(now))
                .orElse(now);
        ZoneId zone = preferences.zone();
        List<int[]> allowed = allowedSeconds(preferences.window());
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime start = earliest.atZone(zone);
        LocalDate firstDay = start.toLocalDate();
        for (int offset = 0; offset <= HORIZON_DAYS; offset++) {
            LocalDate day = firstDay.plusDays(offset);
            if (!preferences.rule().days().contains(day.getDayOfWeek())) {
                continue;
            }
            if (deliveriesOn(day, zone, history) >= preferences.rule().maxPerLocalDay()) {
                continue;
            }
            Optional<Instant> found = earliestOn(day, zone, allowed, earliest);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * True when a local time is one at which this schedule may deliver to someone with the given window.
     *
     * @param window the participant's window
     * @param time   a local time
     * @return whether the time is in the window and outside quiet hours
     */
    public boolean allows(DailyWindow window, LocalTime time) {
        return window.contains(time) && !quietHours.contains(time);
    }

    private Optional<Instant> earliestOn(LocalDate day, ZoneId zone, List<int[]> allowed, Instant earliest) {
        for (int[] interval : allowed) {
            LocalTime from = LocalTime.ofSecondOfDay(interval[0]);
            ZonedDateTime candidate = firstExisting(LocalDateTime.of(day, from), zone);
            Instant at = candidate.toInstant();
            if (at.isBefore(earliest)) {
                ZonedDateTime late = earliest.atZone(zone);
                if (!late.toLocalDate().equals(day)) {
                    continue;
                }
                candidate = late;
                at = earliest;
            }
            int second = candidate.toLocalTime().toSecondOfDay();
            boolean sameDay = candidate.toLocalDate().equals(day);
            if (sameDay && second >= interval[0] && second < interval[1]) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /**
     * The local date-time itself, or — when the clocks skip it (spring forward) — the first
     * local time after the gap, which is the transition instant.
     */
    private static ZonedDateTime firstExisting(LocalDateTime local, ZoneId zone) {
        var rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant().atZone(zone);
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    private static int deliveriesOn(LocalDate day, ZoneId zone, DeliveryHistory history) {
        int count = 0;
        for (Instant sent : history.recentDeliveries()) {
            if (sent.atZone(zone).toLocalDate().equals(day)) {
                count++;
            }
        }
        return count;
    }

    /** The window minus the quiet hours, as sorted [from, to) second-of-day intervals. */
    private List<int[]> allowedSeconds(DailyWindow window) {
        List<int[]> result = new ArrayList<>();
        for (int[] w : intervals(window)) {
            for (int[] open : complement(intervals(quietHours))) {
                int from = Math.max(w[0], open[0]);
                int to = Math.min(w[1], open[1]);
                if (from < to) {
                    result.add(new int[] {from, to});
                }
            }
        }
        result.sort((a, b) -> Integer.compare(a[0], b[0]));
        return result;
    }

    private static List<int[]> intervals(DailyWindow window) {
        int start = window.start().toSecondOfDay();
        int end = window.end().toSecondOfDay();
        if (window.isWholeDay()) {
            return List.of(new int[] {0, DAY_SECONDS});
        }
        if (start < end) {
            return List.of(new int[] {start, end});
        }
        return List.of(new int[] {0, end}, new int[] {start, DAY_SECONDS});
    }

    private static List<int[]> complement(List<int[]> sorted) {
        List<int[]> result = new ArrayList<>();
        int cursor = 0;
        for (int[] interval :
                sorted.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toList()) {
            if (interval[0] > cursor) {
                result.add(new int[] {cursor, interval[0]});
            }
            cursor = Math.max(cursor, interval[1]);
        }
        if (cursor < DAY_SECONDS) {
            result.add(new int[] {cursor, DAY_SECONDS});
        }
        return result;
    }
}
