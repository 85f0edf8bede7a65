package eu.coact.export.internal;

import eu.coact.export.TimeGrain;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The published form of answer times under a grain, worked out once per day and remembered:
 * a release asks for it once per published answer, and answers come in runs on the same day.
 */
final class CoarseTimes {

    private static final long DAY_SECONDS = 86_400L;

    private final TimeGrain grain;
    private final Map<Long, String> byDay = new HashMap<>();
    private long lastDay = Long.MIN_VALUE;
    private String last = "";

    CoarseTimes(TimeGrain grain) {
        this.grain = grain;
    }

    /** The day (days since the epoch, UTC) of a time. */
    static long day(long epochSecond) {
        return Math.floorDiv(epochSecond, DAY_SECONDS);
    }

    /** The published form of a time given in seconds since the epoch. */
    String of(long epochSecond) {
        long day = day(epochSecond);
        if (day != lastDay) {
            lastDay = day;
            last = byDay.computeIfAbsent(day, d -> grain.coarsen(Instant.ofEpochSecond(d * DAY_SECONDS)));
        }
        return last;
    }
}
