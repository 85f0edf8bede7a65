package eu.coact.content.internal;

import eu.coact.content.FormattedText;
import eu.coact.content.FormattedText.Bold;
import eu.coact.content.FormattedText.Italic;
import eu.coact.content.FormattedText.LineBreak;
import eu.coact.content.FormattedText.Link;
import eu.coact.content.FormattedText.MarkupProblems;
import eu.coact.content.FormattedText.Plain;
import eu.coact.content.FormattedText.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the content markup of {@link FormattedText}. One pass over the text with a
 * stack of open marks: a mark closes only the innermost open one, so marks nest but never cross
 * (which Telegram and HTML would refuse), and whatever is still open at the end is reported where
 * it was opened.
 */
public final class MarkupParser {

    private static final String ESCAPABLE = "*_[]()\\";

    private MarkupParser() {}

    /** What an open mark is. */
    private enum Kind {
        BOLD("**", "bold"),
        ITALIC("_", "italic"),
        LINK("[", "link");

        private final String mark;
        private final String name;

        Kind(String mark, String name) {
            this.mark = mark;
            this.name = name;
        }
    }

    /** An open mark, collecting what it holds. */
    private static final class Frame {
        final Kind kind;
        final int at;
        final List<Span> spans = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Frame(Kind kind, int at) {
            this.kind = kind;
            this.at = at;
        }

        void flush() {
            if (text.length() > 0) {
                add(spans, new Plain(text.toString()));
                text.setLength(0);
            }
        }
    }

