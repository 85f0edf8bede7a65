package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses: with a scheme or {@code www.}, or a bare domain under a common top-level
 * domain (e.g. {@code t.me/someone}, {@code example.cat}).
 */
final class UrlDetector implements Detector {

    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@./-])(?:(?i:https?|ftp)://[^\\s<>\"]+|(?i:www)\\.[^\\s<>\"]+"
                    + "|(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\\.)+"
                    + "(?:com|org|net|es|cat|de|eu|info|io|me|uk|fr|it|edu|gov|at|ch|ly|gl|be|nl|pt)"
                    + "(?![\\p{L}\\p{N}@-])(?:[/?#][^\\s<>\"]*)?)");

    @Override
    public void find(String text, List<Span> out) {
        if (text.indexOf('.') < 0) {
            return;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = Chars.trimTrailingPunctuation(text, m.start(), m.end());
            if (end > m.start()) {
                out.add(new Span(m.start(), end, IdentifierKind.URL));
            }
        }
    }
}
