package eu.coact.content;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a participant receives a content block, written {@code 2/day} or {@code 1/week}.
 *
 * @param times how many blocks per period (1 to 24)
 * @param per   the period: a day or a week
 */
public record Frequency(int times, Period per) implements Comparable<Frequency> {

    private static final Pattern WRITTEN = Pattern.compile("([0-9]{1,2})/(day|week)");

    /** The period a frequency counts in. */
    public enum Period {
        /** Per day. */
        DAY(Duration.ofDays(1)),
        /** Per week. */
        WEEK(Duration.ofDays(7));

        private final Duration length;

        Period(Duration length) {
            this.length = length;
        }

        /** The period's length. */
        public Duration length() {
            return length;
        }
    }

    /** Checks the range. */
    public Frequency {
        java.util.Objects.requireNonNull(per, "per");
        if (times < 1 || times > 24) {
            throw new IllegalArgumentException("a frequency is between 1 and 24 blocks per period");
        }
    }

    /** Once a day. */
    public static Frequency daily() {
        return new Frequency(1, Period.DAY);
    }

    /** The frequency written as {@code 2/day} or {@code 1/week}, if the text is one. */
    public static Optional<Frequency> parse(String written) {
        Matcher m = WRITTEN.matcher(written);
        if (!m.matches()) {
            return Optional.empty();
        }
        int times = Integer.parseInt(m.group(1));
        if (times < 1 || times > 24) {
            return Optional.empty();
        }
        return Optional.of(new Frequency(times, m.group(2).equals("day") ? Period.DAY : Period.WEEK));
    }

    /** The average time between two blocks. */
    public Duration interval() {
        return per.length().dividedBy(times);
    }

    /** Orders from rarest to most frequent. */
    @Override
    public int compareTo(Frequency other) {
        return other.interval().compareTo(interval());
    }

    /** Written as in files, e.g. {@code 2/day}. */
    @Override
    public String toString() {
        return times + "/" + (per == Period.DAY ? "day" : "week");
    }
}
