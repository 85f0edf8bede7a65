package eu.coact.content.legacy.internal;

import eu.coact.content.Frequency;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The original bot's delivery rhythm was a number of hours between stories; the study's is a
 * number of blocks per day or week. Hours that divide a day or a week convert exactly; others to
 * the nearest frequency, reported. A button whose English label names another frequency than its
 * hours is reported too: participants chose by the label.
 */
final class LegacyFrequencies {

    private static final Pattern HOURS = Pattern.compile("[0-9]{1,4}");
    private static final Pattern LABEL =
            Pattern.compile("(once|one|twice|two|three|four|five|six|seven)( times)? (a|per|each) (day|week)");
    private static final Map<String, Integer> WORDS =
            Map.of("once", 1, "one", 1, "twice", 2, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7);
    private static final int DAY = 24;
    private static final int WEEK = 7 * 24;

    private LegacyFrequencies() {}

    /** The frequency nearest to a rhythm written in hours, if the value is hours at all. */
    static Optional<Frequency> fromHours(String value) {
        if (!HOURS.matcher(value).matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(value);
        if (hours <= 0 || hours > WEEK) {
            return Optional.empty();
        }
        if (DAY % hours == 0) {
            return Optional.of(new Frequency(DAY / hours, Frequency.Period.DAY));
        }
        if (hours < DAY) {
            return Optional.of(new Frequency(Math.max(1, Math.round((float) DAY / hours)), Frequency.Period.DAY));
        }
        return Optional.of(new Frequency(Math.max(1, Math.round((float) WEEK / hours)), Frequency.Period.WEEK));
    }

    /** Reports hours that do not convert exactly, and labels that name another frequency. */
    static void check(String value, LocalizedText label, String at, NodeReader in) {
        Optional<Frequency> frequency = fromHours(value);
        if (frequency.isEmpty()) {
            return;
        }
        int hours = Integer.parseInt(value);
        if (DAY % hours != 0 && WEEK % hours != 0) {
            in.warning(
                    "frequency-approximated",
                    hours + " hours between stories is no whole number of stories a "
                            + "day or a week; it is imported as " + frequency.get() + ".",
                    at);
        }
        Optional<String> english = label.in(Language.of("en"));
        if (english.isEmpty()) {
            return;
        }
        Matcher m = LABEL.matcher(english.get().toLowerCase(Locale.ROOT));
        if (m.find()) {
            Frequency said = new Frequency(
                    WORDS.get(m.group(1)), m.group(4).equals("day") ? Frequency.Period.DAY : Frequency.Period.WEEK);
            if (!said.equals(frequency.get())) {
                in.warning(
                        "frequency-label-mismatch",
                        "The button '" + english.get() + "' stores " + hours
                                + " hours between stories, which is " + frequency.get() + ", not the " + said
                                + " its label promises; participants chose by the label.",
                        at);
            }
        }
    }
}
