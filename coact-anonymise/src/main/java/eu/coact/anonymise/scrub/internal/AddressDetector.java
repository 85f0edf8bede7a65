package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses with a house number, by the shape each language gives them:
 * <ul>
 *   <li>Catalan, Spanish, Italian: street type, optional particle, capitalised name, number
 *       ({@code carrer de Mallorca 401}, {@code C/ Verdi, 24}, {@code Calle Mayor nº 5},
 *       {@code via Roma 10});</li>
 *   <li>English: number, capitalised name, street type ({@code 221B Baker Street});</li>
 *   <li>French: number, street type, optional particle, name ({@code 12 bis rue de la Paix});</li>
 *   <li>German: a street word ending in {@code -straße}, {@code -weg}, {@code -platz}, ... or a
 *       separate {@code Straße}, then the number ({@code Hauptstraße 5a}, {@code Berliner Str. 12}).</li>
 * </ul>
 * The name must start with a capital letter, which keeps ordinary phrases ("via email 2 times")
 * out. Floors and doors after the number are not included.
 */
final class AddressDetector implements Detector {

    /** A capitalised word of a street name ("Mallorca", "Sant", "L'Hospitalet", "Sa"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}";
    /** Words that join the parts of a name ("Carrer del Pare Miquel de la Roca"). */
    private static final String JOIN = "(?:de|del|dels|de la|de les|de los|de las|d'|l'|la|les|el|i|y|della|delle|"
            + "dei|degli|di|del|da|dal|e|des|du|de l'|von|der|zu|am|an)";

    private static final String NAME = NAME_WORD + "(?:\\s(?:" + JOIN + "\\s?)?" + NAME_WORD + "){0,4}";
    /** A house number, with a letter only when written against it ("17a"): "112 i" is "112 and". */
    private static final String NUMBER = "\\d{1,4}(?:[A-Za-z](?![\\p{L}\\p{N}]))?(?:\\s?(?:bis|ter)\\b)?";

