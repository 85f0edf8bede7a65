package eu.coact.anonymise.scrub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The way back from the normalised text to the original: every span of the normalised text maps
 * to a span of the original, in order, on whole characters, whose base characters contain its own
 * (a combining mark written after an invisible character is dropped with it).
 */
class NormalisedTextPropertiesTest {

    @Provide
    Arbitrary<String> tricky() {
        Arbitrary<String> pieces = Arbitraries.of(
                "a", "Z", "7", " ", "@", "＠", "６", "\u3000", "\u200B", "\u200D", "\u00AD", "\uFEFF", "\u202E",
                "e\u0301", "é", "ﬁ", "①", "㎞", "½", "😀", "n\u0303", "\u0301", "ß", "İ");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void everySpanMapsBackToWholeCharactersThatNormaliseToIt(@ForAll("tricky") String original) {
        checkEverySpan(original);
    }

    @Property(tries = 300)
    void anyUnicodeTextMapsBack(@ForAll String original) {
        checkEverySpan(original);
    }

    @Example
    void aFullWidthAtAndAZeroWidthSpaceAreSeenThrough() {
        NormalisedText view = NormalisedText.of("mail: ana\u200B＠example.cat!");
        assertThat(view.text()).isEqualTo("mail: ana@example.cat!");
        int at = view.text().indexOf('@');
        assertThat(view.originalStart(at)).isEqualTo(10);
        assertThat(view.originalEnd(view.text().length() - 1)).isEqualTo("mail: ana\u200B＠example.cat".length());
    }

    /** Base characters only: compatibility-decomposed, without marks and invisible format characters. */
    private static String skeleton(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD)
                .codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static void checkEverySpan(String original) {
        NormalisedText view = NormalisedText.of(original);
        String normal = view.text();
        for (int s = 0; s < normal.length(); s++) {
            if (s > 0) {
                assertThat(view.originalStart(s)).isGreaterThanOrEqualTo(view.originalStart(s - 1));
            }
            if (Character.isLowSurrogate(normal.charAt(s))) {
                continue; // detectors find whole characters; so does the check
            }
            for (int e = s + 1; e <= Math.min(normal.length(), s + 6); e++) {
                if (e < normal.length() && Character.isLowSurrogate(normal.charAt(e))) {
                    continue;
                }
                int from = view.originalStart(s);
                int to = view.originalEnd(e);
                assertThat(from).isLessThan(to);
                assertThat(to).isLessThanOrEqualTo(original.length());
                assertThat(Character.isLowSurrogate(original.charAt(from))).isFalse();
                assertThat(to == original.length() || !Character.isLowSurrogate(original.charAt(to)))
                        .isTrue();
                assertThat(skeleton(original.substring(from, to))).contains(skeleton(normal.substring(s, e)));
            }
        }
    }
}
