package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an answer can reveal about the person who gave it, declared by the content author on
 * the question: an open-data release reads it to decide how the answer may be published.
 * A direct identifier is never published; quasi-identifiers and sensitive answers are published
 * only through the privacy models of the release; other answers are published as given.
 */
public enum DisclosureRole {
    /** Identifies a person on its own (a name, a phone number): never published. */
    DIRECT_IDENTIFIER,
    /** Identifies a person in combination with other answers (gender, age band, postcode). */
    QUASI_IDENTIFIER,
    /** Something a person would not want linked to them (a diagnosis, lived experience). */
    SENSITIVE,
    /** Neither: an opinion or an answer to a story. */
    NONE;

    /** The name used in files, e.g. {@code quasi-identifier}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role written as {@code code} in a file, if there is one. */
    public static Optional<DisclosureRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The role of a free-text question whose author declared none: a formatted answer (a
     * postcode, a time of day, a number) is a quasi-identifier, any other text is not coded.
     *
     * @param format the declared format of the answer
     * @return {@link #QUASI_IDENTIFIER} for a formatted answer, {@link #NONE} for plain text
     */
    public static DisclosureRole defaultFor(TextFormat format) {
        return format == TextFormat.TEXT ? NONE : QUASI_IDENTIFIER;
    }

    /** True for the roles a release may publish only through its privacy models (or not at all). */
    public boolean controlled() {
        return this != NONE;
    }
}
