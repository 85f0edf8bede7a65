package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Placeholder;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * A legacy message's {@code display} templates as fills: value maps and answers, per-language
 * templates ({@code gen-ca}, {@code gen-es}, ...) merged into one, texts in the content markup,
 * case values written as the block's answer values are. Templates are matched, never evaluated.
 */
final class LegacyDisplay {

    private final NodeReader in;
    private final List<Language> languages;
    private final BlockFacts facts;
    private final BinaryOperator<String> value;

    /**
     * A reader of one block's templates.
     *
     * @param value the answer value as the study writes it, given the variable and the legacy value
     */
    LegacyDisplay(NodeReader in, List<Language> languages, BlockFacts facts, BinaryOperator<String> value) {
        this.in = in;
        this.languages = languages;
        this.facts = facts;
        this.value = value;
    }

    /** The fills of a message's {@code display} templates; what is code is reported, never evaluated. */
    Map<String, Placeholder> fills(JsonNode node, String at) {
        Map<String, Placeholder> fills = new LinkedHashMap<>();
        Map<String, Map<Language, Placeholder>> perLanguage = new LinkedHashMap<>();
        in.map(
                node,
                at,
                "the display templates",
                (n, p) -> in.text(n, p, "a template").flatMap(template -> {
                    String key = p.substring(p.lastIndexOf('/') + 1);
                    Optional<Language> language = languages.stream()
                            .filter(l -> key.endsWith("-" + l.tag()))
                            .findFirst();
                    Optional<Placeholder> placeholder = DisplayTemplates.parse(
                            template, language.map(List::of).orElse(languages), facts::variableOf);
                    if (placeholder.isEmpty()) {
                        in.error(
                                "unsupported-display",
                                "This template is not a pass-through '{name}' or a chain of "
                                        + "\"'text' if '{answer}' == 'value' else ...\"; it is code and is never evaluated. Rewrite it "
                                        + "as a value map ('fill').",
                                p);
                    } else if (language.isPresent()) {
                        String name = key.substring(
                                0, key.length() - language.get().tag().length() - 1);
                        perLanguage
                                .computeIfAbsent(name, k -> new LinkedHashMap<>())
                                .put(language.get(), renamed(placeholder.get(), p));
                    } else {
                        fills.put(key, renamed(placeholder.get(), p));
                    }
                    return placeholder;
                }));
        perLanguage.forEach((name, byLanguage) -> DisplayTemplates.merge(byLanguage)
                .ifPresentOrElse(
                        merged -> fills.put(name, merged),
                        () -> in.error(
                                "unsupported-display",
                                "The per-language templates of '{" + name + "}' do not read "
                                        + "the same answer in the same way; write them as one value map ('fill').",
                                at)));
        return fills;
    }

    /** A value map whose case values follow the block's answer values (drift unified). */
    private Placeholder renamed(Placeholder placeholder, String at) {
        if (!(placeholder instanceof Placeholder.ValueMap map)) {
            return placeholder;
        }
        Map<String, LocalizedText> cases = new LinkedHashMap<>();
        map.cases()
                .forEach((written, text) ->
                        cases.put(value.apply(map.variable(), written), LegacyMarkup.convert(text, at, in)));
        return new Placeholder.ValueMap(
                map.variable(), cases, map.otherwise().map(t -> LegacyMarkup.convert(t, at, in)));
    }
}
