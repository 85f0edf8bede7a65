package eu.coact.examples.serve;

import eu.coact.content.FormattedText;

/**
 * The content markup as the web chat shows it: {@link FormattedText#html()} for text that parses
 * (validated content always does), and the text exactly as written, escaped, for text that does
 * not — so nothing a message holds can ever be read as HTML.
 */
final class WebMarkup {

    private WebMarkup() {}

    /** The HTML fragment of a text in the content markup. */
    static String html(String markup) {
        return parse(markup).html();
    }

    /** The plain text of a text in the content markup, e.g. for a button label. */
    static String plain(String markup) {
        return parse(markup).plainText();
    }

    private static FormattedText parse(String markup) {
        return FormattedText.parse(markup, (code, message) -> {}).orElseGet(() -> FormattedText.literal(markup));
    }
}
