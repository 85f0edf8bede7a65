package eu.coact.engine.internal;

import java.util.Locale;
import java.util.Optional;

/** A question the engine asks on its own, outside authored blocks. */
public enum Prompt {
    /** Read or skip a sensitive story. */
    WARNING,
    /** Confirm leaving. */
    WITHDRAW,
    /** Erase answers or keep them. */
    ERASE,
    /** Choose a language. */
    LANGUAGE,
    /** Choose a frequency. */
    FREQUENCY,
    /** Choose a time of day. */
    WINDOW,
    /** Type a time zone or the local time. */
    ZONE;

    /** The name in journal payloads. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The prompt with this journal name. */
    public static Optional<Prompt> fromCode(String code) {
        for (Prompt prompt : values()) {
            if (prompt.code().equals(code)) {
                return Optional.of(prompt);
            }
        }
        return Optional.empty();
    }
}
