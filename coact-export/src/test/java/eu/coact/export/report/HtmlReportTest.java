package eu.coact.export.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = HtmlReport.render(SampleReport.create());

    @Test
    void theFileNeedsNothingFromTheNetworkAndRunsNoScript() {
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase(" src=")
                .doesNotContainIgnoringCase("href=")
                .doesNotContainIgnoringCase("url(")
                .doesNotContainIgnoringCase("@import")
                .contains("Content-Security-Policy\" content=\"default-src 'none'");
    }

    @Test
    void everyChartIsAnAccessibleImageWithTitleDescriptionAndDataTable() {
        assertThat(count("role=\"img\"")).isEqualTo(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(html)
                    .contains("aria-labelledby=\"chart-" + i + "-title chart-" + i + "-desc\"")
                    .contains("<figcaption id=\"chart-" + i + "-title\">")
                    .contains("<p class=\"desc\" id=\"chart-" + i + "-desc\">");
        }
        assertThat(count("<caption>Data: ")).isEqualTo(3);
        assertThat(html).contains("<html lang=\"en\">");
    }

    @Test
    void eachShownValueIsABarAndAHiddenOneIsNot() {
        // funnel 4 + bar chart 3 shown (one hidden) + stacked 2 bars of 3 parts (the bar with a hidden part is not
        // drawn)
        assertThat(count("<span class=\"bar\"")).isEqualTo(4 + 3 + 6);
        assertThat(html)
                .contains("<td class=\"hidden-value\">not shown</td>")
                .contains("Values marked \u201cnot shown\u201d were hidden to protect small counts.");
        assertThat(html).contains("<td class=\"number\">704 out of 812 (87%)</td>");
    }

    @Test
    void proportionsAreSaidAsNOutOfM() {
        assertThat(html)
                .contains("<span class=\"value\">210 out of 512</span>")
                .contains("<td class=\"number\">180 out of 512</td>")
                .contains("title=\"C01 \u2013 the same: 210 out of 512 (41%)\"");
    }

    @Test
    void stackedBarsAreSharesOfTheirOwnGroup() {
        String stacked = html.substring(html.indexOf("<div class=\"chart stacked-bar-chart\""));
        stacked = stacked.substring(0, stacked.indexOf("<details"));
        List<String> rows = List.of(stacked.split("<div class=\"row\">")).subList(1, 4);
        for (String row : rows.subList(0, 2)) {
            double sum = Pattern.compile("width:([0-9.]+)%")
                    .matcher(row)
                    .results()
                    .mapToDouble(r -> Double.parseDouble(r.group(1)))
                    .sum();
            assertThat(sum).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        }
        // C02 (430 answers) and C01 (512) both fill their bar: groups of different sizes compare by share.
        assertThat(rows.get(2)).doesNotContain("class=\"bar\"").contains("not shown");
    }

    @Test
    void legendsAreTextThatWrapsNotCutLabels() {
        String longSeries = "something quite similar happened to someone I know well";
        Report report = new Report(
                "r",
                Language.of("en"),
                List.of(Section.of(
                        "s",
                        new StackedBarChart(
                                "t",
                                "d",
                                List.of("the same", longSeries),
                                List.of(new StackedBarChart.Bar(
                                        "a rather long category label that does not fit",
                                        List.of(Cell.shown(12), Cell.shown(30))))))));
        String text = HtmlReport.render(report);
        assertThat(text)
                .contains("<ul class=\"legend\">")
                .contains(longSeries + "</li>")
                .contains(">a rather long category label that does not fit</span>")
                .contains("ul.legend { list-style: none; display: flex; flex-wrap: wrap;");
    }

    @Test
    void barsAreProportionalToTheirCounts() {
        String bars = html.substring(html.indexOf("<div class=\"chart bar-chart\""));
        bars = bars.substring(0, bars.indexOf("<details"));
        List<Double> widths = Pattern.compile("width:([0-9.]+)%")
                .matcher(bars)
                .results()
                .map(r -> Double.parseDouble(r.group(1)))
                .toList();
        assertThat(widths).hasSize(3);
        assertThat(widths.get(1) / widths.get(0)).isCloseTo(430.0 / 512, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void textIsEscapedEverywhere() {
        assertThat(html)
                .contains("T02 \u2013 &lt;Rare&gt; &amp; &quot;quoted&quot;")
                .doesNotContain("<Rare>");
    }

    @Test
    void theReportSpeaksTheStudysLanguage() {
        Report ca = new Report(
                "Informe",
                Language.of("ca"),
                List.of(Section.of(
                        "Participació",
                        new BarChart(
                                "Respostes",
                                "Respostes per microhistòria",
                                List.of(
                                        Datum.of("C01", 1234),
                                        new Datum("C02", new Cell.Hidden(Cell.Suppression.COMPLEMENTARY)))))));
        String text = HtmlReport.render(ca);
        assertThat(text)
                .contains("<html lang=\"ca\">")
                .contains("no es mostra")
                .contains("1.234")
                .contains("Dades: Respostes");
    }

    @Test
    void aReportInALanguageWithoutTextsIsRefusedByName() {
        Report pt = new Report("Relatório", Language.of("pt"), List.of());
        assertThatThrownBy(() -> HtmlReport.render(pt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no report texts in 'pt'")
                .hasMessageContaining("ca, de, en, es, fr, it");
    }

    @Test
    void malformedChartsAreRefused() {
        assertThatThrownBy(() -> new Funnel("f", "d", List.of(Datum.of("joined", 10), Datum.of("consented", 12))))
                .hasMessageContaining("cannot widen");
        assertThatThrownBy(() -> new Funnel("f", "d", List.of(Datum.of("only", 1))))
                .hasMessageContaining("at least two stages");
        assertThatThrownBy(() -> new StackedBarChart(
                        "s", "d", List.of("a", "b"), List.of(new StackedBarChart.Bar("x", List.of(Cell.shown(1))))))
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
