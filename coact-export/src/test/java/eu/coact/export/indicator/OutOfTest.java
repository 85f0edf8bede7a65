package eu.coact.export.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutOfTest {

    private static final Language EN = Language.of("en");

    @ParameterizedTest(name = "{0} of {1} reads \"{2}\"")
    @CsvSource({
        "1, 2, 1 out of 2",
        "48, 100, 1 out of 2",
        "31, 100, 1 out of 3",
        "65, 100, 2 out of 3",
        "26, 100, 1 out of 4",
        "36, 100, 2 out of 5",
        "28, 100, 3 out of 10",
        "47, 100, 1 out of 2",
        "0, 57, 0 out of 57",
        "57, 57, 57 out of 57",
        "4, 100, fewer than 1 out of 10",
        "5, 100, 1 out of 10",
        "95, 100, more than 9 out of 10",
        "94, 100, 9 out of 10"
    })
    void phrasesFollowTheDocumentedRounding(long count, long total, String expected) {
        assertThat(OutOf.of(count, total).render(EN)).isEqualTo(expected);
    }

    @Test
    void rendersInTheStudysFourLanguagesWithANoun() {
        OutOf half = OutOf.of(352, 704);
        assertThat(half.render(Language.of("en"), "participants")).isEqualTo("1 out of 2 participants");
        assertThat(half.render(Language.of("es"), "participantes")).isEqualTo("1 de cada 2 participantes");
        assertThat(half.render(Language.of("ca"), "participants")).isEqualTo("1 de cada 2 participants");
        assertThat(half.render(Language.of("de"), "Teilnehmenden")).isEqualTo("1 von 2 Teilnehmenden");
        assertThat(OutOf.of(3, 100).render(Language.of("ca"))).isEqualTo("menys d'1 de cada 10");
        assertThat(OutOf.of(0, 40).render(Language.of("es"))).isEqualTo("0 de 40");
        assertThat(half.render(Language.of("ca-ES"))).isEqualTo("1 de cada 2");
    }

    @Test
    void anUnsupportedLanguageIsRefusedNotGuessed() {
        assertThatThrownBy(() -> OutOf.of(1, 2).render(Language.of("pt")))
                .hasMessageContaining("ca, es, en, de, it and fr");
    }

    @Test
    void italianAndFrenchArePhrasedInTheirOwnWords() {
        assertThat(OutOf.of(1, 2).render(Language.of("it"), "risposte")).isEqualTo("1 su 2 risposte");
        assertThat(OutOf.of(1, 2).render(Language.of("fr-CA"))).isEqualTo("1 sur 2");
        assertThat(new OutOf.Withheld().render(Language.of("fr"))).startsWith("non affiché");
    }

    @Test
    void aHiddenCountOrTotalIsNeverPhrased() {
        Cell hidden = new Cell.Hidden(Cell.Suppression.SMALL_COUNT);
        assertThat(OutOf.of(hidden, Cell.shown(40))).isInstanceOf(OutOf.Withheld.class);
        assertThat(OutOf.of(Cell.shown(20), new Cell.Hidden(Cell.Suppression.COMPLEMENTARY)))
                .isInstanceOf(OutOf.Withheld.class);
        assertThat(OutOf.of(Cell.shown(20), Cell.shown(40)).render(EN)).isEqualTo("1 out of 2");
        assertThat(OutOf.of(hidden, Cell.shown(40)).render(EN, "participants"))
                .isEqualTo("not shown: too few cases to publish");
    }

    @Test
    void smallCountsTotalsAndRemaindersAreWithheldUnderTheRule() {
        SmallCellSuppression rule = SmallCellSuppression.standard();
        assertThat(OutOf.of(3, 40, rule)).isInstanceOf(OutOf.Withheld.class);
        assertThat(OutOf.of(37, 40, rule)).isInstanceOf(OutOf.Withheld.class);
        assertThat(OutOf.of(5, 8, rule)).isInstanceOf(OutOf.Withheld.class);
        assertThat(OutOf.of(20, 40, rule)).isEqualTo(new OutOf.About(1, 2));
    }

    @Property(tries = 2000)
    void aSimplifiedFractionIsClose(@ForAll("proportions") Tuple2<Long, Long> p) {
        long count = p.get1();
        long total = p.get2();
        double share = (double) count / total;
        OutOf phrase = OutOf.of(count, total);
        if (phrase instanceof OutOf.About a) {
            assertThat(List.of(2, 3, 4, 5, 10)).contains(a.denominator());
            assertThat(a.numerator()).isBetween(1, a.denominator() - 1);
            assertThat(gcd(a.numerator(), a.denominator())).isEqualTo(1);
            assertThat(Math.abs((double) a.numerator() / a.denominator() - share))
                    .isLessThanOrEqualTo(0.05 + 1e-12);
        } else if (phrase instanceof OutOf.FewerThanOneInTen) {
            assertThat(share).isGreaterThan(0).isLessThan(0.05);
        } else if (phrase instanceof OutOf.MoreThanNineInTen) {
            assertThat(share).isGreaterThanOrEqualTo(0.95).isLessThan(1);
        } else {
            assertThat(phrase).isEqualTo(new OutOf.Exactly(count, total));
            assertThat(count == 0 || count == total).isTrue();
        }
    }

    @Property(tries = 1000)
    void aLargerShareNeverReadsSmaller(@ForAll("proportions") Tuple2<Long, Long> p) {
        long total = p.get2();
        for (long count = 0; count < total && total <= 400; count++) {
            assertThat(value(OutOf.of(count + 1, total))).isGreaterThanOrEqualTo(value(OutOf.of(count, total)));
        }
    }

    private static double value(OutOf phrase) {
        if (phrase instanceof OutOf.About a) {
            return (double) a.numerator() / a.denominator();
        }
        if (phrase instanceof OutOf.Exactly e) {
            return (double) e.count() / e.total();
        }
        return phrase instanceof OutOf.FewerThanOneInTen ? 0.05 : 0.95;
    }

    @Provide
    Arbitrary<Tuple2<Long, Long>> proportions() {
        return Arbitraries.longs()
                .between(1, 100_000)
                .flatMap(total -> Arbitraries.longs().between(0, total).map(count -> Tuple.of(count, total)));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
