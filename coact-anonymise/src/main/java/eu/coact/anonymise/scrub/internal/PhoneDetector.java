package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;

/**
 * Phone numbers, by scanning digit groups rather than by a regular expression (which would
 * backtrack badly on long digit runs):
 * <ul>
 *   <li>international: {@code +} or {@code 00}, then 8 to 15 digits;</li>
 *   <li>Spanish: 9 digits starting with 6, 7, 8 or 9 ({@code 612 34 56 78}, {@code 93 123 45 67});</li>
 *   <li>German: 10 to 12 digits starting with 0 ({@code 030 1234567}, {@code (0151) 2345 6789}).</li>
 * </ul>
 * Groups may be separated by one space, dot, hyphen or slash, and the area code may be in
 * parentheses.
 */
final class PhoneDetector implements Detector {

    private static final int MAX_DIGITS = 15;
    private static final java.util.regex.Pattern DATE_START =
            java.util.regex.Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?!\\d)");

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean plus = c == '+' && i + 1 < n && Chars.isDigit(text.charAt(i + 1));
            boolean paren = c == '(' && i + 1 < n && text.charAt(i + 1) == '0';
            if ((plus || paren || Chars.isDigit(c)) && !startsInsideToken(text, i)) {
                int end = scan(text, i);
                if (end > i && accept(text, i, end)) {
                    out.add(new Span(i, end, IdentifierKind.PHONE));
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
    }

    private static boolean startsInsideToken(String text, int i) {
        if (i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return Chars.isWordChar(before) || before == '+' || before == '.' || before == ',' || before == '/'
                || before == '-' || before == '€' || before == '$' || before == '#';
    }

    /** The end of a run of digit groups with single separators, not counting a trailing one. */
    private static int scan(String text, int start) {
        int n = text.length();
        int i = start;
        if (text.charAt(i) == '+') {
            i++;
        }
        int digits = 0;
        int lastDigitEnd = -1;
        boolean openParen = false;
        boolean separatorBefore = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
                if (digits > MAX_DIGITS + 2) {
                    return -1;
                }
                lastDigitEnd = i + 1;
                separatorBefore = false;
            } else if (c == '(' && !openParen && (separatorBefore || i == start)) {
                openParen = true;
                separatorBefore = false;
            } else if (c == ')' && openParen) {
                openParen = false;
                lastDigitEnd = i + 1;
                separatorBefore = false;
            } else if ((c == ' ' || c == '.' || c == '-' || c == '/') && !separatorBefore && digits > 0) {
                separatorBefore = true;
            } else {
                break;
            }
            i++;
        }
        if (lastDigitEnd < 0 || openParen) {
            return -1;
        }
        // A number glued to a word ("612345678abc") is not a phone number.
        if (Chars.wordAfter(text, lastDigitEnd)) {
            return -1;
        }
        return lastDigitEnd;
    }

    private static boolean accept(String text, int start, int end) {
        if (DATE_START.matcher(text).region(start, end).lookingAt()) {
            return false;
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                digits.append(c);
            }
        }
        int count = digits.length();
        char first = text.charAt(start) == '(' ? text.charAt(start + 1) : text.charAt(start);
        // Country codes never start with 0.
        if (first == '+') {
            return count >= 8 && count <= MAX_DIGITS && digits.charAt(0) != '0';
        }
        if (digits.charAt(0) == '0' && digits.length() > 2 && digits.charAt(1) == '0') {
            return count - 2 >= 8 && count - 2 <= MAX_DIGITS && digits.charAt(2) != '0';
        }
        if (digits.charAt(0) == '0') {
            return count >= 10 && count <= 12 && digits.charAt(1) != '0';
        }
        char lead = digits.charAt(0);
        return count == 9 && (lead == '6' || lead == '7' || lead == '8' || lead == '9') && !looksLikeAmount(text, start, end);
    }

    /** "612.345.678 €" or a thousands-grouped figure is an amount, not a phone number. */
    private static boolean looksLikeAmount(String text, int start, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && "€$£%".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        return text.regionMatches(true, i, "euro", 0, 4) || text.regionMatches(true, i, "eur ", 0, 4);
    }
}
