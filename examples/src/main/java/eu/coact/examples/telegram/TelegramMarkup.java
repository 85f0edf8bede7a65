package eu.coact.examples.telegram;

import eu.coact.content.FormattedText;
import eu.coact.content.FormattedText.Bold;
import eu.coact.content.FormattedText.Italic;
import eu.coact.content.FormattedText.LineBreak;
import eu.coact.content.FormattedText.Link;
import eu.coact.content.FormattedText.Plain;
import eu.coact.content.FormattedText.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the content markup ({@link FormattedText}: {@code **bold**}, {@code _italic_},
 * {@code [label](https://…)}, line breaks) in Telegram's HTML parse mode: {@code <b>},
 * {@code <i>} and {@code <a href>}, with every {@code <}, {@code >} and {@code &} of the text
 * escaped (and {@code "} in an address), so authored text can never be read as other markup.
 * Validated content always parses; text that does not (never validated) is shown as written.
 */
final class TelegramMarkup {

    private TelegramMarkup() {}

    /**
     * The text in Telegram HTML.
     *
     * @param markup text in the content markup
     * @return HTML with only {@code <b>}, {@code <i>} and {@code <a href>} tags and escaped text
     */
    static String html(String markup) {
        return html(parse(markup).spans());
    }

    /**
     * The text without formatting, for places that take no markup (button labels, the length of a caption).
     *
     * @param markup text in the content markup
     * @return the plain text
     */
    static String plain(String markup) {
        return parse(markup).plainText();
    }

    /**
     * Cuts a text too long for one Telegram message into pieces of at most {@code limit}
     * characters as the participant reads them, at line breaks where possible, else between
     * formatted parts, else at spaces; formatting is never cut in two except inside one part
     * longer than a whole message, which then goes out plain.
     *
     * @param markup text in the content markup
     * @param limit  the most characters per piece
     * @return the pieces in order, each in the content markup; the line breaks and spaces cut at are dropped
     */
    static List<String> pieces(String markup, int limit) {
        List<String> pieces = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int length = 0;
        for (List<Span> line : lines(parse(markup).spans())) {
            int lineLength = length(line);
            if (!current.isEmpty() && length + 1 + lineLength <= limit) {
                current.add(LineBreak.INSTANCE);
                current.addAll(line);
                length += 1 + lineLength;
                continue;
            }
            if (!current.isEmpty() || length > 0) {
                pieces.add(markupOf(current));
                current = new ArrayList<>();
                length = 0;
            }
            if (lineLength <= limit) {
                current.addAll(line);
                length = lineLength;
            } else {
                pieces.addAll(longLine(line, limit));
            }
        }
        if (!current.isEmpty() || pieces.isEmpty()) {
            pieces.add(markupOf(current));
        }
        return pieces;
    }

    private static List<String> longLine(List<Span> line, int limit) {
        List<String> pieces = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int length = 0;
        for (Span span : line) {
            int spanLength = length(List.of(span));
            if (length + spanLength <= limit) {
                add(current, span);
                length += spanLength;
                continue;
            }
            if (!current.isEmpty()) {
                pieces.add(markupOf(current));
                current = new ArrayList<>();
                length = 0;
            }
            if (spanLength <= limit) {
                add(current, span);
                length = spanLength;
            } else {
                for (String cut : cutPlain(plainOf(span), limit)) {
                    pieces.add(FormattedText.escape(cut));
                }
            }
        }
        if (!current.isEmpty()) {
            pieces.add(markupOf(current));
        }
        return pieces;
    }

    /** Plain text cut at spaces, or anywhere but between the halves of a surrogate pair. */
    private static List<String> cutPlain(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            } else {
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
        }
        pieces.add(rest);
        return pieces;
    }

    private static List<List<Span>> lines(List<Span> spans) {
        List<List<Span>> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof LineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(span);
            }
        }
        lines.add(line);
        return lines;
    }

    private static void add(List<Span> spans, Span span) {
        if (span instanceof Plain plain && !spans.isEmpty() && spans.get(spans.size() - 1) instanceof Plain before) {
            spans.set(spans.size() - 1, new Plain(before.text() + plain.text()));
        } else {
            spans.add(span);
        }
    }

    private static int length(List<Span> spans) {
        return new FormattedText(spans).plainText().length();
    }

    private static String plainOf(Span span) {
        return new FormattedText(List.of(span)).plainText();
    }

    private static String markupOf(List<Span> spans) {
        return new FormattedText(spans).markup();
    }

    private static FormattedText parse(String markup) {
        return FormattedText.parse(markup, (code, message) -> {}).orElseGet(() -> FormattedText.literal(markup));
    }

    private static String html(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Plain p) {
                out.append(escape(p.text(), false));
            } else if (span instanceof Bold b) {
                out.append("<b>").append(html(b.spans())).append("</b>");
            } else if (span instanceof Italic i) {
                out.append("<i>").append(html(i.spans())).append("</i>");
            } else if (span instanceof Link l) {
                out.append("<a href=\"")
                        .append(escape(l.target().toASCIIString(), true))
                        .append("\">")
                        .append(html(l.label()))
                        .append("</a>");
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Telegram's HTML needs {@code < > &} escaped, and {@code "} inside an attribute. */
    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
