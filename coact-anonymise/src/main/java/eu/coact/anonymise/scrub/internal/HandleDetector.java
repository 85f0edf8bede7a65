package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Social-media handles: {@code @} and 2 to 30 letters, digits, {@code _} or inner dots. */
final class HandleDetector implements Detector {

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\\p{L}\\p{N}_@])");

    @Override
    public void find(String text, List<Span> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), IdentifierKind.HANDLE));
        }
    }
}
