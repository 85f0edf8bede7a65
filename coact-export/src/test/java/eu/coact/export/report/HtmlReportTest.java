package eu.coact.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = HtmlReport.render(SampleReport.create());

    @Test
    void theFileNeedsNothingFromTheNetworkAndRunsNoScript() {
        assertThat(html).doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase(" src=")
                .doesNotContainIgnoringCase("href=")
                .doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void everyChartIsAnAccessibleImageWithTitleDescriptionAndDataTable() {
        assertThat(count("<svg ")).isEqualTo(3);
        assertThat(count("role=\"img\"")).isEqualTo(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(html).contains("aria-labelledby=\"chart-" + i + "-title chart-" + i + "-desc\"")
                    .contains("<title id=\"chart-" + i + "-title\">")
                    .contains("<desc id=\"chart-" + i + "-desc\">");
        }
        assertThat(count("<caption>Data: ")).isEqualTo(3);
        assertThat(html).contains("<html lang=\"en\">");
    }

    @Test
    void eachShownValueIsABarAndAHiddenOneIsNot() {
        // funnel 4 + bar chart 3 shown (one hidden) + stacked 8 shown parts
        assertThat(count("<rect class=\"bar\"")).isEqualTo(4 + 3 + 8);
        assertThat(html).contains("<td class=\"hidden-value\">not shown</td>")
                .contains("Values marked \u201cnot shown\u201d were hidden to protect small counts.");
        assertThat(html).contains("<td class=\"number\">87%</td>");
    }

    @Test
    void textIsEscapedEverywhere() {
        assertThat(html).contains("T02 \u2013 &lt;Rare&gt; &amp; &quot;quoted&quot;").doesNotContain("<Rare>");
    }

    @Test
    void barsAreProportionalToTheirCounts() {
        Matcher m = Pattern.compile("<g class=\"row\">.*?<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"").matcher(html);
        List<Integer> widths = m.results().map(r -> Integer.parseInt(r.group(1))).toList();
        assertThat(widths).hasSize(3);
        assertThat((double) widths.get(1) / widths.get(0)).isCloseTo(430.0 / 512, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theReportSpeaksTheStudysLanguage() {
        Report ca = new Report("Informe", Language.of("ca"), List.of(Section.of("Participació",
                new BarChart("Respostes", "Respostes per microhistòria", List.of(Datum.of("C01", 1234),
                        new Datum("C02", new Cell.Hidden(Cell.Suppression.COMPLEMENTARY)))))));
        String text = HtmlReport.render(ca);
        assertThat(text).contains("<html lang=\"ca\">").contains("no es mostra").contains("1.234").contains("Dades: Respostes");
    }

    @Test
    void malformedChartsAreRefused() {
        assertThatThrownBy(() -> new Funnel("f", "d", List.of(Datum.of("only", 1)))).hasMessageContaining("at least two stages");
        assertThatThrownBy(() -> new StackedBarChart("s", "d", List.of("a", "b"), List.of(new StackedBarChart.Bar("x", List.of(Cell.shown(1))))))
                .hasMessageContaining("1 parts for 2 series");
    }

    private int count(String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
