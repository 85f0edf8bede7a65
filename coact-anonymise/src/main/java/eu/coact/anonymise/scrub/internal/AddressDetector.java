package eu.coact.anonymise.scrub.internal;

import eu.coact.anonymise.scrub.IdentifierKind;

import java.util.List;
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
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}|\\d{1,2}(?:\\s?de)?)";
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

    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{1,4}[A-Za-z]?,?\\s" + NAME
                    + "\\s(?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|place|square|crescent|terrace|"
                    + "court|gardens|boulevard|blvd|row|grove|mews|hill|walk|parade)(?![\\p{L}\\p{N}])");

    private static final Pattern FRENCH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{1,4}(?:\\s?(?:bis|ter|[A-Za-z](?![\\p{L}])))?,?\\s"
                    + "(?i:rue|avenue|boulevard|bd|place|chemin|allée|allee|impasse|quai|route|cours|passage)"
                    + "\\s(?:(?:de la|de l'|du|des|de|d')\\s?)?" + NAME + "(?![\\p{L}\\p{N}])");

    private static final Pattern GERMAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]{0,40}?(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|"
                    + "ufer|chaussee|steig|pfad)|\\p{Lu}\\p{L}{1,30}(?:er|sche|scher)\\s(?:Straße|Strasse|Str\\.|Weg|"
                    + "Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee))\\s?" + "\\d{1,4}(?:[a-z](?![\\p{L}]))?"
                    + "(?:\\s?-\\s?\\d{1,4})?(?![\\p{L}\\p{N}])");

    @Override
    public void find(String text, List<Span> out) {
        if (Chars.nextDigit(text, 0) < 0) {
            return;
        }
        for (Pattern pattern : List.of(TYPE_FIRST, ENGLISH, FRENCH, GERMAN)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end(), IdentifierKind.ADDRESS));
            }
        }
    }
}
