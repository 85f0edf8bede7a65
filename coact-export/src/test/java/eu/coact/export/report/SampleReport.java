package eu.coact.export.report;

import eu.coact.core.Language;
import eu.coact.export.disclosure.Cell;
import java.util.List;

/** A report like the one a study coordinator gets after a release. */
final class SampleReport {

    static final Cell HIDDEN = new Cell.Hidden(Cell.Suppression.SMALL_COUNT);

    private SampleReport() {}

    static Report create() {
        return new Report(
                "CoAct for Mental Health \u2013 release 1.0",
                Language.of("en"),
                List.of(
                        Section.of(
                                "Participation",
                                new Paragraph(
                                        "Citizen scientists joined the chatbot, signed the informed consent and answered microstories."),
                                new Funnel(
                                        "Participation funnel",
                                        "How many people reached each stage, from joining to answering stories.",
                                        List.of(
                                                Datum.of("joined", 812), Datum.of("consented", 704),
                                                Datum.of("profile completed", 655),
                                                        Datum.of("stories answered", 590)))),
                        Section.of(
                                "Answers per microstory",
                                new BarChart(
                                        "Answers per microstory",
                                        "Number of answers received by each microstory.",
                                        List.of(
                                                Datum.of("C01 \u2013 Telling my family", 512),
                                                Datum.of("C02 \u2013 At the health centre", 430),
                                                Datum.of("T01 \u2013 A friend stops calling", 388),
                                                new Datum("T02 \u2013 <Rare> & \"quoted\"", HIDDEN))),
                                new StackedBarChart(
                                        "Have you had the same experience?",
                                        "Answers to the first question of each story, by answer.",
                                        List.of("the same", "something similar", "nothing like it"),
                                        List.of(
                                                new StackedBarChart.Bar(
                                                        "C01",
                                                        List.of(Cell.shown(210), Cell.shown(180), Cell.shown(122))),
                                                new StackedBarChart.Bar(
                                                        "C02",
                                                        List.of(Cell.shown(150), Cell.shown(160), Cell.shown(120))),
                                                new StackedBarChart.Bar(
                                                        "C03", List.of(Cell.shown(40), HIDDEN, Cell.shown(25))))),
                                new Note(
                                        "Counts below 10 are not shown, nor any count from which one could be worked out.")),
                        Section.of(
                                "Release risk summary",
                                new Table(
                                        "Disclosure control",
                                        List.of("check", "result"),
                                        List.of(
                                                List.of("participants released", "590"),
                                                List.of("k-anonymity of quasi-identifiers", "k = 12"),
                                                List.of("cells suppressed in indicator tables", "14"))))));
    }
}
