package eu.coact.anonymise.scrub.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How gazetteer entries and texts are cut into words and compared: runs of letters and digits,
 * compared without case and without accents ("Núria" matches "Nuria"). Folding is done one
 * character at a time through a table, so scanning a text allocates nothing for words that
 * cannot match.
 */
public final class Words {

    private static final char FIRST_FOLDED = '\u00c0';
    private static final char LAST_FOLDED = '\u024f';
    private static final char[] FOLD = new char[LAST_FOLDED - FIRST_FOLDED + 1];

    static {
        for (char c = FIRST_FOLDED; c <= LAST_FOLDED; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLD[c - FIRST_FOLDED] = Character.toLowerCase(decomposed.charAt(0));
        }
    }

    private Words() {}

    /**
     * One character as compared: lower case, without its accent for Latin letters.
     *
     * @param c a character
     * @return its folded form
     */
    public static char fold(char c) {
        if (c < FIRST_FOLDED) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c <= LAST_FOLDED) {
            return FOLD[c - FIRST_FOLDED];
        }
        return Character.toLowerCase(c);
    }

    /**
     * The hash of the folded form of {@code text[start, end)}, equal to
     * {@code key(text.substring(start, end)).hashCode()}.
     *
     * @param text  the text
     * @param start first character
     * @param end   one past the last
     * @return the hash
     */
    public static int foldedHash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h;
    }

    /**
     * The comparison form of a word: every character folded.
     *
     * @param word a word
     * @return its key
     */
    public static String key(CharSequence word) {
        char[] out = new char[word.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(word.charAt(i));
        }
        return new String(out);
    }

    /**
     * The words of an entry, as comparison keys.
     *
     * @param entry a gazetteer entry such as {@code Carrer de Verdi}
     * @return its word keys
     */
    public static List<String> keys(String entry) {
        String composed = Normalizer.normalize(entry, Normalizer.Form.NFC);
        List<String> keys = new ArrayList<>();
        int i = 0;
        while (i < composed.length()) {
            if (Character.isLetterOrDigit(composed.charAt(i))) {
                int start = i;
                while (i < composed.length() && Character.isLetterOrDigit(composed.charAt(i))) {
                    i++;
                }
                keys.add(key(composed.substring(start, i)));
            } else {
                i++;
            }
        }
        return keys;
    }
}
