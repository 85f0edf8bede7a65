package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, including non-ASCII letters in the local part and domain. The pattern is
 * tried only where the text has an {@code @}, from the start of the word before it.
 */
final class EmailDetector implements Detector {

    private static final int MAX_LOCAL = 64;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63}"
            + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])");

    @Override
    public void find(String text, List<Span> out) {
        Matcher m = null;
        int n = text.length();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL + 1 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && isLocalChar(text.charAt(start - 1))) {
                continue;
            }
            while (start < at && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            if (start == at) {
                continue;
            }
            if (m == null) {
                m = EMAIL.matcher(text);
            }
            m.region(start, Math.min(n, at + 256));
            if (m.lookingAt()) {
                out.add(new Span(start, m.end(), IdentifierKind.EMAIL));
            }
        }
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
