package eu.coact.export.internal;

import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.anonymise.disclosure.RiskProfile;
import eu.coact.core.Language;
import eu.coact.export.DisclosureAction;
import eu.coact.export.Indicator;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.deposit.Creator;
import eu.coact.export.deposit.ReleaseMetadata;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.report.BarChart;
import eu.coact.export.report.Block;
import eu.coact.export.report.Datum;
import eu.coact.export.report.Funnel;
import eu.coact.export.report.Paragraph;
import eu.coact.export.report.Report;
import eu.coact.export.report.ReportTexts;
import eu.coact.export.report.Section;
import eu.coact.export.report.StackedBarChart;
import eu.coact.export.report.Table;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of a release, in the release's language: a title block (version, date, licence, DOI,
 * citation, method and disclosure settings), the participation funnel, the answers per
 * microstory, each indicator as shares within each group with its "N out of M", and the
 * release's risk summary. Answer codes are shown with their codebook labels. Every count in it
 * has passed small-cell control.
 */
final class ReleaseReport {

    /** What the release publishes that the report shows. */
    record Published(
            Map<Indicator, List<IndicatorTally.Row>> indicators,
            Participation participation,
            long included,
            ParticipantsGate.Passed released) {}

    private final ReleaseConfig config;
    private final Codebook codebook;
    private final Language language;
    private final ReportTexts texts;
    private final SmallCellSuppression rule;

    private ReleaseReport(ReleaseConfig config, Codebook codebook, SmallCellSuppression rule) {
        this.config = config;
        this.codebook = codebook;
        this.language = config.metadata().language();
        this.texts = ReportTexts.in(language);
        this.rule = rule;
    }

    static Report build(
            ReleaseConfig config,
            Codebook codebook,
            Map<String, Long> perStory,
            Published published,
            SmallCellSuppression rule) {
        return new ReleaseReport(config, codebook, rule).report(perStory, published);
    }

    private Report report(Map<String, Long> perStory, Published published) {
        List<Section> sections = new ArrayList<>();
        sections.add(titleBlock(published.released()));
        sections.add(Section.of(
                texts.text("section.participation"),
                new Funnel(
                        texts.text("funnel.title"),
                        texts.text("funnel.description"),
                        funnelStages(published.participation())),
                new Paragraph(texts.text("participation.included", number(published.included())))));
        List<Datum> stories = new ArrayList<>();
        perStory.forEach((story, n) -> stories.add(new Datum(story, rule.isSmall(n) ? small() : Cell.shown(n))));
        if (!stories.isEmpty()) {
            sections.add(Section.of(
                    texts.text("section.stories"),
                    new BarChart(texts.text("stories.title"), texts.text("stories.description"), stories)));
        }
        List<Block> indicatorBlocks = new ArrayList<>();
        published.indicators().forEach((indicator, rows) -> indicatorBlocks.addAll(indicator(indicator, rows)));
        if (!indicatorBlocks.isEmpty()) {
            sections.add(new Section(texts.text("section.indicators"), indicatorBlocks));
        }
        sections.add(risk(published));
        return new Report(config.metadata().title(), language, sections);
    }

