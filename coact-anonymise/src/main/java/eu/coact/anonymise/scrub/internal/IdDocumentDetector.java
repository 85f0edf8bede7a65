package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity-document and tax numbers with a check character: Spanish DNI ({@code 12345678Z},
 * {@code 12.345.678-Z}) and NIE ({@code X1234567L}), the German tax id (11 digits, often
 * {@code 12 345 678 901}) and German identity-card number ({@code T220001293}). Only numbers
 * whose check character is right are reported.
 */
final class IdDocumentDetector implements Detector {

    private static final Pattern DNI = Pattern.compile(
            "(?<![\\p{L}\\p{N}.-])(\\d{8}|\\d{2}\\.\\d{3}\\.\\d{3})[ -]?([A-Za-z])(?![\\p{L}\\p{N}])");
    private static final Pattern NIE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([XYZxyz])[ -]?(\\d{7})[ -]?([A-Za-z])(?![\\p{L}\\p{N}])");
    private static final Pattern STEUER_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/+-])([1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3})(?![\\p{L}\\p{N}]|[.,/-]\\d)");
    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d)(?![\\p{L}\\p{N}])");

    @Override
    public void find(String text, List<Span> out) {
        Matcher m = DNI.matcher(text);
        while (m.find()) {
            if (Checksums.dni(m.group(1).replace(".", ""), m.group(2).charAt(0))) {
                out.add(new Span(m.start(), m.end(), IdentifierKind.ID_DOCUMENT));
            }
        }
        m = NIE.matcher(text);
        while (m.find()) {
            if (Checksums.nie(m.group(1).charAt(0), m.group(2), m.group(3).charAt(0))) {
                out.add(new Span(m.start(), m.end(), IdentifierKind.ID_DOCUMENT));
            }
        }
        m = STEUER_ID.matcher(text);
        while (m.find()) {
            if (Checksums.steuerId(m.group(1).replace(" ", ""))) {
                out.add(new Span(m.start(), m.end(), IdentifierKind.ID_DOCUMENT));
            }
        }
        m = ID_CARD.matcher(text);
        while (m.find()) {
            String number = m.group(1);
            if (containsDigitBeforeCheck(number) && Checksums.germanIdCard(number)) {
                out.add(new Span(m.start(), m.end(), IdentifierKind.ID_DOCUMENT));
            }
        }
    }

    /** An all-letter word followed by a digit ("WXYZKLMNP7") is not a card number. */
    private static boolean containsDigitBeforeCheck(String number) {
        for (int i = 1; i < 9; i++) {
            if (Character.isDigit(number.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
