package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes where the text shows they are part of an address, so that other five-digit numbers
 * ("12000 personas") stay: after a cue word ({@code CP}, {@code codi postal}, {@code PLZ},
 * {@code postcode}, ...), after a country prefix ({@code D-}, {@code E-}), after a comma and
 * before a capitalised word ({@code ..., 08012 Barcelona}), or before a place of the gazetteer.
 * British postcodes ({@code SW1A 1AA}) have a shape of their own and need no cue.
 */
final class PostcodeDetector implements Detector {

    private static final Pattern CUED = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:c\\.\\s?p\\.|cp|codi postal|código postal|codigo postal|postcode|post code"
                    + "|zip(?: code)?|plz|postleitzahl)[:\\s]{1,3}(?:(?:is|es|és|ist|lautet|era|was)[:\\s]{1,3})?"
                    + "(\\d{5})(?![\\p{L}\\p{N}])");
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\p{L}\\p{N}])[DE]-(\\d{5})(?![\\p{L}\\p{N}])");
    private static final Pattern BEFORE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/-])(\\d{5})(?=\\s+(\\p{Lu}[\\p{L}'-]+))");
    private static final Pattern BRITISH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR) ?\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}])");

    private final Predicate<String> isPlace;

    PostcodeDetector(Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    @Override
    public void find(String text, List<Span> out) {
        Matcher m = CUED.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(1), m.end(1), IdentifierKind.POSTCODE));
        }
        m = PREFIXED.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(1), m.end(1), IdentifierKind.POSTCODE));
        }
        m = BEFORE_WORD.matcher(text);
        while (m.find()) {
            if (m.group(1).startsWith("00")) {
                continue;
            }
            if (afterComma(text, m.start(1)) || isPlace.test(m.group(2))) {
                out.add(new Span(m.start(1), m.end(1), IdentifierKind.POSTCODE));
            }
        }
        m = BRITISH.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), IdentifierKind.POSTCODE));
        }
    }

    private static boolean afterComma(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',' && i < start - 1;
    }
}
