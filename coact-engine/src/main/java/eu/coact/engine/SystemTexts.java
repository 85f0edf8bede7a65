package eu.coact.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eu.coact.content.ContentWarning;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The study's configured {@link SystemText}s and content-warning topic names, per language.
 * Starts from English defaults; a study replaces them with its own words and adds its
 * languages (above all {@link SystemText#HELP}, whose crisis resources differ per locale).
 * Immutable.
 */
public final class SystemTexts {

    private static final Language ENGLISH = Language.of("en");

    private final Map<SystemText, LocalizedText> texts;
    private final Map<ContentWarning, LocalizedText> topics;

    private SystemTexts(Map<SystemText, LocalizedText> texts, Map<ContentWarning, LocalizedText> topics) {
        this.texts = texts;
        this.topics = topics;
    }

    /** The English defaults. */
    public static SystemTexts english() {
        Map<SystemText, LocalizedText> texts = new EnumMap<>(SystemText.class);
        for (SystemText key : SystemText.values()) {
            texts.put(key, LocalizedText.of(ENGLISH, key.english()));
        }
        Map<ContentWarning, LocalizedText> topics = new EnumMap<>(ContentWarning.class);
        for (ContentWarning warning : ContentWarning.values()) {
            topics.put(warning, LocalizedText.of(ENGLISH, warning.code().replace('-', ' ')));
        }
        return new SystemTexts(Collections.unmodifiableMap(texts), Collections.unmodifiableMap(topics));
    }

    /**
     * The SDK's texts in Catalan, Spanish, English, German and Italian. The help text only points
     * to the European emergency number: a study gives its own crisis resources per locale.
     */
    public static SystemTexts standard() {
        return STANDARD;
    }

    private static final SystemTexts STANDARD = load();

    private static SystemTexts load() {
        SystemTexts texts = english();
        JsonNode root;
        try (InputStream in = SystemTexts.class.getResourceAsStream("system-texts.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the SDK's system texts are missing from the jar");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the SDK's system texts cannot be read", e);
        }
        for (SystemText key : SystemText.values()) {
            JsonNode node = root.path("texts").path(key.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            texts = texts.with(key, translations(node));
        }
        for (ContentWarning warning : ContentWarning.values()) {
            texts = texts.withTopic(warning, translations(root.path("topics").path(warning.code())));
        }
        return texts;
    }

    private static LocalizedText translations(JsonNode node) {
        Map<Language, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(Language.of(e.getKey()), e.getValue().asText()));
        if (out.isEmpty()) {
            throw new IllegalStateException("a system text of the SDK has no translations");
        }
        return LocalizedText.of(out);
    }

    /**
     * These texts with one text replaced or translated.
     *
     * @param key  which text
     * @param text the text in one or more languages; merged into the existing translations
     * @return the new texts
     */
    public SystemTexts with(SystemText key, LocalizedText text) {
        Map<SystemText, LocalizedText> copy = new EnumMap<>(texts);
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
        Map<ContentWarning, LocalizedText> copy = new EnumMap<>(topics);
        copy.put(warning, merge(copy.get(warning), name));
        return new SystemTexts(texts, Collections.unmodifiableMap(copy));
    }

    /**
     * A text for a participant: their language, then the study's languages, then English.
     *
     * @param key       which text
     * @param language  the participant's language
     * @param fallbacks the study's languages
     * @return the text
     */
    public String text(SystemText key, Language language, List<Language> fallbacks) {
        return resolve(texts.get(key), language, fallbacks);
    }

    /** A topic name for a participant, with the same fallbacks as {@link #text}. */
    public String topic(ContentWarning warning, Language language, List<Language> fallbacks) {
        return resolve(topics.get(warning), language, fallbacks);
    }

    /** The configured text for a key, in every language it has. */
    public LocalizedText all(SystemText key) {
        return texts.get(key);
    }

    private static String resolve(LocalizedText text, Language language, List<Language> fallbacks) {
        return text.resolve(language, fallbacks).or(() -> text.resolve(ENGLISH, List.of()))
                .map(LocalizedText.Translation::text)
                .orElseGet(() -> text.asMap().values().iterator().next());
    }

    private static LocalizedText merge(LocalizedText base, LocalizedText added) {
        Objects.requireNonNull(added, "text");
        if (added.isEmpty()) {
            throw new IllegalArgumentException("give the text in at least one language");
        }
        LocalizedText result = base;
        for (Map.Entry<Language, String> e : added.asMap().entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }
}
