package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.Map;

/**
 * IBANs, written compactly or in groups of four, reported only when the ISO 13616 check
 * digits are right. The length is known for the countries most likely in a study; for others,
 * the longest valid prefix between 15 and 34 characters is taken. Candidates are the places
 * where two letters are followed by two digits.
 */
final class IbanDetector implements Detector {

    private static final int MIN_DIGITS = 10;
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("ES", 24),
            Map.entry("DE", 22),
            Map.entry("AD", 24),
            Map.entry("FR", 27),
            Map.entry("IT", 27),
            Map.entry("PT", 25),
            Map.entry("GB", 22),
            Map.entry("NL", 18),
            Map.entry("BE", 16),
            Map.entry("AT", 20),
            Map.entry("CH", 21),
            Map.entry("IE", 22),
            Map.entry("LU", 20),
            Map.entry("PL", 28),
            Map.entry("SE", 24),
            Map.entry("DK", 18));

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        int i = Chars.nextDigit(text, 2);
        while (i >= 0) {
            int start = i - 2;
            if (i + 1 < n
                    && Chars.isDigit(text.charAt(i + 1))
                    && asciiLetter(text.charAt(i - 1))
                    && asciiLetter(text.charAt(start))
                    && freeStart(text, start)) {
                int end = match(text, start);
                if (end > 0) {
                    out.add(new Span(start, end, IdentifierKind.IBAN));
                    i = Chars.nextDigit(text, end);
                    continue;
                }
            }
            i = Chars.nextDigit(text, Chars.digitRunEnd(text, i));
        }
    }

    /** Not inside a word, a handle ("@ab20...") or an address. */
    private static boolean freeStart(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isLetterOrDigit(before) && "@_./#-".indexOf(before) < 0;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The end of a valid IBAN starting at {@code start}, or -1. */
    private static int match(String text, int start) {
        StringBuilder compact = new StringBuilder(34);
        int[] endAfter = new int[35];
        int i = start;
        int n = text.length();
        boolean space = false;
        while (i < n && compact.length() < 34) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                compact.append(Character.toUpperCase(c));
                endAfter[compact.length()] = i + 1;
                space = false;
            } else if ((c == ' ' || c == '-') && !space && compact.length() >= 4) {
                space = true;
            } else {
                break;
            }
            i++;
        }
        if (compact.length() < 15) {
            return -1;
        }
        Integer known = LENGTHS.get(compact.substring(0, 2));
        if (known != null) {
            return fits(text, compact, endAfter, known) ? endAfter[known] : -1;
        }
        for (int length = compact.length(); length >= 15; length--) {
            if (fits(text, compact, endAfter, length)) {
                return endAfter[length];
            }
        }
        return -1;
    }

    /**
     * A candidate of this length is an IBAN when its check digits are right, it ends at a word
     * boundary, it has at least {@value #MIN_DIGITS} digits (European IBANs are mostly digits;
     * words that happen to pass mod 97 are not) and its letters are all of one case.
     */
    private static boolean fits(String text, StringBuilder compact, int[] endAfter, int length) {
        if (compact.length() < length || Chars.wordAfter(text, endAfter[length])) {
            return false;
        }
        return enoughDigits(compact, length)
                && oneCase(text, endAfter[1] - 1, endAfter[length])
                && Checksums.iban(compact.subSequence(0, length));
    }

    private static boolean enoughDigits(StringBuilder compact, int length) {
        int digits = 0;
        for (int i = 0; i < length; i++) {
            if (Chars.isDigit(compact.charAt(i))) {
                digits++;
            }
        }
        return digits >= MIN_DIGITS;
    }

    private static boolean oneCase(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return !(upper && lower);
    }
}
