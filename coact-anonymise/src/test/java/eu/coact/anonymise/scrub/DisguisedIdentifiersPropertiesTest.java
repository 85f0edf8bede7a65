package eu.coact.anonymise.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Identifiers written with full-width characters (as a phone keyboard in CJK mode types them)
 * or with invisible characters inside (zero-width space, zero-width non-joiner and joiner, word
 * joiner, soft hyphen) are found, and the replacement lands exactly where the identifier was in
 * the original text: the words around it come out unchanged, invisible characters included.
 */
class DisguisedIdentifiersPropertiesTest {

    private static final Scrubber SCRUBBER = Scrubber.with(Gazetteer.of(
                    List.of("Núria", "Jordi Puig", "Lucía", "Klaus Weber", "Sabine", "John Smith"),
                    List.of("Sabadell", "Carrer de Verdi", "Calle de Alcalá", "Schillerstraße", "Leeds"))
            .orElseThrow());
    private static final List<Character> INVISIBLE =
            List.of('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF');

    record Disguised(String before, Identifiers.Labelled id, String written, String after) {}

    @Provide
    Arbitrary<Disguised> disguised() {
        Arbitrary<String> words =
                Identifiers.filler().list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
        Arbitrary<Boolean> fullWidth = Arbitraries.of(true, false);
        Arbitrary<List<Integer>> cuts =
                Arbitraries.integers().between(0, 1000).list().ofMaxSize(3);
        Arbitrary<Character> invisible = Arbitraries.of(INVISIBLE);
        Arbitrary<Identifiers.Labelled> ids = Arbitraries.oneOf(
                Identifiers.any(),
                Arbitraries.of(
                                "carrer de Mallorca 401",
                                "221B Baker Street",
                                "Hauptstraße 5a",
                                "12 rue de la Paix",
                                "via Roma 10",
                                "Calle Mayor 12")
                        .map(a -> new Identifiers.Labelled(IdentifierKind.ADDRESS, a)));
        return Combinators.combine(words, ids, fullWidth, cuts, invisible, words)
                .as((before, id, wide, at, mark, later) -> {
                    String written = wide ? toFullWidth(id.value()) : id.value();
                    StringBuilder out = new StringBuilder(written);
                    for (int cut : at) {
                        // Strictly inside, never between a surrogate pair.
                        int position = 1 + cut % Math.max(1, out.length() - 1);
                        if (position < out.length() && !Character.isLowSurrogate(out.charAt(position))) {
                            out.insert(position, mark.charValue());
                        }
                    }
                    return new Disguised(before, id, out.toString(), "\u200B y " + later + ".");
                });
    }

    @Property(tries = 500)
    void aDisguisedIdentifierIsReplacedExactlyWhereItWas(@ForAll("disguised") Disguised d) {
        String text = d.before() + " " + d.written() + " " + d.after();
        Scrubbed scrubbed = SCRUBBER.scrub(text);
        Statistics.collect(d.id().kind(), !d.written().equals(d.id().value()));
        assertThat(scrubbed.text()).isEqualTo(d.before() + " " + d.id().kind().token() + " " + d.after());
        assertThat(scrubbed.report().count(d.id().kind())).isEqualTo(1);
    }

    @Property(tries = 300)
    void invisibleCharactersAloneChangeNothing(@ForAll("invisibleNoise") String text) {
        assertThat(SCRUBBER.scrub(text).text()).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> invisibleNoise() {
        return Arbitraries.strings()
                .withChars("abc xyz,.")
                .withChars('\u200B', '\u200D', '\u00AD', '\uFEFF')
                .ofMaxLength(60);
    }

    private static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return out.toString();
    }
}
