package eu.coact.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyLanguageHasEveryTextWithTheSamePlaceholders() {
        ReportTexts en = ReportTexts.in(Language.of("en"));
        assertThat(en.keys()).hasSizeGreaterThan(60);
        for (Language language : ReportTexts.LANGUAGES) {
            ReportTexts texts = ReportTexts.in(language);
            assertThat(texts.keys()).as(language.tag()).isEqualTo(en.keys());
            for (String key : en.keys()) {
                assertThat(texts.text(key)).as(language.tag() + " " + key).isNotBlank();
                assertThat(placeholders(texts.text(key)))
                        .as(language.tag() + " " + key)
                        .isEqualTo(placeholders(en.text(key)));
            }
        }
    }

    @Test
    void theSixLanguagesAreTranslatedNotCopied() {
        Set<String> titles = new TreeSet<>();
        for (Language language : ReportTexts.LANGUAGES) {
            titles.add(ReportTexts.in(language).text("colophon.heading"));
        }
        assertThat(titles).hasSize(6);
        assertThat(ReportTexts.LANGUAGES).extracting(Language::tag).containsExactly("ca", "de", "en", "es", "fr", "it");
    }

    @Test
    void aRegionalVariantUsesItsLanguageAndAnUnknownLanguageHasNoTexts() {
        assertThat(ReportTexts.of(Language.of("es-MX")).orElseThrow().language())
                .isEqualTo(Language.of("es"));
        assertThat(ReportTexts.of(Language.of("pt"))).isEmpty();
        assertThatThrownBy(() -> ReportTexts.in(Language.of("pt"))).hasMessageContaining("no report texts in 'pt'");
        assertThatThrownBy(() -> ReportTexts.in(Language.of("en")).text("no.such.key"))
                .hasMessageContaining("no.such.key");
    }

    @Test
    void placeholdersAreFilledInOrder() {
        assertThat(ReportTexts.in(Language.of("de")).text("indicator.by", "Gleiche Erfahrung", "Geschlecht?"))
                .isEqualTo("Gleiche Erfahrung, nach der Antwort auf „Geschlecht?“");
        assertThat(ReportTexts.in(Language.of("fr")).text("words.out-of", "3", "$10"))
                .isEqualTo("3 sur $10");
    }

    private static List<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group()).sorted().toList();
    }

    @Provide
    Arbitrary<List<Cell>> stages() {
        Arbitrary<Cell> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 200).map(Cell::shown)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Cell.Hidden(Cell.Suppression.SMALL_COUNT))));
        return cell.list().ofMinSize(2).ofMaxSize(6);
    }

    @Property(tries = 300)
    void aFunnelIsAcceptedExactlyWhenNoShownStageExceedsAShownStageBeforeIt(@ForAll("stages") List<Cell> cells) {
        List<Datum> stages = new ArrayList<>();
        long last = Long.MAX_VALUE;
        boolean narrows = true;
        for (int i = 0; i < cells.size(); i++) {
            stages.add(new Datum("stage " + i, cells.get(i)));
            if (cells.get(i) instanceof Cell.Shown s) {
                narrows &= s.count() <= last;
                last = s.count();
            }
        }
        if (narrows) {
            String html = HtmlReport.render(
                    new Report("r", Language.of("it"), List.of(Section.of("s", new Funnel("f", "d", stages)))));
            assertThat(html).contains("<html lang=\"it\">");
        } else {
            assertThatThrownBy(() -> new Funnel("f", "d", stages)).hasMessageContaining("cannot widen");
        }
    }
}
