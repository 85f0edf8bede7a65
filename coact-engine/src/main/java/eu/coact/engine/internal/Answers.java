package eu.coact.engine.internal;

import eu.coact.content.FreeText;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Option;
import eu.coact.content.TextFormat;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what a participant sent into the value stored for a message, or nothing if it does not fit. */
final class Answers {

    private Answers() {}

    /**
     * The stored value: a button's value (pressed, or its value or label typed in any case), the
     * values of a multiple choice separated by commas, or a free text of the declared form.
     *
     * @return the value, or null when the reply is not an answer to the message
     */
    static String match(Message message, String reply, Language language, Rendering rendering) {
        if (message instanceof FreeText free) {
            return free.accepts(reply, language) ? reply.strip() : null;
        }
        if (message instanceof MultipleChoice) {
            List<String> chosen = new ArrayList<>();
            for (String part : reply.split(",")) {
                Option option = option(message.options(), part, language, rendering);
                if (option == null) {
                    return null;
                }
                if (!chosen.contains(option.value())) {
                    chosen.add(option.value());
                }
            }
            List<String> ordered = new ArrayList<>();
            for (Option option : message.options()) {
                if (chosen.contains(option.value())) {
                    ordered.add(option.value());
                }
            }
            return ordered.isEmpty() ? null : String.join(",", ordered);
        }
        Option option = option(message.options(), reply, language, rendering);
        return option == null ? null : option.value();
    }

    private static Option option(List<Option> options, String reply, Language language, Rendering rendering) {
        String typed = reply.strip();
        for (Option option : options) {
            if (option.value().equals(typed)) {
                return option;
            }
        }
        for (Option option : options) {
            if (option.value().equalsIgnoreCase(typed)
                    || rendering.text(option.label(), language).strip().equalsIgnoreCase(typed)
                    || anyLabel(option.label(), typed)) {
                return option;
            }
        }
        return null;
    }

    private static boolean anyLabel(LocalizedText label, String typed) {
        for (String text : label.asMap().values()) {
            if (text.strip().equalsIgnoreCase(typed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time zone from what a participant typed: a zone name such as {@code Europe/Madrid}, or
     * their local time ({@code 09:30}), from which the offset to UTC is worked out to the quarter hour.
     */
    static Optional<ZoneId> zone(String typed, Instant now) {
        String text = typed.strip();
        if (TextFormat.TIME.accepts(text)) {
            LocalTime local = LocalTime.parse(text.length() == 4 ? "0" + text : text);
            LocalTime utc = LocalTime.ofInstant(now, ZoneOffset.UTC);
            long minutes = Duration.between(utc, local).toMinutes();
            if (minutes > 14 * 60) {
                minutes -= 24 * 60;
            } else if (minutes < -12 * 60) {
                minutes += 24 * 60;
            }
            long quarters = Math.round(minutes / 15.0);
            int seconds = (int) (quarters * 15 * 60);
            if (seconds > 14 * 3600 || seconds < -12 * 3600) {
                return Optional.empty();
            }
            return Optional.of(ZoneOffset.ofTotalSeconds(seconds));
        }
        if (text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
