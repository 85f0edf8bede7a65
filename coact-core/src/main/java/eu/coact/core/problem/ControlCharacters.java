package eu.coact.core.problem;

/**
 * Makes text from an input safe to show on a terminal or in a log: every control character
 * (C0, DEL, C1 — among them ESC, which starts terminal escape sequences), every bidirectional
 * override or isolate, and the Unicode line and paragraph separators are written as a visible
 * {@code \}{@code uXXXX}, so a key or value in a file a person wrote can neither move the cursor, clear
 * the screen, reorder what is shown nor start a line of its own (e.g. a forged "No problems found").
 *
 * <p>This is the one escaping rule of the SDK: problems apply it to their messages and renderings,
 * and the {@code coact} command to every line it prints.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /**
     * True for a character that must not reach a terminal as it is.
     *
     * @param c a UTF-16 code unit
     * @return whether {@link #escape(CharSequence)} rewrites it
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * The text on one line: every unsafe character, line breaks and tabs included, escaped.
     *
     * @param text any text, possibly from an input
     * @return the text with unsafe characters as {@code \}{@code uXXXX}; the same string when there were none
     */
    public static String escape(CharSequence text) {
        return escape(text, false);
    }

    /**
     * The text with its line breaks and tabs kept, for multi-line output that is already meant
     * to span lines (a conversation, a summary); everything else unsafe is escaped, carriage
     * returns included, so that no line can overwrite another.
     *
     * @param text any text, possibly from an input
     * @return the text with unsafe characters other than LF and TAB escaped
     */
    public static String escapeKeepingLines(CharSequence text) {
        return escape(text, true);
    }

    private static String escape(CharSequence text, boolean keepLines) {
        int first = firstUnsafe(text, keepLines);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (mustEscape(c, keepLines)) {
                out.append("\\u").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(CharSequence text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            if (mustEscape(text.charAt(i), keepLines)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mustEscape(char c, boolean keepLines) {
        return isUnsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
    }
}
