package eu.coact.engine.schedule;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a participant chose about delivery: how often, at what time of day, and in which time
 * zone they live.
 *
 * @param frequency how often
 * @param window    when in their day
 * @param zone      their time zone
 */
public record DeliveryPreferences(DeliveryFrequency frequency, DailyWindow window, ZoneId zone) {

    /** Checks every part is given. */
    public DeliveryPreferences {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(zone, "zone");
    }

    /** The same preferences with another frequency. */
    public DeliveryPreferences withFrequency(DeliveryFrequency newFrequency) {
        return new DeliveryPreferences(newFrequency, window, zone);
    }

    /** The same preferences with another window. */
    public DeliveryPreferences withWindow(DailyWindow newWindow) {
        return new DeliveryPreferences(frequency, newWindow, zone);
    }

    /** The same preferences in another time zone. */
    public DeliveryPreferences withZone(ZoneId newZone) {
        return new DeliveryPreferences(frequency, window, newZone);
    }
}
