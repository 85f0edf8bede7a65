package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A settings dialogue the engine runs outside the sequence, such as welcome or pause. Only the
 * welcome is required; for any other role a study declares no block for, the engine asks its own
 * built-in question (or just confirms), so participants can always pause, resume and leave.
 */
public enum SystemRole {
    /** Welcome, information and informed consent. Required. */
    WELCOME(true),
    /** Choosing a language. */
    LANGUAGE(false),
    /** Choosing the delivery frequency. */
    FREQUENCY(false),
    /** Setting the local time or time zone. */
    TIME_ZONE(false),
    /** Choosing the time of day deliveries come at. */
    TIME_OF_DAY(false),
    /** Pausing deliveries. */
    PAUSE(false),
    /** Resuming after a pause. */
    RESUME(false),
    /** Leaving the study (the engine always asks whether to erase the answers afterwards). */
    WITHDRAW(false);

    private final boolean required;

    SystemRole(boolean required) {
        this.required = required;
    }

    /** True when every study must have a block for this role. */
    public boolean required() {
        return required;
    }

    /** The name used in files, e.g. {@code time-zone}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role written as {@code code} in a file, if there is one. */
    public static Optional<SystemRole> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
