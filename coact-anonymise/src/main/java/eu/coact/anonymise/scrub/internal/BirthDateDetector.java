package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that the text says are a date of birth: a full date, numeric or with the month written
 * out, with a birth cue in Catalan, Spanish, English or German shortly before it ("vaig néixer
 * el", "nací el", "born on", "Geburtsdatum:") or, as German puts it, shortly after ("am ...
 * geboren"). Other dates (appointments, events) are left alone: they are not direct
 * identifiers. Dates are looked for only where a run of digits starts; cues only near a date.
 */
final class BirthDateDetector implements Detector {

    private static final String MONTHS = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre|gener|febrer|març|maig|juny|juliol|agost|setembre|novembre|desembre"
            + "|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember)";
    private static final Pattern DATE_AT_DIGIT = Pattern.compile("(?iu)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:\\.|º|st|nd|rd|th)?\\s+(?:de\\s+|d')?" + MONTHS
            + "(?:,?\\s+(?:de\\s+|del\\s+)?\\d{4})?)(?![\\p{L}\\p{N}])");
    private static final Pattern DATE_AT_MONTH =
            Pattern.compile("(?iu)" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:born|date of birth|birth date|dob"
            + "|d\\.o\\.b\\.|birthday|nac[ií]|naci[oó]|nacid[oa]|fecha de nacimiento|cumpleaños"
            + "|vaig néixer|va néixer|nascud[ao]|nascut|data de naixement|aniversari"
            + "|geboren|geb\\.|geburtsdatum|geburtstag)(?!\\p{L})[^.\\n\\d]{0,25}$");
    private static final Pattern CUE_AFTER =
            Pattern.compile("(?iu)[^.\\n\\d]{0,15}?(?<!\\p{L})(?:geboren|born)(?!\\p{L})");
    private static final java.util.Set<String> MONTH_NAMES =
            java.util.Set.of(MONTHS.substring(3, MONTHS.length() - 1).split("\\|"));
    private static final int CUE_REACH = 50;
    private static final int DATE_REACH = 40;

    @Override
    public void find(String text, List<Span> out) {
        int n = text.length();
        Matcher atDigit = DATE_AT_DIGIT.matcher(text);
        Matcher atMonth = DATE_AT_MONTH.matcher(text);
        Matcher before = CUE_BEFORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(true);
        Matcher after = CUE_AFTER.matcher(text).useTransparentBounds(true);
        int i = Chars.nextDigit(text, 0);
        while (i >= 0) {
            int start = -1;
            int end = -1;
            if (!Chars.isLetterOrDigit(text, i - 1)
                    && atDigit.region(i, Math.min(n, i + DATE_REACH)).lookingAt()) {
                start = i;
                end = atDigit.end();
            } else {
                int monthStart = monthWordBefore(text, i);
                if (monthStart >= 0
                        && atMonth.region(monthStart, Math.min(n, monthStart + DATE_REACH))
                                .lookingAt()) {
                    start = monthStart;
                    end = atMonth.end();
                }
            }
            if (start >= 0
                    && (before.region(Math.max(0, start - CUE_REACH), start).find()
                            || after.region(end, Math.min(n, end + 25)).lookingAt())) {
                out.add(new Span(start, end, IdentifierKind.DATE_OF_BIRTH));
                i = Chars.nextDigit(text, end);
            } else {
                i = Chars.nextDigit(text, Chars.digitRunEnd(text, i));
            }
        }
    }

    /** The start of a month name right before the digits ("March 3"), or -1. */
    private static int monthWordBefore(String text, int digit) {
        int end = digit;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end == digit || end - start < 3) {
            return -1;
        }
        return MONTH_NAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) ? start : -1;
    }
}
