package eu.coact.examples.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the content's simple formatting ({@code *bold*}, {@code _italic_}) in Telegram's HTML
 * parse mode. Everything else is escaped, so authored text can never be read as markup: a stray
 * {@code <}, {@code &} or unmatched {@code *} shows as written. The marks are recognised as the
 * console channel recognises them, except that italic never spans part of a bold stretch. The web
 * chat shows the same HTML, so a message reads alike on both channels.
 */
public final class TelegramMarkup {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    // Italic text never holds a bold mark, so the two can nest but never cross: Telegram rejects crossed tags.
    private static final Pattern ITALIC =
            Pattern.compile("(?<![\\p{L}\\p{N}])_([^_\\n\u0001\u0002]+)_(?![\\p{L}\\p{N}])");
    private static final Pattern INTERNAL = Pattern.compile("[\u0001-\u0004]");

    private TelegramMarkup() {
    }

    /**
     * The text in Telegram HTML.
     *
     * @param text authored text with simple formatting
     * @return HTML with only {@code <b>} and {@code <i>} tags and escaped text
     */
    public static String html(String text) {
        // Marks become private control characters first (escaping never touches them), then the text
        // is escaped and they become tags. Authored text cannot contain them: they are dropped.
        String bold = replace(BOLD, INTERNAL.matcher(text).replaceAll(""), "\u0001", "\u0002");
        String both = replace(ITALIC, bold, "\u0003", "\u0004");
        return escape(both).replace("\u0001", "<b>").replace("\u0002", "</b>").replace("\u0003", "<i>")
                .replace("\u0004", "</i>");
    }

    /**
     * The text without formatting marks, for places that take no markup.
     *
     * @param text authored text with simple formatting
     * @return the plain text
     */
    public static String plain(String text) {
        String bold = replace(BOLD, INTERNAL.matcher(text).replaceAll(""), "\u0001", "\u0002");
        return INTERNAL.matcher(replace(ITALIC, bold, "\u0003", "\u0004")).replaceAll("");
    }

    /**
     * Cuts a text too long for one Telegram message into pieces of at most {@code limit}
     * characters, at line breaks where possible, else at spaces. A mark never spans a line, so
     * cutting at line breaks keeps formatting whole.
     *
     * @param text  authored text
     * @param limit the most characters per piece
     * @return the pieces in order; the separators cut at are dropped
     */
    static List<String> pieces(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                // One unbroken run of characters: cut it, but never between the halves of a surrogate pair.
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

    private static String replace(Pattern pattern, String text, String open, String close) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(open + m.group(1) + close));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
