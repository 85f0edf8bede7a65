package eu.coact.anonymise.scrub.internal;

/** Character classes shared by the detectors. */
final class Chars {

    private Chars() {}

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static boolean wordBefore(String text, int index) {
        return index > 0 && isWordChar(text.charAt(index - 1));
    }

    static boolean wordAfter(String text, int index) {
        return index < text.length() && isWordChar(text.charAt(index));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Trailing punctuation that ends a sentence rather than a URL or address. */
    static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"»…".indexOf(text.charAt(end - 1)) >= 0) {
            char c = text.charAt(end - 1);
            if (c == ')' && text.lastIndexOf('(', end - 1) >= start) {
                break;
            }
            end--;
        }
        return end;
    }

    /** The first digit at or after {@code from}, or -1. */
    static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** One past the last digit of the run starting at {@code start}. */
    static int digitRunEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isLetterOrDigit(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }
}
