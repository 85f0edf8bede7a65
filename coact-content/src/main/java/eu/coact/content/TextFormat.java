package eu.coact.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The declared shape of a free-text answer. Formats are named, not written as regular
 * expressions, so that content cannot carry code or expensive patterns.
 */
public enum TextFormat {
    /** Any text. */
    TEXT("text", "."),
    /** A local time such as {@code 09:30} (24-hour clock). */
    TIME("hh:mm", "([01]?\\d|2[0-3]):[0-5]\\d"),
    /** A postcode: 3 to 10 letters or digits, with single spaces or hyphens between them. */
    POSTCODE("postcode", "[\\p{L}\\p{N}]+([ -][\\p{L}\\p{N}]+)*"),
    /** A whole number. */
    NUMBER("number", "-?\\d{1,9}");

    private final String code;
    private final Pattern pattern;

    TextFormat(String code, String regex) {
        this.code = code;
        this.pattern = Pattern.compile(regex, Pattern.DOTALL);
    }

    /** The name used in files, e.g. {@code hh:mm}. */
    public String code() {
        return code;
    }

    /** True when an answer (without surrounding spaces) has this format. */
    public boolean accepts(String answer) {
        String trimmed = answer.strip();
        if (this == TEXT) {
            return !trimmed.isEmpty();
        }
        if (this == POSTCODE && (trimmed.length() < 3 || trimmed.length() > 10)) {
            return false;
        }
        return pattern.matcher(trimmed).matches();
    }

    /** The format written as {@code code} in a file, if there is one. */
    public static Optional<TextFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
