package eu.coact.content.authoring.internal;

import eu.coact.content.Message;
import eu.coact.content.Placeholder;
import eu.coact.core.read.SourceDocument;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules about placeholders: every {@code {name}} in a text has a fill, every fill is used and
 * reads an answer of the block or a profile field, and its cases are values of that answer.
 */
final class PlaceholderRules {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,64})\\}");

    private PlaceholderRules() {}

    /**
     * Checks the placeholders of one message.
     *
     * @param profileFields profile fields some block of the study sets, usable as placeholder sources
     */
    static void check(BlockUnderCheck checked, Message message, String at, Set<String> profileFields) {
        Set<String> used = new LinkedHashSet<>();
        for (String text : message.text().asMap().values()) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        for (String name : used) {
            if (!message.fills().containsKey(name)) {
                checked.error(
                        "placeholder-without-source",
                        "The text uses {" + name + "}, but 'fill' does not say where " + "it comes from.",
                        at + "/text");
            }
        }
        message.fills().forEach((name, fill) -> {
            String fillAt = at + "/fill/" + SourceDocument.escape(name);
            if (!used.contains(name)) {
                checked.warning(
                        "unused-fill", "The fill '" + name + "' is not used as {" + name + "} in the text.", fillAt);
            }
            Message source = checked.answeredBy().get(fill.variable());
            if (source == null && !profileFields.contains(fill.variable())) {
                checked.error(
                        "placeholder-without-source",
                        "The fill '" + name + "' reads '" + fill.variable()
                                + "', which no message of this block answers and no block stores in the profile.",
                        fillAt + "/from");
            }
            if (fill instanceof Placeholder.ValueMap map
                    && source != null
                    && !source.options().isEmpty()) {
                Set<String> values = new HashSet<>();
                source.options().forEach(o -> values.add(o.value()));
                for (String value : map.cases().keySet()) {
                    if (!values.contains(value)) {
                        checked.warning(
                                "unknown-fill-value",
                                "'" + value + "' is not a value of '" + fill.variable() + "'.",
                                fillAt + "/cases/" + SourceDocument.escape(value));
                    }
                }
            }
        });
    }
}
