package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.RiskProfile;
import eu.coact.export.Indicator;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.report.BarChart;
import eu.coact.export.report.Block;
import eu.coact.export.report.Datum;
import eu.coact.export.report.Funnel;
import eu.coact.export.report.Paragraph;
import eu.coact.export.report.Report;
import eu.coact.export.report.Section;
import eu.coact.export.report.StackedBarChart;
import eu.coact.export.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of a release: the participation funnel, the answers per microstory, a chart and
 * the study's phrasing for every indicator, and the release's risk summary. Every count in it
 * has passed small-cell control.
 */
final class ReleaseReport {

    private ReleaseReport() {
    }

    static Report build(ReleaseConfig config, PublishedCounts counts, ParticipantsGate.Passed released) {
        SmallCellSuppression rule = counts.rule();
        Participation participation = counts.participation();
        Map<Indicator, List<IndicatorTally.Row>> indicators = counts.indicators();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("Participation",
                new Funnel("Participation funnel", "Participants who joined, consented, completed the profile and "
                        + "answered at least one microstory.", funnelStages(participation)),
                new Paragraph(shown(participation.count(Participation.INCLUDED), rule) + " participants are in this "
                        + "release; the others did not consent to publication, withdrew, were erased, or were left "
                        + "out by disclosure control.")));
        List<Datum> stories = new ArrayList<>();
        counts.storyCounts().forEach((story, cell) -> stories.add(new Datum(story, cell)));
        if (!stories.isEmpty()) {
            sections.add(Section.of("Answers per microstory", new BarChart("Answers per microstory",
                    "Answers to the questions of each microstory by the participants in this release.", stories)));
        }
        List<Block> indicatorBlocks = new ArrayList<>();
        indicators.forEach((indicator, rows) -> {
            IndicatorTally.Row all = rows.get(0);
            String phrase = all.phrase(config.metadata().language(), indicator.unit());
            indicatorBlocks.add(new Paragraph(indicator.title() + ": "
                    + (phrase.isEmpty() ? "no answers to count" : phrase) + "."));
            for (String breakdown : indicator.breakdowns()) {
                List<StackedBarChart.Bar> bars = new ArrayList<>();
                for (IndicatorTally.Row row : rows) {
                    if (row.breakdown().equals(breakdown)) {
                        bars.add(new StackedBarChart.Bar(row.category(), List.of(row.numerator(),
                                rest(row.numerator(), row.denominator()))));
                    }
                }
                if (!bars.isEmpty()) {
                    indicatorBlocks.add(new StackedBarChart(indicator.title() + " by " + breakdown,
                            "Answers counted in the indicator and the rest, per " + breakdown + ".",
                            List.of(indicator.title(), "other answers"), bars));
                }
            }
        });
        if (!indicatorBlocks.isEmpty()) {
            sections.add(new Section("Indicators", indicatorBlocks));
        }
        List<List<String>> risk = new ArrayList<>();
        risk.add(List.of("privacy models", ParticipantsGate.describe(config.models())));
        released.levels().forEach((attribute, level) -> risk.add(List.of("generalisation of " + attribute,
                level == 0 ? "as recorded" : "level " + level)));
        RiskProfile profile = released.risk();
        risk.add(List.of("participants left out by disclosure control",
                shown(participation.count(eu.coact.export.ExclusionReason.DISCLOSURE_SUPPRESSED.code()), rule)));
        risk.add(List.of("groups of participants with the same attributes", Integer.toString(profile.classes())));
        risk.add(List.of("highest re-identification risk (1 / smallest group)", percent(profile.highestProsecutorRisk())));
        risk.add(List.of("average re-identification risk", percent(profile.averageProsecutorRisk())));
        risk.add(List.of("small-cell threshold", Integer.toString(rule.threshold())));
        List<List<String>> exclusions = new ArrayList<>();
        // The same suppressed counts as consent-summary.csv, so the two cannot be combined to reveal more.
        for (Participation.Row row : participation.rows()) {
            exclusions.add(List.of(row.status(), shown(row.count(), rule)));
        }
        sections.add(Section.of("Release risk", new Table("Release risk summary", List.of("measure", "value"), risk),
                new Table("Participants included and left out", List.of("status", "participants"), exclusions)));
        return new Report(config.metadata().title(), config.metadata().language(), sections);
    }

    /** The funnel stages, as the participation table publishes them. */
    private static List<Datum> funnelStages(Participation participation) {
        String[] labels = {"joined", "consented", "profile completed", "stories answered"};
        String[] statuses = {Participation.JOINED, Participation.CONSENTED, Participation.PROFILE_COMPLETED,
                Participation.STORIES_ANSWERED};
        List<Datum> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            out.add(new Datum(labels[i], participation.count(statuses[i])));
        }
        return out;
    }

    private static Cell rest(Cell numerator, Cell denominator) {
        if (numerator instanceof Cell.Shown n && denominator instanceof Cell.Shown d) {
            return Cell.shown(d.count() - n.count());
        }
        return new Cell.Hidden(Cell.Suppression.COMPLEMENTARY);
    }

    private static String shown(Cell cell, SmallCellSuppression rule) {
        return cell instanceof Cell.Shown shown ? Long.toString(shown.count()) : "not shown (fewer than "
                + rule.threshold() + ", or hidden to protect such a count)";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
