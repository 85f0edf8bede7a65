package eu.coact.export.datapackage;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Regular expressions for Table Schema {@code pattern} constraints that mean the same in every
 * engine a Frictionless tool may use: XML Schema (what the specification names), JavaScript and
 * Python, and Java's. Java's {@code Pattern.quote} ({@code \Q…\E}) is read as the letters
 * {@code Q} and {@code E} by JavaScript and rejected by XML Schema, so literals are escaped one
 * character at a time here, with only the escapes all of them share; anchors are never written
 * because XML Schema patterns are anchored already and read {@code ^} and {@code $} as letters.
 * Where the values are finite, prefer an {@code enum} ({@link Constraints#andOneOf}).
 */
public final class PortableRegex {

    /** Characters every engine reads as syntax and accepts after a backslash. */
    private static final String ESCAPED = "\\|.?*+(){}[]^";

    private PortableRegex() {}

    /**
     * A regular expression that matches exactly this text.
     *
     * @param text any text
     * @return the expression; {@code $} is written as the class {@code [$]}, since {@code \$} is
     *         not an XML Schema escape
     */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (c == '$') {
                out.append("[$]");
            } else if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A regular expression for one or more of these values joined by a separator, e.g. the codes
     * of a multiple-choice answer {@code a,c}.
     *
     * @param values    the values allowed, at least one
     * @param separator what joins them, e.g. {@code ","}
     * @return the expression
     */
    public static String listOf(Collection<String> values, String separator) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a list pattern needs at least one value");
        }
        String one = values.stream().map(PortableRegex::literal).collect(Collectors.joining("|", "(", ")"));
        return one + "(" + literal(separator) + one + ")*";
    }
}
