package eu.coact.content.legacy.internal;

import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Telegram HTML of legacy texts into the content markup: {@code <b>}/{@code <strong>}
 * become {@code **bold**}, {@code <i>}/{@code <em>} {@code _italic_}, {@code <a href="https://…">}
 * {@code [label](https://…)}, {@code <br>} a line break; HTML entities become their characters;
 * characters that are markup in the new format but were ordinary text in the old one are escaped
 * with a backslash. Nothing else of the HTML reaches the result: a tag it cannot carry over is
 * dropped (its text kept) and reported.
 */
public final class LegacyMarkup {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]{1,10})((?:\\s+[^<>]*)?)/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Pattern HREF = Pattern.compile("\\s*href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*");
    private static final String MARKUP = "*_[]()\\";
    private static final String DROPPED_LINK = "a without address";
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00a0"),
            Map.entry("hellip", "…"),
            Map.entry("ndash", "–"),
            Map.entry("mdash", "—"),
            Map.entry("laquo", "«"),
            Map.entry("raquo", "»"),
            Map.entry("euro", "€"),
            Map.entry("middot", "·"),
            Map.entry("copy", "©"),
            Map.entry("rsquo", "’"),
            Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"),
            Map.entry("ldquo", "“"),
            Map.entry("iexcl", "¡"),
            Map.entry("iquest", "¿"));

    /**
     * A text in the content markup and what could not be carried over.
     *
     * @param text   the converted text
     * @param issues one sentence per thing dropped or repaired, for a warning
     */
    public record Converted(String text, List<String> issues) {
        /** Copies the issues. */
        public Converted {
            issues = List.copyOf(issues);
        }
    }

    private LegacyMarkup() {}

    /** Converts one legacy text. */
    public static Converted convert(String html) {
        List<String> issues = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        String href = null;
        int linkStart = -1;
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            out.append(text(html.substring(at, tag.start()), issues));
            at = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            String mark = switch (name) {
                case "b", "strong" -> "**";
                case "i", "em" -> "_";
                case "a", "br" -> name;
                default -> null;
            };
            if (mark == null) {
                issues.add("the HTML tag <" + tag.group(1) + name + "> has no counterpart in the content markup and "
                        + "was dropped (its text is kept)");
            } else if (name.equals("br")) {
                out.append('\n');
            } else if (name.equals("a") && !closing) {
                Matcher link = HREF.matcher(tag.group(3));
                String url = link.matches() ? (link.group(1) != null ? link.group(1) : link.group(2)) : "";
                url = decodeAll(url);
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    href = url;
                    linkStart = out.length();
                    open.push("a");
                } else {
                    issues.add("the link target '" + url + "' is not an http or https address; only its label is kept");
                    open.push(DROPPED_LINK);
                }
            } else if (name.equals("a")) {
                if (!open.isEmpty() && open.peek().equals("a")) {
                    open.pop();
                    closeLink(out, linkStart, href);
                } else if (!open.isEmpty() && open.peek().equals(DROPPED_LINK)) {
                    open.pop();
                }
            } else if (!closing) {
                open.push(mark);
                out.append(mark);
            } else if (!open.isEmpty() && open.peek().equals(mark)) {
                open.pop();
                closeMark(out, mark);
            } else {
                issues.add("the closing tag </" + name + "> has no opening tag; it was dropped");
            }
        }
        out.append(text(html.substring(at), issues));
        while (!open.isEmpty()) {
            String mark = open.pop();
            if (mark.equals(DROPPED_LINK)) {
                continue;
            }
            issues.add("an HTML tag was never closed; its formatting runs to the end of the text");
            if (mark.equals("a")) {
                closeLink(out, linkStart, href);
            } else {
                closeMark(out, mark);
            }
        }
        return new Converted(out.toString(), issues);
    }

    /**
     * Converts every translation of a legacy text, reporting what could not be carried over once
     * per issue as a {@code legacy-html} warning at {@code at}.
     */
    public static LocalizedText convert(LocalizedText text, String at, NodeReader in) {
        Map<Language, String> converted = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        text.asMap().forEach((language, value) -> {
            Converted c = convert(value);
            converted.put(language, c.text());
            c.issues().stream()
                    .filter(reported::add)
                    .forEach(issue -> in.warning("legacy-html", "In the " + language + " text, " + issue + ".", at));
        });
        return LocalizedText.of(converted);
    }

    /** {@code [label](url)}; a link without a label shows its address. */
    private static void closeLink(StringBuilder out, int start, String href) {
        String label = out.substring(start);
        out.setLength(start);
        StringBuilder shown = new StringBuilder();
        if (label.isBlank()) {
            escape(href, shown);
        }
        out.append('[')
                .append(label.isBlank() ? shown : label)
                .append("](")
                .append(href.replace("(", "%28").replace(")", "%29").replace(" ", "%20"))
                .append(')');
    }

    /** An attribute's text with its entities decoded (unknown ones kept). */
    private static String decodeAll(String raw) {
        Matcher entity = ENTITY.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String decoded = decode(entity.group(1));
            entity.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? entity.group() : decoded));
        }
        entity.appendTail(out);
        return out.toString();
    }

    /** Closes a mark, dropping it whole when nothing was marked (an empty {@code <b></b>}). */
    private static void closeMark(StringBuilder out, String mark) {
        if (out.length() >= mark.length()
                && out.substring(out.length() - mark.length()).equals(mark)) {
            out.setLength(out.length() - mark.length());
        } else {
            out.append(mark);
        }
    }

    /** Plain text between tags: entities decoded, markup characters escaped. */
    private static String text(String raw, List<String> issues) {
        StringBuilder out = new StringBuilder();
        Matcher entity = ENTITY.matcher(raw);
        int at = 0;
        while (entity.find()) {
            escape(raw.substring(at, entity.start()), out);
            at = entity.end();
            String body = entity.group(1);
            String decoded = decode(body);
            if (decoded == null) {
                issues.add("the HTML entity &" + body + "; is not known; it is kept as written");
                escape(entity.group(), out);
            } else {
                escape(decoded, out);
            }
        }
        escape(raw.substring(at), out);
        return out.toString();
    }

    private static String decode(String body) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int code = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            if (!Character.isValidCodePoint(code)
                    || (code >= 0xD800 && code <= 0xDFFF)
                    || code == 0
                    || (Character.isISOControl(code) && code != '\n' && code != '\t')) {
                return null;
            }
            return new String(Character.toChars(code));
        }
        return NAMED.get(body);
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
    }
}
