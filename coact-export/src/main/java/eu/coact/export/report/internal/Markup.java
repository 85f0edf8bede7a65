package eu.coact.export.report.internal;

/** Escaping of text for HTML content and attribute values. */
final class Markup {

    private Markup() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A label cut to fit a chart's label column; the full text stays in the data table. */
    static String fit(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "\u2026";
    }
}