    private Section titleBlock(ParticipantsGate.Passed released) {
        ReleaseMetadata meta = config.metadata();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of(texts.text("colophon.version"), meta.version()));
        facts.add(List.of(texts.text("colophon.released"), meta.released().toString()));
        facts.add(List.of(
                texts.text("colophon.licence"),
                meta.licence().title() + " (" + meta.licence().id() + ")"));
        facts.add(List.of(
                texts.text("colophon.doi"),
                meta.doi().map(d -> "https://doi.org/" + d).orElse(texts.text("colophon.no-doi"))));
        facts.add(List.of(texts.text("colophon.citation"), citation(meta)));
        List<List<String>> disclosure = new ArrayList<>();
        disclosure.add(List.of(texts.text("disclosure.models"), models(config.models())));
        disclosure.add(List.of(texts.text("disclosure.suppression-limit"), percent(config.suppressionLimit())));
        disclosure.add(List.of(
                texts.text("disclosure.when-violated"),
                texts.text(
                        config.onViolation() == DisclosureAction.REFUSE
                                ? "disclosure.refuse"
                                : "disclosure.generalise")));
        released.levels()
                .forEach((attribute, level) -> disclosure.add(List.of(
                        texts.text("risk.generalisation", attributeName(attribute)),
                        level == 0 ? texts.text("risk.as-recorded") : texts.text("risk.level", level))));
        disclosure.add(List.of(texts.text("disclosure.threshold"), Integer.toString(rule.threshold())));
        return Section.of(
                texts.text("colophon.heading"),
                new Table(
                        texts.text("colophon.facts"),
                        List.of(texts.text("colophon.item"), texts.text("disclosure.value")),
                        facts),
                new Paragraph(texts.text("colophon.method") + ": " + texts.text("colophon.method-text")),
                new Table(
                        texts.text("colophon.disclosure"),
                        List.of(texts.text("disclosure.setting"), texts.text("disclosure.value")),
                        disclosure));
    }

    /** An APA-like reference: authors (year). Title (version) [Data set]. Publisher. DOI. */
    private String citation(ReleaseMetadata meta) {
        String authors = meta.creators().stream().map(Creator::citedName).collect(Collectors.joining("; "));
        StringBuilder out = new StringBuilder()
                .append(authors)
                .append(" (")
                .append(meta.released().getYear())
                .append("). ")
                .append(meta.title())
                .append(" (")
                .append(texts.text("colophon.version"))
                .append(' ')
                .append(meta.version())
                .append(") [")
                .append(texts.text("colophon.dataset"))
                .append("]. ")
                .append(meta.publisher())
                .append('.');
        meta.doi().ifPresent(d -> out.append(" https://doi.org/").append(d));
        return out.toString();
    }

    private List<Block> indicator(Indicator indicator, List<IndicatorTally.Row> rows) {
        List<Block> blocks = new ArrayList<>();
        IndicatorTally.Row all = rows.get(0);
        String phrase = all.phrase(language, indicator.unit());
        blocks.add(new Paragraph(texts.text(
                "indicator.summary", indicator.title(), phrase.isEmpty() ? texts.text("indicator.none") : phrase)));
        for (String breakdown : indicator.breakdowns()) {
            List<StackedBarChart.Bar> bars = new ArrayList<>();
            for (IndicatorTally.Row row : rows) {
                if (row.breakdown().equals(breakdown)) {
                    bars.add(new StackedBarChart.Bar(
                            categoryLabel(breakdown, row.category()),
                            List.of(row.numerator(), rest(row.numerator(), row.denominator()))));
                }
            }
            if (!bars.isEmpty()) {
                blocks.add(new StackedBarChart(
                        texts.text("indicator.by", indicator.title(), attributeName(breakdown)),
                        texts.text("indicator.description"),
                        List.of(indicator.title(), texts.text("indicator.other")),
                        bars));
            }
        }
        return blocks;
    }

    private Section risk(Published published) {
        ParticipantsGate.Passed released = published.released();
        RiskProfile profile = released.risk();
        List<List<String>> risk = new ArrayList<>();
        // From the one suppression pass over participant counts, like consent-summary.csv.
        risk.add(List.of(
                texts.text("risk.suppressed"),
                shown(published.participation().count(eu.coact.export.ExclusionReason.DISCLOSURE_SUPPRESSED.code()))));
        risk.add(List.of(texts.text("risk.classes"), number(profile.classes())));
        risk.add(List.of(texts.text("risk.highest"), percent(profile.highestProsecutorRisk())));
        risk.add(List.of(texts.text("risk.average"), percent(profile.averageProsecutorRisk())));
        List<List<String>> exclusions = new ArrayList<>();
        // The same suppressed counts as consent-summary.csv, so the two cannot be combined to reveal more.
        for (Participation.Row row : published.participation().rows()) {
            String status = row.status();
            exclusions.add(List.of(
                    texts.has("status." + status) ? texts.text("status." + status) : status, shown(row.count())));
        }
        return Section.of(
                texts.text("section.risk"),
                new Table(
                        texts.text("risk.title"), List.of(texts.text("risk.measure"), texts.text("risk.value")), risk),
                new Table(
                        texts.text("exclusions.title"),
                        List.of(texts.text("exclusions.status"), texts.text("exclusions.participants")),
                        exclusions));
    }

    /** The funnel stages as the one suppression pass publishes them (the same cells as consent-summary.csv). */
    private List<Datum> funnelStages(Participation participation) {
        String[] labels = {
            texts.text("funnel.joined"),
            texts.text("funnel.consented"),
            texts.text("funnel.profile-completed"),
            texts.text("funnel.stories-answered")
        };
        String[] statuses = {
            Participation.JOINED,
            Participation.CONSENTED,
            Participation.PROFILE_COMPLETED,
            Participation.STORIES_ANSWERED
        };
        List<Datum> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            out.add(new Datum(labels[i], participation.count(statuses[i])));
        }
        return out;
    }

    /** The question an attribute is, as the codebook words it in the release language. */
    private String attributeName(String attribute) {
        return codebook.questionsNamed(attribute).stream()
                .findFirst()
                .map(q -> plain(codebook.text(q.text(), language)))
                .filter(t -> !t.isBlank())
                .orElse(attribute);
    }

    /** The codebook label of a published value; generalised values keep their hierarchy name. */
    private String categoryLabel(String attribute, String category) {
        if (category.equals("*")) {
            return texts.text("indicator.generalised");
        }
        if (category.isEmpty() || category.equals(IndicatorTally.NOT_ANSWERED)) {
            return texts.text("words.not-answered");
        }
        if (attribute.equals("all")) {
            return texts.text("indicator.all");
        }
        for (CodebookQuestion q : codebook.questionsNamed(attribute)) {
            Optional<String> label = java.util.stream.Stream.concat(q.codes().stream(), q.missing().stream())
                    .filter(c -> c.code().equals(category))
                    .findFirst()
                    .map(c -> plain(codebook.text(c.label(), language)))
                    .filter(t -> !t.isBlank());
            if (label.isPresent()) {
                return label.get();
            }
        }
        return category;
    }

    /** Content markup (**bold**, _italic_, [label](url), backslash escapes) as plain text. */
    static String plain(String markup) {
        return markup.replaceAll("\\[([^\\]]*)]\\((https?://[^)]*)\\)", "$1")
                .replaceAll("\\*\\*", "")
                .replaceAll("(?<![\\p{L}\\p{N}\\\\])_([^_\\n]+)_(?![\\p{L}\\p{N}])", "$1")
                .replaceAll("\\\\([*_\\[\\]()\\\\])", "$1")
                .replace('\n', ' ')
                .strip();
    }

    private String models(List<PrivacyModel> models) {
        List<String> out = new ArrayList<>();
        for (PrivacyModel m : models) {
            if (m instanceof PrivacyModel.KAnonymity k) {
                out.add(texts.text("disclosure.k-anonymity", k.k()));
            } else if (m instanceof PrivacyModel.DistinctLDiversity l) {
                out.add(texts.text("disclosure.distinct-l", attributeName(l.attribute()), l.l()));
            } else if (m instanceof PrivacyModel.EntropyLDiversity l) {
                out.add(texts.text("disclosure.entropy-l", attributeName(l.attribute()), l.l()));
            } else if (m instanceof PrivacyModel.TCloseness t) {
                out.add(texts.text("disclosure.t-closeness", attributeName(t.attribute()), t.t()));
            }
        }
        return String.join("; ", out);
    }

    private static Cell rest(Cell numerator, Cell denominator) {
        if (numerator instanceof Cell.Shown n && denominator instanceof Cell.Shown d) {
            return Cell.shown(d.count() - n.count());
        }
        return new Cell.Hidden(Cell.Suppression.COMPLEMENTARY);
    }

    private static Cell small() {
        return new Cell.Hidden(Cell.Suppression.SMALL_COUNT);
    }

    private String small(long n) {
        return rule.isSmall(n) ? texts.text("risk.fewer-than", rule.threshold()) : number(n);
    }

    private String shown(Cell cell) {
        return cell instanceof Cell.Shown s ? number(s.count()) : texts.text("exclusions.not-shown", rule.threshold());
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(texts.language().locale()).format(n);
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(texts.language().locale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }
}
