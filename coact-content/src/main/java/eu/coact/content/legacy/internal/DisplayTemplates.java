package eu.coact.content.legacy.internal;

import eu.coact.content.Placeholder;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the two shapes of legacy {@code display} templates that have a declarative
 * meaning, and nothing else: the pass-through {@code "{time}"}, and chained conditionals over one
 * earlier answer, {@code "'a' if '{v}' == 'x' else 'b' if '{v}' == 'y' else 'c'"}. The text is
 * matched, never evaluated.
 */
public final class DisplayTemplates {

    private static final Pattern PASS_THROUGH = Pattern.compile("\\s*\\{([\\p{L}\\p{N}_-]{1,64})\\}\\s*");
    private static final Pattern CASE = Pattern.compile(
            "\\s*'([^'\\\\]*)'\\s+if\\s+'\\{([\\p{L}\\p{N}_-]{1,64})\\}'\\s*==\\s*'([^'\\\\]*)'\\s+else\\s+");
    private static final Pattern LAST = Pattern.compile("\\s*'([^'\\\\]*)'\\s*");
    private static final int MOST_CASES = 100;

    private DisplayTemplates() {
    }

    /**
     * The value-map or pass-through placeholder the template means, or empty when it has any
     * other shape.
     *
     * @param template  the legacy template text
     * @param languages the languages the (single-language) texts are used for
     */
    public static Optional<Placeholder> parse(String template, List<Language> languages) {
        Matcher pass = PASS_THROUGH.matcher(template);
        if (pass.matches()) {
            return Optional.of(new Placeholder.Answer(pass.group(1)));
        }
        Map<String, LocalizedText> cases = new LinkedHashMap<>();
        String variable = null;
        int at = 0;
        Matcher m = CASE.matcher(template);
        while (cases.size() <= MOST_CASES && m.find(at) && m.start() == at) {
            if (variable != null && !variable.equals(m.group(2))) {
                return Optional.empty();
            }
            variable = m.group(2);
            cases.putIfAbsent(m.group(3), same(m.group(1), languages));
            at = m.end();
        }
        if (variable == null) {
            return Optional.empty();
        }
        Matcher last = LAST.matcher(template.substring(at));
        if (!last.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Placeholder.ValueMap(variable, cases, Optional.of(same(last.group(1), languages))));
    }

    private static LocalizedText same(String text, List<Language> languages) {
        Map<Language, String> texts = new LinkedHashMap<>();
        // The original templates had no markup of ours: their marks are ordinary characters.
        languages.forEach(l -> texts.put(l, eu.coact.content.FormattedText.escape(text)));
        return LocalizedText.of(texts);
    }
}
