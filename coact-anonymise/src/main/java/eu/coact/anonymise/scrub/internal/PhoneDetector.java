package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers, by scanning digit groups rather than by a regular expression (which would
 * backtrack badly on long digit runs):
 * <ul>
 *   <li>international: {@code +} or {@code 00}, then 8 to 15 digits;</li>
 *   <li>Spanish: 9 digits starting with 6, 7, 8 or 9 ({@code 612 34 56 78}, {@code 93 123 45 67});</li>
 *   <li>German: 10 to 12 digits starting with 0 ({@code 030 1234567}, {@code (0151) 2345 6789}).</li>
 * </ul>
 * Groups may be separated by one space, dot, hyphen or slash; the country or area code may be in
 * parentheses ({@code (+34) 612 345 678}, {@code (93) 123 45 67}, {@code +49 (0)30 1234567}); and
 * a number may be spelled out digit by digit ({@code 6 1 2 3 4 5 6 7 8}), which is told apart
 * from a count ("7 8 9 10 11") because every group then has one digit and the digits do not
 * simply count up or down.
 */
final class PhoneDetector implements Detector {

    private static final int MAX_DIGITS = 15;
    /** No phone number has more groups; the cap keeps scanning linear on long digit runs. */
    private static final int MAX_GROUPS = 18;

    private static final java.util.regex.Pattern DATE_START =
            java.util.regex.Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}(?!\\d)");

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        int i = 0;
        List<Integer> groupEnds = new ArrayList<>();
        while (i < n) {
            char c = text.charAt(i);
            boolean plus = c == '+' && i + 1 < n && Chars.isDigit(text.charAt(i + 1));
            boolean paren = c == '(' && i + 1 < n && (Chars.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '+');
            if ((plus || paren || Chars.isDigit(c)) && !startsInsideToken(text, i)) {
                groupEnds.clear();
                int end = scan(text, i, groupEnds);
                int accepted = -1;
                // The whole run, or else the longest run of whole groups: two numbers written
                // one after the other ("612 345 678 699 887 766") are two numbers.
                for (int k = groupEnds.size() - 1; k >= 0 && end > i; k--) {
                    if (accept(text, i, groupEnds.get(k))) {
                        accepted = groupEnds.get(k);
                        break;
                    }
                }
                if (accepted > 0) {
                    out.add(new Span(i, accepted, IdentifierKind.PHONE));
                    i = accepted;
                } else {
                    // Try again after the first group: "12.03.1985 612345678" holds a number.
                    i = groupEnds.isEmpty() ? Math.max(end, i + 1) : groupEnds.get(0);
                }
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
        return Chars.isWordChar(before)
                || before == '+'
                || before == '.'
                || before == ','
                || before == '/'
                || before == '-'
                || before == '€'
                || before == '$'
                || before == '#';
    }

    /**
     * The end of a run of digit groups with single separators, not counting a trailing one;
     * {@code groupEnds} receives the end of every group (a candidate end of a number).
     */
    private static int scan(String text, int start, List<Integer> groupEnds) {
        int n = text.length();
        int i = start;
        if (text.charAt(i) == '+') {
            i++;
        }
        int lastDigitEnd = -1;
        boolean openParen = false;
        boolean separatorBefore = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.isDigit(c)) {
                lastDigitEnd = i + 1;
                separatorBefore = false;
            } else if (c == '(' && !openParen && (separatorBefore || i == start)) {
                openParen = true;
                separatorBefore = false;
            } else if (c == '+' && openParen && i == start + 1) {
                separatorBefore = false;
            } else if (c == ')' && openParen) {
                openParen = false;
                lastDigitEnd = i + 1;
                separatorBefore = false;
            } else if ((c == ' ' || c == '.' || c == '-' || c == '/') && !separatorBefore && lastDigitEnd > 0) {
                if (!openParen) {
                    groupEnds.add(lastDigitEnd);
                    if (groupEnds.size() == MAX_GROUPS) {
                        break;
                    }
                }
                separatorBefore = true;
            } else {
                break;
            }
            i++;
        }
        if (lastDigitEnd < 0 || openParen) {
            groupEnds.clear();
            return -1;
        }
        // A number glued to a word ("612345678abc") is not a phone number.
        if (Chars.wordAfter(text, lastDigitEnd)) {
            groupEnds.clear();
            return -1;
        }
        if (groupEnds.isEmpty() || groupEnds.get(groupEnds.size() - 1) != lastDigitEnd) {
            groupEnds.add(lastDigitEnd);
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
        if (count < 8 || count > MAX_DIGITS + 2 || hasSingleDigitGroup(text, start, end)) {
            return false;
        }
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
        return count == 9
                && (lead == '6' || lead == '7' || lead == '8' || lead == '9')
                && !looksLikeAmount(text, start, end);
    }

    /**
     * Phone numbers are written in groups of two or more digits; only a country code may be a
     * single digit ({@code +1 212 555 0100}). A run like "7 8 9 10 11 12" is a count.
     */
    private static boolean hasSingleDigitGroup(String text, int start, int end) {
        int at = text.charAt(start) == '(' ? start + 1 : start;
        boolean international = text.charAt(at) == '+' || text.startsWith("00", at);
        int group = 0;
        int groups = 0;
        int singles = 0;
        boolean misplacedSingle = false;
        for (int i = start; i <= end; i++) {
            if (i < end && Chars.isDigit(text.charAt(i))) {
                group++;
            } else if (group > 0) {
                groups++;
                // "+49 (0)30 ...": the trunk prefix in parentheses is not a group of its own.
                boolean trunk = i < end && text.charAt(i) == ')' && i >= 2 && text.charAt(i - 2) == '(';
                boolean countryCode = international && groups == 1 || trunk;
                if (group == 1 && !countryCode) {
                    singles++;
                    misplacedSingle = true;
                }
                group = 0;
            }
        }
        int spelledGroups = international ? groups - 1 : groups;
        boolean spelledOut = singles >= spelledGroups && spelledGroups >= 8 && !countsUpOrDown(text, start, end);
        return misplacedSingle && !spelledOut;
    }

    /** "1 2 3 4 5 6 7 8 9" or "9 8 7 6 5 4 3 2 1" is counting, not a number. */
    private static boolean countsUpOrDown(String text, int start, int end) {
        int previous = -1;
        int step = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Chars.isDigit(c)) {
                continue;
            }
            if (previous >= 0) {
                int d = c - previous;
                if (Math.abs(d) != 1 || (step != 0 && d != step)) {
                    return false;
                }
                step = d;
            }
            previous = c;
        }
        return true;
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
