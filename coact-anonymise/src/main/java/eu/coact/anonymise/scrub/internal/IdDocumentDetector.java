package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity-document and tax numbers with a check character: Spanish DNI ({@code 12345678Z},
 * {@code 12.345.678-Z}) and NIE ({@code X1234567L}), the German tax id (11 digits, often
 * {@code 12 345 678 901}) and German identity-card number ({@code T220001293}). Only numbers
 * whose check character is right are reported. Every pattern is tried only where a run of
 * digits starts.
 */
final class IdDocumentDetector implements Detector {

    private static final Pattern DNI =
            Pattern.compile("(\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})[ -]?([A-Za-z])(?![\\p{L}\\p{N}])");
    private static final Pattern NIE = Pattern.compile("([XYZxyz])[ -]?(\\d{7})[ -]?([A-Za-z])(?![\\p{L}\\p{N}])");
    private static final Pattern STEUER_ID =
            Pattern.compile("([1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3})(?![\\p{L}\\p{N}]|[.,/-]\\d)");
    private static final String CARD_LETTERS = "CFGHJKLMNPRTVWXYZ";
    private static final int WINDOW = 20;

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        Matcher dni = DNI.matcher(text);
        Matcher nie = NIE.matcher(text);
        Matcher steuer = STEUER_ID.matcher(text);
        int cardTokenEnd = -1;
        for (int i = Chars.nextDigit(text, 0); i >= 0; i = Chars.nextDigit(text, Chars.digitRunEnd(text, i))) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean freeStart = !Character.isLetterOrDigit(before);
            if (freeStart
                    && before != '.'
                    && before != '-'
                    && dni.region(i, Math.min(n, i + WINDOW)).lookingAt()
                    && Checksums.dni(dni.group(1).replace(".", ""), dni.group(2).charAt(0))) {
                out.add(new Span(i, dni.end(), IdentifierKind.ID_DOCUMENT));
            }
            int nieStart = "XYZxyz".indexOf(before) >= 0
                    ? i - 1
                    : (before == ' ' || before == '-') && i >= 2 && "XYZxyz".indexOf(text.charAt(i - 2)) >= 0
                            ? i - 2
                            : -1;
            if (nieStart >= 0
                    && !Chars.isLetterOrDigit(text, nieStart - 1)
                    && nie.region(nieStart, Math.min(n, nieStart + WINDOW)).lookingAt()
                    && Checksums.nie(
                            nie.group(1).charAt(0), nie.group(2), nie.group(3).charAt(0))) {
                out.add(new Span(nieStart, nie.end(), IdentifierKind.ID_DOCUMENT));
            }
            if (freeStart
                    && ".,/+-".indexOf(before) < 0
                    && steuer.region(i, Math.min(n, i + WINDOW)).lookingAt()
                    && Checksums.steuerId(steuer.group(1).replace(" ", ""))) {
                out.add(new Span(i, steuer.end(), IdentifierKind.ID_DOCUMENT));
            }
            if (i >= cardTokenEnd) {
                cardTokenEnd = card(text, i, out);
            }
        }
    }

    /** Checks the upper-case token around a digit as a German card number; returns its end. */
    private static int card(String text, int digit, List<Span> out) {
        int start = digit;
        while (start > 0 && isCardChar(text.charAt(start - 1))) {
            start--;
        }
        int end = digit;
        while (end < text.length() && isCardChar(text.charAt(end))) {
            end++;
        }
        if (end - start == 10
                && !Chars.isLetterOrDigit(text, start - 1)
                && !Chars.isLetterOrDigit(text, end)
                && CARD_LETTERS.indexOf(text.charAt(start)) >= 0
                && allCardAlphabet(text, start, end)
                && Chars.isDigit(text.charAt(end - 1))
                && hasDigit(text, start + 1, end - 1)
                && Checksums.germanIdCard(text.substring(start, end))) {
            out.add(new Span(start, end, IdentifierKind.ID_DOCUMENT));
        }
        return end;
    }

    private static boolean isCardChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean allCardAlphabet(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Chars.isDigit(c) && CARD_LETTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Chars.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
