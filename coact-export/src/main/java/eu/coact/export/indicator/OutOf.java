package eu.coact.export.indicator;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A count out of a total, simplified the way the study phrased its findings.
 *
 * <p><b>Rounding rules.</b> Let p = count / total.
 * <ul>
 *   <li>p = 0 and p = 1 are said exactly: "0 out of 57", "57 out of 57".</li>
 *   <li>0 &lt; p &lt; 1/20: "fewer than 1 out of 10"; 19/20 &le; p &lt; 1: "more than 9 out of 10".</li>
 *   <li>Otherwise the simplest fraction n/m with m in 2, 3, 4, 5 (tried in that order) whose n
 *   is p·m rounded half up and lies within 2.5 percentage points of p; if there is none, tenths
 *   (p·10 rounded half up, within 5 points), reduced: 5/10 becomes 1/2, 4/10 becomes 2/5.</li>
 * </ul>
 * So 48 of 100 reads "1 out of 2", 31 of 100 "1 out of 3", 36 of 100 "2 out of 5", 28 of 100
 * "3 out of 10". A count or total that disclosure control hid is never phrased: the result is
 * {@link Withheld}.
 */
public sealed interface OutOf
        permits OutOf.Exactly, OutOf.About, OutOf.FewerThanOneInTen, OutOf.MoreThanNineInTen, OutOf.Withheld {

    /** The languages phrases can be rendered in. */
    Set<Language> LANGUAGES = Set.of(
            Language.of("ca"),
            Language.of("es"),
            Language.of("en"),
            Language.of("de"),
            Language.of("it"),
            Language.of("fr"));

    /**
     * The whole count, for none or all: "0 out of 57".
     *
     * @param count the count
     * @param total the total
     */
    record Exactly(long count, long total) implements OutOf {}

    /**
     * A simplified fraction: "1 out of 2".
     *
     * @param numerator   n, at least 1
     * @param denominator m, one of 2, 3, 4, 5, 10, and n/m in lowest terms
     */
    record About(int numerator, int denominator) implements OutOf {}

    /** Below one in twenty: "fewer than 1 out of 10". */
    record FewerThanOneInTen() implements OutOf {}

    /** At least nineteen in twenty but not all: "more than 9 out of 10". */
    record MoreThanNineInTen() implements OutOf {}

    /** The count or the total was hidden by disclosure control; nothing about it is said. */
    record Withheld() implements OutOf {}

    /**
     * The phrase for a published count and total, as they come out of suppression.
     *
     * @param count the count cell
     * @param total the total cell
     * @return the phrase, or {@link Withheld} when either is hidden
     */
    static OutOf of(Cell count, Cell total) {
        if (count instanceof Cell.Shown c && total instanceof Cell.Shown t) {
            return of(c.count(), t.count());
        }
        return new Withheld();
    }

    /**
     * The phrase for a count and total, withheld when the suppression rule calls the count, the
     * total or the rest (total minus count) small: "57 out of 60" would tell that 3 did not.
     *
     * @param count the count
     * @param total the total
     * @param rule  the small-cell rule of the release
     * @return the phrase, or {@link Withheld}
     */
    static OutOf of(long count, long total, SmallCellSuppression rule) {
        if (rule.isSmall(count) || rule.isSmall(total) || rule.isSmall(total - count)) {
            return new Withheld();
        }
        return of(count, total);
    }

    /**
     * The phrase for a count and total that may be published.
     *
     * @param count the count, from 0 to {@code total}
     * @param total the total, at least 1
     * @return the phrase
     */
    static OutOf of(long count, long total) {
        if (total < 1 || count < 0 || count > total) {
            throw new IllegalArgumentException(
                    "a count out of a total needs 0 <= count <= total and total >= 1, not " + count + " of " + total);
        }
        if (count == 0 || count == total) {
            return new Exactly(count, total);
        }
        if (Math.multiplyExact(count, 20) < total) {
            return new FewerThanOneInTen();
        }
        if (Math.multiplyExact(count, 20) >= Math.multiplyExact(total, 19)) {
            return new MoreThanNineInTen();
        }
        for (int m : List.of(2, 3, 4, 5)) {
            long n = roundHalfUp(count, total, m);
            // |n/m - p| <= 1/40, in integers: 40 * |n*total - count*m| <= m*total
            long gap = Math.abs(Math.multiplyExact(n, total) - Math.multiplyExact(count, m));
            if (n >= 1 && n < m && Math.multiplyExact(gap, 40) <= Math.multiplyExact((long) m, total)) {
                return reduced((int) n, m);
            }
        }
        return reduced((int) roundHalfUp(count, total, 10), 10);
    }

    private static long roundHalfUp(long count, long total, int m) {
        return (Math.multiplyExact(Math.multiplyExact(count, 2), m) + total) / Math.multiplyExact(total, 2);
    }

    private static OutOf reduced(int n, int m) {
        int a = n;
        int b = m;
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return new About(n / a, m / a);
    }

    /**
     * The phrase in a language, e.g. "1 out of 2", "1 de cada 2", "1 von 2".
     *
     * @param language one of {@link #LANGUAGES}
     * @return the phrase
     */
    default String render(Language language) {
        String tag = supported(language);
        if (this instanceof Withheld) {
            return switch (tag) {
                case "ca" -> "no es mostra: massa pocs casos per publicar-ho";
                case "es" -> "no se muestra: demasiado pocos casos para publicarlo";
                case "de" -> "nicht angezeigt: zu wenige Fälle für eine Veröffentlichung";
                case "it" -> "non mostrato: troppo pochi casi per pubblicarlo";
                case "fr" -> "non affiché : trop peu de cas pour le publier";
                default -> "not shown: too few cases to publish";
            };
        }
        long n;
        long m;
        String prefix;
        if (this instanceof Exactly e) {
            n = e.count();
            m = e.total();
            prefix = "";
        } else if (this instanceof About a) {
            n = a.numerator();
            m = a.denominator();
            prefix = "";
        } else if (this instanceof FewerThanOneInTen) {
            n = 1;
            m = 10;
            prefix = switch (tag) {
                case "ca" -> "menys d'";
                case "es" -> "menos de ";
                case "de" -> "weniger als ";
                case "it" -> "meno di ";
                case "fr" -> "moins de ";
                default -> "fewer than ";
            };
        } else {
            n = 9;
            m = 10;
            prefix = switch (tag) {
                case "ca" -> "més de ";
                case "es" -> "más de ";
                case "de" -> "mehr als ";
                case "it" -> "più di ";
                case "fr" -> "plus de ";
                default -> "more than ";
            };
        }
        boolean exact = this instanceof Exactly;
        String between = switch (tag) {
            case "ca", "es" -> exact ? " de " : " de cada ";
            case "de" -> " von ";
            case "it" -> " su ";
            case "fr" -> " sur ";
            default -> " out of ";
        };
        return prefix + n + between + m;
    }

    /**
     * The phrase followed by a plural noun in the same language, e.g. "1 out of 2 participants";
     * a withheld phrase takes no noun.
     *
     * @param language   one of {@link #LANGUAGES}
     * @param pluralNoun the noun in the plural, e.g. "participants", "participantes", "Teilnehmenden"
     * @return the phrase with its noun
     */
    default String render(Language language, String pluralNoun) {
        Objects.requireNonNull(pluralNoun, "pluralNoun");
        String phrase = render(language);
        return this instanceof Withheld || pluralNoun.isBlank() ? phrase : phrase + " " + pluralNoun;
    }

    private static String supported(Language language) {
        Language base = language;
        while (!LANGUAGES.contains(base) && base.parent().isPresent()) {
            base = base.parent().get();
        }
        if (!LANGUAGES.contains(base)) {
            throw new IllegalArgumentException("phrases exist in ca, es, en, de, it and fr, not in " + language);
        }
        return base.tag();
    }
}
