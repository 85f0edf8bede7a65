package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Web addresses: with a scheme ({@code https://}) or {@code www.}, or a bare lower-case domain
 * under a common top-level domain (e.g. {@code t.me/someone}, {@code example.cat}). Found from
 * the dots of the text, so prose without dots costs nothing.
 */
final class UrlDetector implements Detector {

    private static final Set<String> TOP_LEVEL = Set.of(
            "com", "org", "net", "es", "cat", "de", "eu", "info", "io", "me", "uk", "fr", "it", "edu", "gov", "at",
            "ch", "ly", "gl", "be", "nl", "pt");
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp");

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        int coveredTo = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot < coveredTo) {
                continue;
            }
            int start = urlStart(text, dot);
            if (start < 0) {
                continue;
            }
            int end = start;
            while (end < n && !isUrlStop(text.charAt(end))) {
                end++;
            }
            if (!startsWithScheme(text, start) && !text.regionMatches(true, start, "www.", 0, 4)) {
                end = bareDomainEnd(text, dot, end);
                if (end < 0) {
                    continue;
                }
            }
            end = Chars.trimTrailingPunctuation(text, start, end);
            if (end > dot + 1) {
                out.add(new Span(start, end, IdentifierKind.URL));
                coveredTo = end;
            }
        }
    }

    /** Where the address that contains this dot starts, or -1 when the dot is not in one. */
    private static int urlStart(String text, int dot) {
        int i = dot;
        while (i > 0 && isHostChar(text.charAt(i - 1))) {
            i--;
        }
        if (i == dot) {
            return -1;
        }
        // "https://host..." : the host is preceded by the scheme.
        if (i >= 3 && text.startsWith("://", i - 3)) {
            int s = i - 3;
            while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            String scheme = text.substring(s, i - 3).toLowerCase(Locale.ROOT);
            boolean bounded = s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1));
            return SCHEMES.contains(scheme) && bounded ? s : -1;
        }
        if (i > 0) {
            char before = text.charAt(i - 1);
            if (Character.isLetterOrDigit(before)
                    || before == '@'
                    || before == '/'
                    || before == '.'
                    || before == '-'
                    || before == '_') {
                return -1;
            }
        }
        return i;
    }

    private static boolean startsWithScheme(String text, int start) {
        for (int k = start + 3; k <= start + 5 && k + 3 <= text.length(); k++) {
            if (text.startsWith("://", k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For an address without scheme or {@code www.}: the end when the host, in lower case, ends
     * with a known top-level domain; -1 otherwise.
     */
    private static int bareDomainEnd(String text, int firstDot, int limit) {
        int hostEnd = firstDot;
        while (hostEnd < limit && isHostChar(text.charAt(hostEnd))) {
            hostEnd++;
        }
        int lastDot = text.lastIndexOf('.', hostEnd - 1);
        if (lastDot < firstDot || lastDot + 1 >= hostEnd) {
            return -1;
        }
        String top = text.substring(lastDot + 1, hostEnd);
        if (!TOP_LEVEL.contains(top)) {
            return -1;
        }
        for (int i = bareStart(text, firstDot); i < hostEnd; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                return -1;
            }
        }
        if (hostEnd < text.length()) {
            char after = text.charAt(hostEnd);
            if (after == '@' || after == '-' || Character.isLetterOrDigit(after)) {
                return -1;
            }
            if (after == '/' || after == '?' || after == '#') {
                return limit;
            }
        }
        return hostEnd;
    }

    private static int bareStart(String text, int dot) {
        int i = dot;
        while (i > 0 && isHostChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private static boolean isUrlStop(char c) {
        return Character.isWhitespace(c) || c == '<' || c == '>' || c == '"';
    }
}
