package eu.coact.engine.schedule;

import eu.coact.content.Frequency;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a participant chose about delivery: how often (a study {@link Frequency} such as
 * {@code 2/day}), at what time of day, and in which time zone they live. The schedule turns the
 * frequency into its rule (which weekdays, how many on one day, the least gap) itself. Immutable;
 * no part is ever null.
 */
public final class DeliveryPreferences {

    private final Frequency frequency;
    private final DeliveryFrequency rule;
    private final DailyWindow window;
    private final ZoneId zone;

    /**
     * Preferences from their parts.
     *
     * @param frequency how often
     * @param window    when in their day
     * @param zone      their time zone
     */
    public DeliveryPreferences(Frequency frequency, DailyWindow window, ZoneId zone) {
        this(frequency, DeliveryFrequency.of(Objects.requireNonNull(frequency, "frequency")), window, zone);
    }

    /** With a rule of the schedule's own, for tests of the schedule. */
    DeliveryPreferences(Frequency frequency, DeliveryFrequency rule, DailyWindow window, ZoneId zone) {
        this.frequency = Objects.requireNonNull(frequency, "frequency");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.window = Objects.requireNonNull(window, "window");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** How often, as the study writes it. */
    public Frequency frequency() {
        return frequency;
    }

    /** When in their day. */
    public DailyWindow window() {
        return window;
    }

    /** Their time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The most deliveries on one local calendar day that the frequency allows. */
    public int maxPerLocalDay() {
        return rule.maxPerLocalDay();
    }

    /** The schedule's rule for the frequency. */
    DeliveryFrequency rule() {
        return rule;
    }

    /**
     * The same preferences with another frequency.
     *
     * @param newFrequency the frequency
     * @return the preferences
     */
    public DeliveryPreferences withFrequency(Frequency newFrequency) {
        return new DeliveryPreferences(newFrequency, window, zone);
    }

    /**
     * The same preferences with another window.
     *
     * @param newWindow the window
     * @return the preferences
     */
    public DeliveryPreferences withWindow(DailyWindow newWindow) {
        return new DeliveryPreferences(frequency, rule, newWindow, zone);
    }

    /**
     * The same preferences in another time zone.
     *
     * @param newZone the zone
     * @return the preferences
     */
    public DeliveryPreferences withZone(ZoneId newZone) {
        return new DeliveryPreferences(frequency, rule, window, newZone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryPreferences other
                && frequency.equals(other.frequency)
                && rule.equals(other.rule)
                && window.equals(other.window)
                && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, window, zone);
    }

    @Override
    public String toString() {
        return "DeliveryPreferences[frequency=" + frequency + ", window=" + window + ", zone=" + zone + "]";
    }
}
