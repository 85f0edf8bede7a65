package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A settings dialogue the engine runs outside the sequence, such as welcome or pause. */
public enum SystemRole {
    /** Welcome, information and informed consent. Required. */
    WELCOME(true),
    /** Choosing a language. */
    LANGUAGE(false),
    /** Choosing the delivery frequency. */
    FREQUENCY(false),
    /** Setting the local time or time zone. */
    TIME_ZONE(false),
    /** Pausing deliveries. Required: participants can always pause. */
    PAUSE(true),
    /** Resuming after a pause. Required. */
    RESUME(true),
    /** Leaving the study. Required: participants can always leave. */
    WITHDRAW(true);

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
