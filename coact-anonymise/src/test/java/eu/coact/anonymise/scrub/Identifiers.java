package eu.coact.anonymise.scrub;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries of valid structured identifiers, with their kind, for the scrubbing properties. */
final class Identifiers {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    record Labelled(IdentifierKind kind, String value) {}

    private Identifiers() {}

    static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }

    static Arbitrary<Labelled> emails() {
        Arbitrary<String> local =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> domain =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10);
        Arbitrary<String> tld = Arbitraries.of("cat", "es", "de", "org", "com", "eu");
        return Combinators.combine(local, local, domain, tld)
                .as((a, b, d, t) -> new Labelled(IdentifierKind.EMAIL, a + "." + b + "@" + d + "." + t));
    }

    static Arbitrary<Labelled> phones() {
        Arbitrary<String> spanishMobile = Combinators.combine(Arbitraries.of("6", "7"), digits(8))
                .as((lead, rest) -> lead + rest.substring(0, 2) + " " + rest.substring(2, 5) + " " + rest.substring(5));
        Arbitrary<String> spanishGrouped = Combinators.combine(Arbitraries.of("93", "91", "97"), digits(7))
                .as((area, rest) ->
                        area + " " + rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5));
        Arbitrary<String> german = Combinators.combine(Arbitraries.of("030", "0151", "089", "0221"), digits(7))
                .as((area, rest) -> area + " " + rest);
        Arbitrary<String> international = Combinators.combine(
                        Arbitraries.of("+34 6", "+49 30 ", "+44 20 ", "0049 89 "), digits(8))
                .as((prefix, rest) -> prefix + rest);
        return Arbitraries.oneOf(spanishMobile, spanishGrouped, german, international)
                .map(v -> new Labelled(IdentifierKind.PHONE, v));
    }

    static String ibanOf(String country, String account) {
        String rearranged = account + country + "00";
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + (check < 10 ? "0" : "") + check + account;
    }

    static String grouped(String compact) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            out.append(i == 0 ? "" : " ").append(compact, i, Math.min(compact.length(), i + 4));
        }
        return out.toString();
    }

    static Arbitrary<Labelled> ibans() {
        Arbitrary<String> spanish = digits(20).map(account -> ibanOf("ES", account));
        Arbitrary<String> german = digits(18).map(account -> ibanOf("DE", account));
        return Combinators.combine(Arbitraries.oneOf(spanish, german), Arbitraries.of(true, false))
                .as((iban, group) -> new Labelled(IdentifierKind.IBAN, group ? grouped(iban) : iban));
    }

    static Arbitrary<Labelled> dnis() {
        return Arbitraries.integers()
                .between(10_000_000, 99_999_999)
                .map(n -> new Labelled(IdentifierKind.ID_DOCUMENT, n + String.valueOf(DNI_LETTERS.charAt(n % 23))));
    }

    static Arbitrary<Labelled> handles() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .withChars('_')
                .ofMinLength(3)
                .ofMaxLength(15)
                .map(h -> new Labelled(IdentifierKind.HANDLE, "@" + h));
    }

    static Arbitrary<Labelled> names() {
        return Arbitraries.of("Núria", "Jordi Puig", "Lucía", "Klaus Weber", "Sabine", "John Smith")
                .map(n -> new Labelled(IdentifierKind.NAME, n));
    }

    static Arbitrary<Labelled> places() {
        return Arbitraries.of("Sabadell", "Carrer de Verdi", "Calle de Alcalá", "Schillerstraße", "Leeds")
                .map(p -> new Labelled(IdentifierKind.PLACE, p));
    }

    static Arbitrary<Labelled> any() {
        return Arbitraries.oneOf(emails(), phones(), ibans(), dnis(), handles(), names(), places());
    }

    static Arbitrary<String> filler() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8),
                Arbitraries.of(
                        "i", "y", "and", "und", "el", "la", "der", "die", "amb", "con", "mit", "with", "em", "dic",
                        "truca", "llama", "call", "ruf", "an", "el meu", "my", "mein"));
    }
}
