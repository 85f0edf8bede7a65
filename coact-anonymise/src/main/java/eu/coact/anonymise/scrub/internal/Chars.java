package eu.coact.anonymise.scrub.internal;

/** Character classes shared by the detectors. */
final class Chars {

    private Chars() {
    }

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
}
