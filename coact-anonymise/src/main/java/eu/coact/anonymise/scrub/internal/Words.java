package eu.coact.anonymise.scrub.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How gazetteer entries and texts are cut into words and compared: runs of letters and digits,
 * compared without case and without accents ("Núria" matches "Nuria").
 */
public final class Words {

    private Words() {
    }

    /**
     * The comparison form of a word: lower case, accents removed.
     *
     * @param word a word
     * @return its key
     */
    public static String key(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 128) {
                String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
                StringBuilder out = new StringBuilder(decomposed.length());
                for (int j = 0; j < decomposed.length(); j++) {
                    char c = decomposed.charAt(j);
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return lower;
    }

    /**
     * The words of an entry, as comparison keys.
     *
     * @param entry a gazetteer entry such as {@code Carrer de Verdi}
     * @return its word keys
     */
    public static List<String> keys(String entry) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        while (i < entry.length()) {
            if (Character.isLetterOrDigit(entry.charAt(i))) {
                int start = i;
                while (i < entry.length() && Character.isLetterOrDigit(entry.charAt(i))) {
                    i++;
                }
                keys.add(key(entry.substring(start, i)));
            } else {
                i++;
            }
        }
        return keys;
    }
}
