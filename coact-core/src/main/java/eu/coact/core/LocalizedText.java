package eu.coact.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text in several languages, such as a microstory, a button label or a consent paragraph.
 * Immutable. Lookup never falls back to another language: {@link #in(Language)} is exact, and
 * {@link #resolve(Language)} only adds the language's more general forms ({@code ca-ES} finds a
 * {@code ca} text). A text missing in a language is a validation problem, never silently
 * replaced by another language's text.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(Collections.emptySortedMap());

    private final SortedMap<Language, String> texts;

    private LocalizedText(SortedMap<Language, String> texts) {
        this.texts = texts;
    }

    /** A text with no translations yet. */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /** A text in one language. */
    public static LocalizedText of(Language language, String text) {
        return of(Map.of(language, text));
    }

    /**
     * A text from language tags and texts in turn: {@code of("ca", "Hola", "en", "Hello")}.
     *
     * @throws IllegalArgumentException for an odd number of arguments, a bad tag, or a repeated language
     */
    public static LocalizedText of(String... tagsAndTexts) {
        if (tagsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("give a language tag and a text in turn");
        }
        TreeMap<Language, String> map = new TreeMap<>();
        for (int i = 0; i < tagsAndTexts.length; i += 2) {
            Language language = Language.of(tagsAndTexts[i]);
            if (map.put(language, Objects.requireNonNull(tagsAndTexts[i + 1], "text")) != null) {
                throw new IllegalArgumentException("language given twice: " + language);
            }
        }
        return new LocalizedText(Collections.unmodifiableSortedMap(map));
    }

    /** A text from a map of language to text. */
    public static LocalizedText of(Map<Language, String> texts) {
        TreeMap<Language, String> map = new TreeMap<>();
        texts.forEach((language, text) ->
                map.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
        return map.isEmpty() ? EMPTY : new LocalizedText(Collections.unmodifiableSortedMap(map));
    }

    /** This text with one more (or a replaced) translation. */
    public LocalizedText with(Language language, String text) {
        TreeMap<Language, String> map = new TreeMap<>(texts);
        map.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
        return new LocalizedText(Collections.unmodifiableSortedMap(map));
    }

    /** The text in exactly this language, if there is one. */
    public Optional<String> in(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /**
     * The text for a participant: the requested language, then its more general forms
     * ({@code ca-ES} → {@code ca}); never another language.
     *
     * @param requested the participant's language
     * @return the text found, with the language it is in
     */
    public Optional<Translation> resolve(Language requested) {
        Optional<Language> candidate = Optional.of(requested);
        while (candidate.isPresent()) {
            String text = texts.get(candidate.get());
            if (text != null) {
                return Optional.of(new Translation(candidate.get(), text));
            }
            candidate = candidate.get().parent();
        }
        return Optional.empty();
    }

    /** The languages this text is available in. */
    public Set<Language> languages() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    /** The declared languages this text has no translation for. */
    public Set<Language> missing(Collection<Language> declared) {
        Set<Language> missing = new LinkedHashSet<>();
        for (Language language : declared) {
            if (!texts.containsKey(language)) {
                missing.add(language);
            }
        }
        return missing;
    }

    /** The languages whose text is empty or only spaces. */
    public Set<Language> blank() {
        Set<Language> blank = new LinkedHashSet<>();
        texts.forEach((language, text) -> {
            if (text.isBlank()) {
                blank.add(language);
            }
        });
        return blank;
    }

    /** True when there is no translation at all. */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The translations as an unmodifiable map, ordered by language tag. */
    public Map<Language, String> asMap() {
        return texts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }

    /**
     * A text found by {@link #resolve}: the language it is actually in, which may be a more
     * general form of the one requested.
     *
     * @param language the language of the text
     * @param text     the text
     */
    public record Translation(Language language, String text) {
        /** Checks both parts are present. */
        public Translation {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, "text");
        }
    }
}