    private static final Pattern TYPE_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:carrer|c/|c\\.|avinguda|avgda\\.|av\\.|avda\\.|passeig|pg\\.|pl\\.|plaça|rambla|"
                    + "ronda|travessera|passatge|ptge\\.|camí|carretera|calle|avenida|paseo|plaza|pza\\.|camino|"
                    + "travesía|glorieta|pasaje|via|viale|piazza|piazzale|p\\.zza|corso|largo|vicolo|strada|"
                    + "lungomare)"
                    + "\\s?(?:" + JOIN + "\\s?)?" + NAME
                    + ",?\\s(?:(?i:núm\\.|núm|num\\.|n\\.º|nº|n\\.|número|numero|n°|no\\.|no)\\s?)?" + NUMBER
                    + "(?![\\p{L}\\p{N}])");

    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s" + NAME
            + "\\s(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|square|crescent|terrace|"
            + "court|gardens|boulevard|blvd|row|grove|mews|hill|walk|parade)(?![\\p{L}\\p{N}])");

    private static final Pattern FRENCH =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|[A-Za-z](?![\\p{L}])))?,?\\s"
                    + "(?i:rue|avenue|boulevard|bd|place|chemin|allée|allee|impasse|quai|route|cours|passage)"
                    + "\\s(?:(?:de la|de l'|du|des|de|d')\\s?)?" + NAME + "(?![\\p{L}\\p{N}])");

    private static final Pattern GERMAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]{0,40}?(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|"
                    + "ufer|chaussee|steig|pfad)|\\p{Lu}\\p{L}{1,30}(?:er|sche|scher)\\s(?:Straße|Strasse|Str\\.|Weg|"
                    + "Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee))\\s?" + "\\d{1,4}(?:[a-z](?![\\p{L}]))?"
                    + "(?:\\s?-\\s?\\d{1,4})?(?![\\p{L}\\p{N}])");

    /** Words that start a street type (abbreviations without their dot or slash). */
    private static final Set<String> TYPE_WORDS = Set.of(
            "carrer",
            "c",
            "avinguda",
            "avgda",
            "av",
            "avda",
            "passeig",
            "pg",
            "pl",
            "plaça",
            "rambla",
            "ronda",
            "travessera",
            "passatge",
            "ptge",
            "camí",
            "carretera",
            "calle",
            "avenida",
            "paseo",
            "plaza",
            "pza",
            "camino",
            "travesía",
            "glorieta",
            "pasaje",
            "via",
            "viale",
            "piazza",
            "piazzale",
            "p",
            "corso",
            "largo",
            "vicolo",
            "strada",
            "lungomare");

    private static final String TYPE_INITIALS = "acgloprstv";
    private static final int LONGEST_TYPE_WORD = 10;
    /** The type words by length, to compare in place without making a string of every word. */
    private static final String[][] TYPE_WORDS_BY_LENGTH = byLength(TYPE_WORDS);

    private static final List<String> GERMAN_STREET_ENDINGS = List.of(
            "straße",
            "strasse",
            "str",
            "weg",
            "gasse",
            "platz",
            "allee",
            "ring",
            "damm",
            "ufer",
            "chaussee",
            "steig",
            "pfad");
    private static final List<String> GERMAN_ADJECTIVE_ENDINGS = List.of("er", "sche", "scher");
    private static final List<String> GERMAN_TYPES =
            List.of("Straße", "Strasse", "Str.", "Weg", "Gasse", "Platz", "Allee", "Ring", "Damm", "Ufer", "Chaussee");
    /** No address is longer; a pattern is only tried on this much text from where it may start. */
    private static final int WINDOW = 160;

    /**
     * Tries each pattern only where it can start — a street-type word, a capitalised German
     * street word, a number at the start of a word — so the cost stays linear in the text.
     */
    @Override
    public void find(String text, List<Span> out) {
        if (Chars.nextDigit(text, 0) < 0) {
            return;
        }
        Matcher typeFirst = TYPE_FIRST.matcher(text).useTransparentBounds(true);
        Matcher english = ENGLISH.matcher(text).useTransparentBounds(true);
        Matcher french = FRENCH.matcher(text).useTransparentBounds(true);
        Matcher german = GERMAN.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || Chars.isLetterOrDigit(text, i - 1)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (Chars.isDigit(c)) {
                // A house number (up to 4 digits and a letter), then a word: "221B Baker", "12 rue".
                int next = end < n && text.charAt(end) == ',' ? end + 1 : end;
                if (end - i <= 5
                        && next + 1 < n
                        && text.charAt(next) == ' '
                        && Character.isLetter(text.charAt(next + 1))) {
                    if (Character.isUpperCase(text.charAt(next + 1))) {
                        tryAt(english, i, n, out);
                    }
                    tryAt(french, i, n, out);
                }
            } else {
                if (end - i <= LONGEST_TYPE_WORD
                        && TYPE_INITIALS.indexOf(Character.toLowerCase(c)) >= 0
                        && isTypeWord(text, i, end)) {
                    tryAt(typeFirst, i, n, out);
                }
                if (Character.isUpperCase(c) && mayStartGermanStreet(text, end)) {
                    tryAt(german, i, n, out);
                }
            }
            i = end;
        }
    }

    private static boolean isTypeWord(String text, int start, int end) {
        for (String word : TYPE_WORDS_BY_LENGTH[end - start]) {
            if (text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byLength(Set<String> words) {
        String[][] out = new String[LONGEST_TYPE_WORD + 1][];
        for (int length = 0; length <= LONGEST_TYPE_WORD; length++) {
            int l = length;
            out[length] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
        return out;
    }

    /** "…straße", "…weg", … or an adjective ("Berliner") followed by "Straße", "Weg", …. */
    private static boolean mayStartGermanStreet(String text, int wordEnd) {
        if ("egrzmdfßEGRZMDF".indexOf(text.charAt(wordEnd - 1)) < 0) {
            return false;
        }
        for (String ending : GERMAN_STREET_ENDINGS) {
            if (endsWith(text, wordEnd, ending)) {
                return true;
            }
        }
        if (wordEnd < text.length() && text.charAt(wordEnd) == ' ') {
            for (String ending : GERMAN_ADJECTIVE_ENDINGS) {
                if (endsWith(text, wordEnd, ending)) {
                    for (String type : GERMAN_TYPES) {
                        if (text.startsWith(type, wordEnd + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean endsWith(String text, int end, String ending) {
        return end >= ending.length() && text.regionMatches(true, end - ending.length(), ending, 0, ending.length());
    }

    private static void tryAt(Matcher m, int start, int length, List<Span> out) {
        m.region(start, Math.min(length, start + WINDOW));
        if (m.lookingAt()) {
            out.add(new Span(m.start(), m.end(), IdentifierKind.ADDRESS));
        }
    }
}
