package eu.coact.export.report;

import eu.coact.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a release report is written in, one resource file per language
 * ({@code eu/coact/export/report/texts/<language>.properties}, UTF-8). Every file has the same
 * keys; a language without a file has no report texts, and there is no silent fallback to
 * another language. Immutable and thread-safe.
 */
public final class ReportTexts {

    /** The languages that have report texts, in alphabetical order. */
    public static final List<Language> LANGUAGES = List.of(
            Language.of("ca"),
            Language.of("de"),
            Language.of("en"),
            Language.of("es"),
            Language.of("fr"),
            Language.of("it"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final Language language;
    private final Map<String, String> texts;

    private ReportTexts(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * The texts in a language, or in its parent (the texts of {@code es} for {@code es-MX}).
     *
     * @param language the report's language
     * @return the texts, or empty when there are none in that language
     */
    public static Optional<ReportTexts> of(Language language) {
        Objects.requireNonNull(language, "language");
        Language l = language;
        while (!LANGUAGES.contains(l)) {
            Optional<Language> parent = l.parent();
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            l = parent.get();
        }
        return Optional.of(new ReportTexts(l, load(l)));
    }

    /**
     * The texts in a language, for code that has checked the language already.
     *
     * @param language the report's language
     * @return the texts
     * @throws IllegalArgumentException when there are no texts in that language
     */
    public static ReportTexts in(Language language) {
        return of(language)
                .orElseThrow(() -> new IllegalArgumentException("no report texts in '" + language.tag()
                        + "'; there are texts in "
                        + String.join(
                                ", ", LANGUAGES.stream().map(Language::tag).toList())));
    }

    /** The language of these texts (the one with a file). */
    public Language language() {
        return language;
    }

    /** Every key, sorted. */
    public List<String> keys() {
        return texts.keySet().stream().sorted().toList();
    }

    /**
     * One text with its placeholders {@code {0}}, {@code {1}}, … filled in.
     *
     * @param key    the key, e.g. {@code funnel.title}
     * @param values the values of the placeholders, in order
     * @return the text
     * @throws IllegalArgumentException for a key no file has
     */
    public String text(String key, Object... values) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no report text '" + key + "'");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            m.appendReplacement(
                    out, Matcher.quoteReplacement(i < values.length ? String.valueOf(values[i]) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when there is a text for this key, e.g. for a status code that may be new. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    private static Map<String, String> load(Language language) {
        String name = "texts/" + language.tag() + ".properties";
        try (InputStream in = ReportTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the report texts " + name + " are not in the module");
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> out = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
