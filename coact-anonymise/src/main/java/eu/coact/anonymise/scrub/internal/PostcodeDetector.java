package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes where the text shows they are part of an address, so that other five-digit numbers
 * ("12000 personas") stay: after a cue word ({@code CP}, {@code codi postal}, {@code PLZ},
 * {@code postcode}, ...), after a country prefix ({@code D-}, {@code E-}), after a comma and
 * before a capitalised word ({@code ..., 08012 Barcelona}), or before a place of the gazetteer.
 * British postcodes ({@code SW1A 1AA}) have a shape of their own and need no cue. Only runs of
 * digits are looked at.
 */
final class PostcodeDetector implements Detector {

    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:c\\.\\s?p\\.|cp|codi postal|código postal|codigo postal|postcode|post code"
                    + "|zip(?: code)?|plz|postleitzahl)[:\\s]{1,3}(?:(?:is|es|és|ist|lautet|era|was)[:\\s]{1,3})?$");
    private static final Pattern BRITISH =
            Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}])");
    private static final int CUE_REACH = 32;

    private final Predicate<String> isPlace;

    PostcodeDetector(Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    @Override
    public void find(String text, List<Span> out) {
        Matcher cue = CUE_BEFORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        Matcher british = BRITISH.matcher(text);
        int n = text.length();
        for (int i = Chars.nextDigit(text, 0); i >= 0; i = Chars.nextDigit(text, Chars.digitRunEnd(text, i))) {
            int end = Chars.digitRunEnd(text, i);
            britishAround(text, i, british, out);
            if (end - i != 5 || Chars.isLetterOrDigit(text, end)) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (before == '-'
                    && i >= 2
                    && (text.charAt(i - 2) == 'D' || text.charAt(i - 2) == 'E')
                    && !Chars.isLetterOrDigit(text, i - 3)) {
                out.add(new Span(i, end, IdentifierKind.POSTCODE));
                continue;
            }
            if (Character.isLetterOrDigit(before) || ".,/-".indexOf(before) >= 0) {
                continue;
            }
            if (cue.region(Math.max(0, i - CUE_REACH), i).find()) {
                out.add(new Span(i, end, IdentifierKind.POSTCODE));
                continue;
            }
            String word = capitalisedWordAfter(text, end, n);
            if (word != null && !text.startsWith("00", i) && (afterComma(text, i) || isPlace.test(word))) {
                out.add(new Span(i, end, IdentifierKind.POSTCODE));
            }
        }
    }

    /** A British postcode whose first digit is at {@code digit}: one or two letters before it. */
    private static void britishAround(String text, int digit, Matcher british, List<Span> out) {
        for (int letters = 1; letters <= 2; letters++) {
            int start = digit - letters;
            if (start < 0 || !upper(text.charAt(start))) {
                return;
            }
            if (!Chars.isLetterOrDigit(text, start - 1)
                    && british.region(start, Math.min(text.length(), start + 9)).lookingAt()) {
                out.add(new Span(start, british.end(), IdentifierKind.POSTCODE));
                return;
            }
        }
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The capitalised word after some spaces, or null. */
    private static String capitalisedWordAfter(String text, int from, int n) {
        int i = from;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == from || i >= n || !Character.isUpperCase(text.charAt(i))) {
            return null;
        }
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
            i++;
        }
        return i - start >= 2 ? text.substring(start, i) : null;
    }

    private static boolean afterComma(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',' && i < start - 1;
    }
}
