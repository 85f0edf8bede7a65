package eu.coact.content.engine;

import eu.coact.content.schedule.DailyWindow;
import eu.coact.content.schedule.DeliverySchedule;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How an engine runs a study: quiet hours, the defaults for new participants, pacing, retries,
 * command words and system texts. Immutable; start from {@link #defaults()} and replace parts.
 *
 * @param schedule      the study's delivery schedule (its quiet hours)
 * @param defaultWindow the time of day new participants start with
 * @param defaultZone   the time zone new participants start with
 * @param pacing        the wait between messages when content gives none
 * @param retry         retries after transient delivery failures
 * @param commands      the command words
 * @param texts         the configured system texts
 */
public record EngineSettings(DeliverySchedule schedule, DailyWindow defaultWindow, ZoneId defaultZone,
        PacingPolicy pacing, RetryPolicy retry, CommandWords commands, SystemTexts texts) {

    /** Checks presence. */
    public EngineSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(defaultWindow, "defaultWindow");
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(texts, "texts");
    }

    /**
     * Quiet hours 22:00–08:00, any time of day, Central European time, standard pacing and
     * retries, the original study's command words, English system texts.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(
                DeliverySchedule.withQuietHours(DailyWindow.between(LocalTime.of(22, 0), LocalTime.of(8, 0))),
                DailyWindow.ANY, ZoneId.of("Europe/Madrid"), PacingPolicy.standard(), RetryPolicy.standard(),
                CommandWords.standard(), SystemTexts.english());
    }

    /** These settings with other quiet hours. */
    public EngineSettings withSchedule(DeliverySchedule newSchedule) {
        return new EngineSettings(newSchedule, defaultWindow, defaultZone, pacing, retry, commands, texts);
    }

    /** These settings with another default window and time zone for new participants. */
    public EngineSettings withDefaults(DailyWindow window, ZoneId zone) {
        return new EngineSettings(schedule, window, zone, pacing, retry, commands, texts);
    }

    /** These settings with another pacing. */
    public EngineSettings withPacing(PacingPolicy newPacing) {
        return new EngineSettings(schedule, defaultWindow, defaultZone, newPacing, retry, commands, texts);
    }

    /** These settings with another retry policy. */
    public EngineSettings withRetry(RetryPolicy newRetry) {
        return new EngineSettings(schedule, defaultWindow, defaultZone, pacing, newRetry, commands, texts);
    }

    /** These settings with other command words. */
    public EngineSettings withCommands(CommandWords newCommands) {
        return new EngineSettings(schedule, defaultWindow, defaultZone, pacing, retry, newCommands, texts);
    }

    /** These settings with other system texts. */
    public EngineSettings withTexts(SystemTexts newTexts) {
        return new EngineSettings(schedule, defaultWindow, defaultZone, pacing, retry, commands, newTexts);
    }
}
