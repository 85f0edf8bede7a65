package eu.coact.engine.internal;

import eu.coact.content.ContentBlock;
import eu.coact.content.FormattedText;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.Option;
import eu.coact.content.Placeholder;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.engine.channel.Button;
import eu.coact.engine.channel.Outgoing;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns authored messages into what a channel shows, in the participant's language (never
 * another), filling {@code {name}} placeholders from earlier answers and value maps. Texts stay
 * in the content markup for the channel to render; an answer put into a placeholder is escaped,
 * so that nothing a participant typed is read as markup. Only authored text is used: an
 * unfilled placeholder stays as written.
 */
final class Rendering {

    private final List<Language> fallbacks;
    /** Messages without placeholders look the same every time: rendered once per language. */
    private final Map<Message, Rendered[]> cache = new IdentityHashMap<>();

    Rendering(List<Language> fallbacks) {
        this.fallbacks = fallbacks;
    }

    /**
     * A message as sent, with the length of its text (for pacing) and where it comes from.
     *
     * @param message    what the channel shows
     * @param characters the length of the text
     * @param reference  the authored source, {@code block … message …}
     */
    record Rendered(Outgoing message, int characters, String reference) {}

    Rendered rendered(ContentBlock block, Message message, Participant p) {
        int slot = fallbacks.indexOf(p.language);
        if (slot < 0 || !message.fills().isEmpty()) {
            return fresh(block, message, p);
        }
        Rendered[] slots = cache.computeIfAbsent(message, m -> new Rendered[fallbacks.size()]);
        Rendered rendered = slots[slot];
        if (rendered == null) {
            rendered = fresh(block, message, p);
            slots[slot] = rendered;
        }
        return rendered;
    }

    private Rendered fresh(ContentBlock block, Message message, Participant p) {
        Outgoing out = render(message, p);
        return new Rendered(
                out,
                out.text().length(),
                "block " + block.id().value() + " message " + message.id().value());
    }

    String text(LocalizedText text, Language language) {
        // Validation guarantees every study language; an empty text here is a wiring mistake, shown as nothing.
        return text.resolve(language).map(LocalizedText.Translation::text).orElse("");
    }

    Outgoing render(Message message, Participant p) {
        String text = fill(text(message.text(), p.language), message.fills(), p);
        List<Button> buttons = buttons(message.options(), p.language);
        if (message instanceof Media media) {
            String file = text(media.file(), p.language);
            return media.kind() == MediaKind.IMAGE
                    ? new Outgoing.Picture(file, text, text(media.alt(), p.language), buttons)
                    : new Outgoing.Document(file, text);
        }
        if (message instanceof eu.coact.content.SingleChoice choice
                && choice.image().isPresent()) {
            var image = choice.image().get();
            return new Outgoing.Picture(text(image.file(), p.language), text, text(image.alt(), p.language), buttons);
        }
        return new Outgoing.Text(text, buttons);
    }

    List<Button> buttons(List<Option> options, Language language) {
        if (options.isEmpty()) {
            return List.of();
        }
        List<Button> buttons = new ArrayList<>(options.size());
        for (Option option : options) {
            buttons.add(new Button(option.value(), text(option.label(), language)));
        }
        return buttons;
    }

    private String fill(String text, Map<String, Placeholder> fills, Participant p) {
        if (fills.isEmpty() || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            String name = text.substring(open + 1, close);
            Placeholder placeholder = fills.get(name);
            String value = placeholder == null ? null : valueOf(placeholder, p);
            out.append(value == null ? text.substring(open, close + 1) : value);
            i = close + 1;
        }
        return out.toString();
    }

    private String valueOf(Placeholder placeholder, Participant p) {
        String answer = answer(placeholder.variable(), p);
        if (placeholder instanceof Placeholder.ValueMap map) {
            return map.textFor(answer == null ? "" : answer)
                    .map(t -> text(t, p.language))
                    .orElse(null);
        }
        // What a participant typed is shown as typed, never read as markup.
        return answer == null ? null : FormattedText.escape(answer);
    }

    static String answer(String variable, Participant p) {
        String value = p.answers == null ? null : p.answers.get(variable);
        if (value == null && p.profile != null) {
            value = p.profile.get(variable);
        }
        return value;
    }
}
