package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that the text says are a date of birth: a cue in Catalan, Spanish, English or German
 * ("vaig néixer", "nací", "born", "geboren", "date of birth", ...) followed within a few words
 * by a full date, numeric or with the month written out. Other dates (appointments, events)
 * are left alone: they are not direct identifiers.
 */
final class BirthDateDetector implements Detector {

    private static final String MONTHS = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre|gener|febrer|març|maig|juny|juliol|agost|setembre|novembre|desembre"
            + "|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember)";
    private static final String NUMERIC = "\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d)";
    private static final String DAY_MONTH = "\\d{1,2}(?:\\.|º|st|nd|rd|th)?\\s+(?:de\\s+|d')?" + MONTHS
            + "(?:,?\\s+(?:de\\s+|del\\s+)?\\d{4})?(?!\\p{L})";
    private static final String MONTH_DAY = MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)";
    private static final String CUE = "(?:born|date of birth|birth date|dob|d\\.o\\.b\\.|birthday"
            + "|nac[ií]|naci[oó]|nacid[oa]|fecha de nacimiento|cumpleaños"
            + "|vaig néixer|va néixer|nascud[ao]|nascut|data de naixement|aniversari"
            + "|geboren|geb\\.|geburtsdatum|geburtstag)";
    private static final String DATE = "(" + NUMERIC + "|" + DAY_MONTH + "|" + MONTH_DAY + ")";
    // The cue before the date ("nací el ..."), or after it, as German puts it ("am ... geboren").
    private static final Pattern BIRTH_DATE = Pattern.compile(
            "(?iu)(?<!\\p{L})" + CUE + "(?!\\p{L})[^.\\n\\d]{0,25}?" + DATE
                    + "|(?<![\\p{L}\\p{N}])" + DATE + "[^.\\n\\d]{0,15}?(?<!\\p{L})(?:geboren|born)(?!\\p{L})");

    /** How far before a date its cue may start. */
    private static final int LOOK_BACK = 60;
    private static final int LOOK_AHEAD = 60;

    @Override
    public void find(String text, List<Span> out) {
        // Every date has a digit and digits are rare in prose: the pattern runs only in a window
        // around each run of digits, not over the whole text.
        int n = text.length();
        int covered = 0;
        Matcher m = BIRTH_DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && Chars.isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            if (i >= covered) {
                m.region(Math.max(covered, i - LOOK_BACK), Math.min(n, runEnd + LOOK_AHEAD));
                while (m.find()) {
                    int group = m.start(1) >= 0 ? 1 : 2;
                    if (m.end(group) >= runEnd) {
                        out.add(new Span(m.start(group), m.end(group), IdentifierKind.DATE_OF_BIRTH));
                        covered = Math.max(covered, m.end(group));
                    }
                }
            }
            i = Math.max(runEnd, covered);
        }
    }
}
