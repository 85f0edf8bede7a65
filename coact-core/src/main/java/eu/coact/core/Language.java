package eu.coact.core;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * A language as a BCP-47 tag ({@code ca}, {@code es}, {@code en-GB}, {@code de}), kept in its
 * canonical form so that {@code EN-gb} and {@code en-GB} are the same language.
 *
 * @param tag the canonical BCP-47 tag
 */
public record Language(String tag) implements Comparable<Language> {

    /** Validates and canonicalises the tag. */
    public Language {
        Objects.requireNonNull(tag, "language tag");
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP-47 language tag: '" + tag + "'");
        }
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("a language tag needs a language: '" + tag + "'");
        }
        tag = locale.toLanguageTag();
    }

    /** The language with this BCP-47 tag, e.g. {@code Language.of("ca")}. */
    public static Language of(String tag) {
        return new Language(tag);
    }

    /** The same language as a {@link Locale}, for formatting and collation. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The next more general language: {@code ca-ES} → {@code ca}; a bare language has none.
     *
     * @return the parent, if there is one
     */
    public java.util.Optional<Language> parent() {
        int cut = tag.lastIndexOf('-');
        return cut < 0 ? java.util.Optional.empty() : java.util.Optional.of(new Language(tag.substring(0, cut)));
    }

    @Override
    public int compareTo(Language other) {
        return tag.compareTo(other.tag);
    }

    @Override
    public String toString() {
        return tag;
    }
}
