package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Social-media handles: {@code @} and 2 to 30 letters, digits, {@code _} or inner dots. */
final class HandleDetector implements Detector {

    private static final Pattern HANDLE =
            Pattern.compile("@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\\p{L}\\p{N}_@])");

    @Override
    public void find(String text, List<Span> out) {
        Matcher m = null;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0) {
                char before = text.charAt(at - 1);
                if (Character.isLetterOrDigit(before)
                        || before == '_'
                        || before == '@'
                        || before == '.'
                        || before == '/'
                        || before == ']') {
                    continue;
                }
            }
            if (m == null) {
                m = HANDLE.matcher(text);
            }
            m.region(at, Math.min(text.length(), at + 40));
            if (m.lookingAt()) {
                out.add(new Span(at, m.end(), IdentifierKind.HANDLE));
            }
        }
    }
}
