package eu.coact.content.legacy.internal;

import eu.coact.content.Placeholder;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the two shapes of legacy {@code display} templates that have a declarative
 * meaning, and nothing else: the pass-through {@code "{time}"}, and chained conditionals over one
 * earlier answer, {@code "'a' if '{v}' == 'x' else 'b' if '{v}' == 'y' else 'c'"}. The text is
 * matched, never evaluated.
 */
public final class DisplayTemplates {

    private static final Pattern PASS_THROUGH = Pattern.compile("\\s*('?)\\{([\\p{L}\\p{N}_-]{1,64})\\}\\1\\s*");
    private static final Pattern CASE = Pattern.compile(
            "\\s*'([^'\\\\]*)'\\s+if\\s+'\\{([\\p{L}\\p{N}_-]{1,64})\\}'\\s*==\\s*'([^'\\\\]*)'\\s+else\\s+");
    private static final Pattern LAST = Pattern.compile("\\s*'([^'\\\\]*)'\\s*");
    private static final int MOST_CASES = 100;

    private DisplayTemplates() {}

    /**
     * The value-map or pass-through placeholder the template means, or empty when it has any
     * other shape.
     *
     * @param template  the legacy template text
     * @param languages the languages the (single-language) texts are used for
     */
    public static Optional<Placeholder> parse(String template, List<Language> languages) {
        return parse(template, languages, name -> name);
    }

    /**
     * The same, with the names a template reads turned into answer variables (a template may
     * name the profile field an answer was saved as).
     *
     * @param template  the legacy template text
     * @param languages the languages the (single-language) texts are used for
     * @param variable  the answer variable a name in the template means
     */
    public static Optional<Placeholder> parse(
            String template, List<Language> languages, UnaryOperator<String> variable) {
        Matcher pass = PASS_THROUGH.matcher(template);
        if (pass.matches()) {
            return Optional.of(new Placeholder.Answer(variable.apply(pass.group(2))));
        }
        Map<String, LocalizedText> cases = new LinkedHashMap<>();
        String name = null;
        int at = 0;
        Matcher m = CASE.matcher(template);
        while (cases.size() <= MOST_CASES && m.find(at) && m.start() == at) {
            if (name != null && !name.equals(m.group(2))) {
                return Optional.empty();
            }
            name = m.group(2);
            cases.putIfAbsent(m.group(3), same(m.group(1), languages));
            at = m.end();
        }
        if (name == null) {
            return Optional.empty();
        }
        Matcher last = LAST.matcher(template.substring(at));
        if (!last.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Placeholder.ValueMap(variable.apply(name), cases, Optional.of(same(last.group(1), languages))));
    }

    /**
     * One placeholder from per-language templates ({@code gen-ca}, {@code gen-es}, ...), each
     * giving its language's texts: empty unless all are value maps over the same answer, or all
     * the same pass-through.
     */
    public static Optional<Placeholder> merge(Map<Language, Placeholder> byLanguage) {
        Placeholder first = byLanguage.values().iterator().next();
        if (first instanceof Placeholder.Answer) {
            return byLanguage.values().stream().allMatch(first::equals) ? Optional.of(first) : Optional.empty();
        }
        Map<String, LocalizedText> cases = new LinkedHashMap<>();
        LocalizedText otherwise = LocalizedText.empty();
        for (Map.Entry<Language, Placeholder> entry : byLanguage.entrySet()) {
            if (!(entry.getValue() instanceof Placeholder.ValueMap map)
                    || !map.variable().equals(first.variable())) {
                return Optional.empty();
            }
            Language language = entry.getKey();
            map.cases().forEach((value, text) -> cases.merge(value, text, DisplayTemplates::union));
            if (map.otherwise().isPresent()) {
                otherwise = union(otherwise, map.otherwise().get());
            }
            if (!map.otherwise().flatMap(t -> t.in(language)).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Placeholder.ValueMap(
                first.variable(), cases, otherwise.isEmpty() ? Optional.empty() : Optional.of(otherwise)));
    }

    private static LocalizedText union(LocalizedText first, LocalizedText second) {
        Map<Language, String> texts = new LinkedHashMap<>(first.asMap());
        texts.putAll(second.asMap());
        return LocalizedText.of(texts);
    }

    private static LocalizedText same(String text, List<Language> languages) {
        Map<Language, String> texts = new LinkedHashMap<>();
        // Raw legacy text: the reader converts it to the content markup (HTML, entities, escapes).
        languages.forEach(l -> texts.put(l, text));
        return LocalizedText.of(texts);
    }
}
