package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, including non-ASCII letters in the local part and domain. */
final class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63}"
                    + "@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?"
                    + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)*\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])");

    @Override
    public void find(String text, List<Span> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), IdentifierKind.EMAIL));
        }
    }
}
