package eu.coact.engine;

import eu.coact.content.ContentWarning;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SystemText}s and content-warning topic names, per language. The SDK ships them for
 * the languages in {@link ShippedLanguages}; a study adds its own languages and replaces any text.
 * A text is looked up in the participant's language only (a regional form such as {@code es-MX}
 * uses its language's {@code es} text): there is no fallback to another language, and a study
 * language without a text is refused by validation before anything runs. Immutable and thread-safe.
 */
public final class SystemTexts {

    private static final SystemTexts NONE = new SystemTexts(Map.of(), Map.of());

    private final Map<SystemText, LocalizedText> texts;
    private final Map<ContentWarning, LocalizedText> topics;

    private SystemTexts(Map<SystemText, LocalizedText> texts, Map<ContentWarning, LocalizedText> topics) {
        this.texts = texts;
        this.topics = topics;
    }

    /** No texts in any language, to build a study's own from. */
    public static SystemTexts none() {
        return NONE;
    }

    /**
     * The texts the SDK ships, in every language of {@link ShippedLanguages#languages()}. The
     * help text only points to the European emergency number: a study gives its own crisis
     * resources per locale.
     */
    public static SystemTexts standard() {
        return ShippedLanguages.texts();
    }

    /**
     * These texts with one text replaced or translated.
     *
     * @param key  which text
     * @param text the text in one or more languages; merged into the existing translations
     * @return the new texts
     */
    public SystemTexts with(SystemText key, LocalizedText text) {
        Map<SystemText, LocalizedText> copy = new EnumMap<>(SystemText.class);
        copy.putAll(texts);
        copy.put(key, merge(copy.get(key), text));
        return new SystemTexts(Collections.unmodifiableMap(copy), topics);
    }

    /**
     * These texts with a content warning's topic name replaced or translated.
     *
     * @param warning the warning
     * @param name    its name, e.g. "suicide" / "suïcidi"
     * @return the new texts
     */
    public SystemTexts withTopic(ContentWarning warning, LocalizedText name) {
        Map<ContentWarning, LocalizedText> copy = new EnumMap<>(ContentWarning.class);
        copy.putAll(topics);
        copy.put(warning, merge(copy.get(warning), name));
        return new SystemTexts(texts, Collections.unmodifiableMap(copy));
    }

    /**
     * A text in a participant's language.
     *
     * @param key      which text
     * @param language the participant's language
     * @return the text
     * @throws IllegalStateException when the text is missing in that language: a study language
     *                               lacking a text does not pass validation, so this is a wiring mistake
     */
    public String text(SystemText key, Language language) {
        return find(texts.get(key), language)
                .orElseThrow(() -> new IllegalStateException("no system text " + code(key.name()) + " in " + language));
    }

    /**
     * A topic name in a participant's language.
     *
     * @param warning  the content warning
     * @param language the participant's language
     * @return the name
     * @throws IllegalStateException when the name is missing in that language (see {@link #text})
     */
    public String topic(ContentWarning warning, Language language) {
        return find(topics.get(warning), language)
                .orElseThrow(() -> new IllegalStateException("no topic name " + warning.code() + " in " + language));
    }

    /** The configured text for a key, in every language it has (empty when none). */
    public LocalizedText all(SystemText key) {
        return texts.getOrDefault(key, LocalizedText.empty());
    }

    /**
     * What a language lacks, as the keys written in a language file: {@code texts/paused},
     * {@code topics/self-harm}.
     *
     * @param language the language
     * @return the missing keys, texts first, in declaration order
     */
    public List<String> missing(Language language) {
        List<String> missing = new ArrayList<>();
        for (SystemText key : SystemText.values()) {
            if (find(texts.get(key), language).isEmpty()) {
                missing.add("texts/" + code(key.name()));
            }
        }
        for (ContentWarning warning : ContentWarning.values()) {
            if (find(topics.get(warning), language).isEmpty()) {
                missing.add("topics/" + warning.code());
            }
        }
        return missing;
    }

    private static Optional<String> find(LocalizedText text, Language language) {
        return text == null ? Optional.empty() : text.resolve(language).map(LocalizedText.Translation::text);
    }

    private static LocalizedText merge(LocalizedText base, LocalizedText added) {
        Objects.requireNonNull(added, "text");
        if (added.isEmpty()) {
            throw new IllegalArgumentException("give the text in at least one language");
        }
        LocalizedText result = base == null ? LocalizedText.empty() : base;
        for (Map.Entry<Language, String> e : added.asMap().entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    /** The name used in files: lower case with hyphens, e.g. {@code not-paused}. */
    static String code(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Counts only: the texts themselves are the study's. */
    @Override
    public String toString() {
        return "SystemTexts[" + texts.size() + " texts, " + topics.size() + " topics]";
    }
}