    /** See {@link FormattedText#parse}. */
    public static Optional<FormattedText> parse(String markup, MarkupProblems problems) {
        String s = markup.replace("\r\n", "\n");
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(null, 0));
        boolean ok = true;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            Frame top = open.peek();
            if (c == '\\' && i + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                top.text.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '{' && placeholderEnd(s, i) > 0) {
                int end = placeholderEnd(s, i);
                top.text.append(s, i, end + 1);
                i = end + 1;
            } else if (c == '\n') {
                top.flush();
                top.spans.add(LineBreak.INSTANCE);
                i++;
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                ok &= toggle(open, Kind.BOLD, i, s, problems);
                i += 2;
            } else if (c == '*') {
                problems.report(
                        "markup-unknown",
                        "A single * " + where(s, i) + " is no markup: write **bold**, " + "or \\* for a star.");
                ok = false;
                i++;
            } else if (c == '_') {
                ok &= toggle(open, Kind.ITALIC, i, s, problems);
                i++;
            } else if (c == '[') {
                if (open.stream().anyMatch(f -> f.kind == Kind.LINK)) {
                    problems.report(
                            "markup-unbalanced",
                            "A link " + where(s, i) + " starts inside another link's "
                                    + "label; write \\[ for a bracket.");
                    ok = false;
                }
                top.flush();
                open.push(new Frame(Kind.LINK, i));
                i++;
            } else if (c == ']') {
                int next = closeLink(open, s, i, problems);
                ok &= next > 0;
                i = next > 0 ? next : i + 1;
            } else {
                top.text.append(c);
                i++;
            }
        }
        while (open.size() > 1) {
            Frame unclosed = open.pop();
            problems.report(
                    "markup-unbalanced",
                    "The " + unclosed.kind.name + " opened with " + unclosed.kind.mark
                            + " " + where(s, unclosed.at) + " is never closed"
                            + (unclosed.kind == Kind.LINK
                                    ? "; write [label](https://…), or \\[ for a bracket."
                                    : "; close it, or write \\" + unclosed.kind.mark.charAt(0)
                                            + " for the character."));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        Frame root = open.pop();
        root.flush();
        return Optional.of(new FormattedText(root.spans));
    }

    private static boolean toggle(Deque<Frame> open, Kind kind, int at, String s, MarkupProblems problems) {
        Frame top = open.peek();
        if (top.kind == kind) {
            open.pop();
            top.flush();
            if (top.spans.isEmpty()) {
                problems.report("markup-unbalanced", "The " + kind.name + " " + where(s, top.at) + " holds no text.");
                return false;
            }
            Frame parent = open.peek();
            parent.flush();
            parent.spans.add(kind == Kind.BOLD ? new Bold(top.spans) : new Italic(top.spans));
            return true;
        }
        if (open.stream().anyMatch(f -> f.kind == kind)) {
            problems.report(
                    "markup-unbalanced",
                    "The " + kind.name + " closed with " + kind.mark + " " + where(s, at) + " crosses the "
                            + top.kind.name + " opened " + where(s, top.at) + ": close the inner one first.");
            return false;
        }
        top.flush();
        open.push(new Frame(kind, at));
        return true;
    }

    /**
     * Closes a link at its {@code ]}; returns the index after its {@code (address)}, or -1 after
     * reporting why (a faulty link is dropped, so that it is not reported again as unclosed).
     */
    private static int closeLink(Deque<Frame> open, String s, int at, MarkupProblems problems) {
        Frame top = open.peek();
        if (top.kind != Kind.LINK) {
            problems.report(
                    "markup-unbalanced",
                    open.stream().anyMatch(f -> f.kind == Kind.LINK)
                            ? "The ] " + where(s, at) + " closes a link while " + top.kind.name
                                    + " is still open inside it."
                            : "A ] " + where(s, at) + " closes no link; write \\] for a bracket.");
            return -1;
        }
        if (at + 1 >= s.length() || s.charAt(at + 1) != '(') {
            problems.report(
                    "markup-link",
                    "The link label closed " + where(s, at) + " needs its address right "
                            + "after it: [label](https://…); write \\[ and \\] for brackets.");
            open.pop();
            return -1;
        }
        StringBuilder address = new StringBuilder();
        int i = at + 2;
        while (i < s.length() && s.charAt(i) != ')') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
                address.append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                break;
            }
            address.append(c);
            i++;
        }
        if (i >= s.length() || s.charAt(i) != ')') {
            problems.report(
                    "markup-link",
                    "The address of the link " + where(s, top.at) + " has no closing ) " + "(or holds a space).");
            open.pop();
            return -1;
        }
        Optional<URI> target = webAddress(address.toString());
        if (target.isEmpty()) {
            problems.report(
                    "markup-link",
                    "The link " + where(s, top.at) + " leads to '" + address + "', which is "
                            + "not an http or https address.");
            open.pop();
            return -1;
        }
        open.pop();
        top.flush();
        if (top.spans.isEmpty()) {
            problems.report("markup-link", "The link " + where(s, top.at) + " has no label.");
            return -1;
        }
        Frame parent = open.peek();
        parent.flush();
        parent.spans.add(new Link(top.spans, target.get()));
        return i + 1;
    }

    /** True for an absolute http or https address with a host. */
    public static boolean isWebAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private static Optional<URI> webAddress(String text) {
        try {
            URI uri = new URI(text);
            return isWebAddress(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The index of the {@code }} ending a placeholder name at {@code open}, or -1. */
    private static int placeholderEnd(String s, int open) {
        int i = open + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_-.".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i > open + 1 && i < s.length() && s.charAt(i) == '}' ? i : -1;
    }

    private static String where(String s, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "at line " + line + ", column " + column + " of the text";
    }

    private static void add(List<Span> spans, Span span) {
        if (span instanceof Plain plain && !spans.isEmpty() && spans.get(spans.size() - 1) instanceof Plain before) {
            spans.set(spans.size() - 1, new Plain(before.text() + plain.text()));
        } else {
            spans.add(span);
        }
    }

    /** See {@link FormattedText#literal}. */
    public static FormattedText literal(String text) {
        List<Span> spans = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                spans.add(LineBreak.INSTANCE);
            }
            if (!lines[i].isEmpty()) {
                spans.add(new Plain(lines[i]));
            }
        }
        return new FormattedText(spans);
    }

    /** See {@link FormattedText#escape}. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ESCAPABLE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** See {@link FormattedText#plainText}. */
    public static String plainText(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Plain p) {
                out.append(p.text());
            } else if (span instanceof Bold b) {
                out.append(plainText(b.spans()));
            } else if (span instanceof Italic it) {
                out.append(plainText(it.spans()));
            } else if (span instanceof Link l) {
                out.append(plainText(l.label())).append(" (").append(l.target()).append(')');
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** See {@link FormattedText#markup}. */
    public static String markup(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Plain p) {
                out.append(escape(p.text()));
            } else if (span instanceof Bold b) {
                out.append("**").append(markup(b.spans())).append("**");
            } else if (span instanceof Italic it) {
                out.append('_').append(markup(it.spans())).append('_');
            } else if (span instanceof Link l) {
                out.append('[')
                        .append(markup(l.label()))
                        .append("](")
                        .append(escape(l.target().toString()))
                        .append(')');
            } else {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** See {@link FormattedText#html}. */
    public static String html(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Plain p) {
                out.append(escapeHtml(p.text()));
            } else if (span instanceof Bold b) {
                out.append("<strong>").append(html(b.spans())).append("</strong>");
            } else if (span instanceof Italic it) {
                out.append("<em>").append(html(it.spans())).append("</em>");
            } else if (span instanceof Link l) {
                out.append("<a href=\"")
                        .append(escapeHtml(l.target().toASCIIString()))
                        .append("\" rel=\"noopener noreferrer\">")
                        .append(html(l.label()))
                        .append("</a>");
            } else {
                out.append("<br>");
            }
        }
        return out.toString();
    }

    /** Escapes the characters HTML gives a meaning to, in text and in quoted attributes. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
