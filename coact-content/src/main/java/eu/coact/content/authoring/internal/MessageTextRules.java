package eu.coact.content.authoring.internal;

import eu.coact.content.FormattedText;
import eu.coact.content.FreeText;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.Option;
import eu.coact.content.Placeholder;
import eu.coact.content.SingleChoice;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.SourceDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules about the texts of a message: a translation in every language the block declares,
 * none empty, none in an undeclared language, the content markup valid, images described.
 */
final class MessageTextRules {

    private MessageTextRules() {}

    /** Checks every text of one message (text, buttons, image, media, skip word, fills). */
    static void check(BlockUnderCheck checked, Message message, String at) {
        if (!(message instanceof Media) || !message.text().isEmpty()) {
            text(checked, message.text(), at + "/text", "text");
            markup(checked, message.text(), at + "/text");
        }
        List<Option> options = message.options();
        for (int i = 0; i < options.size(); i++) {
            text(checked, options.get(i).label(), at + "/options/" + i + "/label", "button label");
            markup(checked, options.get(i).label(), at + "/options/" + i + "/label");
        }
        if (message instanceof SingleChoice choice && choice.image().isPresent()) {
            text(checked, choice.image().get().file(), at + "/image/file", "image file");
            text(checked, choice.image().get().alt(), at + "/image/alt", "alternative text");
        }
        if (message instanceof Media media) {
            text(checked, media.file(), at + "/file", "file");
            if (media.kind() == MediaKind.IMAGE) {
                if (media.alt().isEmpty()) {
                    checked.error(
                            "missing-alt-text",
                            "An image needs alternative text ('alt') in every language, for "
                                    + "participants who cannot see it.",
                            at);
                } else {
                    text(checked, media.alt(), at + "/alt", "alternative text");
                }
            }
        }
        if (message instanceof FreeText free && free.skipWord().isPresent()) {
            text(checked, free.skipWord().get(), at + "/skip-word", "skip word");
        }
        message.fills().forEach((name, fill) -> {
            if (fill instanceof Placeholder.ValueMap map) {
                String fillAt = at + "/fill/" + SourceDocument.escape(name);
                map.cases().forEach((value, text) -> {
                    text(checked, text, fillAt + "/cases/" + SourceDocument.escape(value), "text");
                    markup(checked, text, fillAt + "/cases/" + SourceDocument.escape(value));
                });
                // An 'otherwise' empty in every language is meant: for other answers the text shows nothing.
                map.otherwise()
                        .filter(text -> !text.blank()
                                        .containsAll(checked.block().languages())
                                || !text.missing(checked.block().languages()).isEmpty())
                        .ifPresent(text -> {
                            text(checked, text, fillAt + "/otherwise", "text");
                            markup(checked, text, fillAt + "/otherwise");
                        });
            }
        });
    }

    /** Formatting in the content markup must balance and be known, in every language. */
    private static void markup(BlockUnderCheck checked, LocalizedText text, String at) {
        for (Map.Entry<Language, String> translation : text.asMap().entrySet()) {
            FormattedText.check(
                    translation.getValue(),
                    (code, message) -> checked.error(
                            code,
                            message + " (" + translation.getKey() + ")",
                            at + "/" + translation.getKey().tag()));
        }
    }

    private static void text(BlockUnderCheck checked, LocalizedText text, String at, String what) {
        Set<Language> missing = text.missing(checked.block().languages());
        if (!missing.isEmpty()) {
            checked.error(
                    "missing-translation",
                    "The " + what + " has no translation for " + join(missing) + ", which the block declares.",
                    at);
        }
        for (Language blank : text.blank()) {
            checked.error("empty-text", "The " + what + " in " + blank + " is empty.", at + "/" + blank.tag());
        }
        for (Language language : text.languages()) {
            if (!checked.block().languages().contains(language)) {
                checked.warning(
                        "undeclared-language",
                        "The " + what + " has a translation for " + language + ", which the block does not declare.",
                        at + "/" + language.tag());
            }
        }
    }

    private static String join(Collection<Language> languages) {
        return String.join(", ", languages.stream().map(Language::tag).toList());
    }
}
