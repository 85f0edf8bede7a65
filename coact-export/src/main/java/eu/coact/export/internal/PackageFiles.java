package eu.coact.export.internal;

import eu.coact.anonymise.scrub.Scrubber;
import eu.coact.content.ContentBlock;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.csv.CsvWriter;
import eu.coact.export.Indicator;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseFiles;
import eu.coact.export.ReleaseInputs;
import eu.coact.export.TimeGrain;
import eu.coact.export.datapackage.Contributor;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataPackageJson;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.deposit.CitationCff;
import eu.coact.export.deposit.Contribution;
import eu.coact.export.deposit.Creator;
import eu.coact.export.deposit.DataCiteJson;
import eu.coact.export.disclosure.Cell;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.report.HtmlReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the files of a release's data package from what the gates let through: participants,
 * answers (streamed from the spill, quotes and indicator counts collected on the way), quotes,
 * microstories, codebook, participation, indicators, the report, the settings, the descriptor
 * and the deposit metadata.
 */
final class PackageFiles {

    private final ReleaseConfig config;
    private final ReleaseInputs inputs;
    private final Codebook codebook;
    private final List<CodebookQuestion> questions;
    private final SmallCellSuppression rule;
    private final Scrubber scrubber = Scrubber.standard();
    private final Language language;
    /** Per codebook question: whether its answers may be quoted. */
    private final boolean[] quotable;

    PackageFiles(
            ReleaseConfig config,
            ReleaseInputs inputs,
            Codebook codebook,
            SmallCellSuppression rule,
            boolean[] quotable) {
        this.config = config;
        this.inputs = inputs;
        this.codebook = codebook;
        this.questions = codebook.questions();
        this.rule = rule;
        this.language = config.metadata().language();
        this.quotable = quotable;
    }

    /** Writes every file of the package into {@code files}, counting the rows of each table in {@code rowCounts}. */
    void write(ReleaseFiles files, Released released, AnswerSpill spill, Quotes quotes, Map<String, Long> rowCounts)
            throws IOException {
        List<DataResource> resources = new ArrayList<>();
        List<String> attributes = config.attributes();
        List<String> missingCodes = codebook.missingCodes();

        // Participants: the released view without its derived columns.
        DataResource participants =
                ReleaseSchemas.participants(attributes, released.gate().categories(), missingCodes);
        resources.add(participants);
        try (OutputStream out = files.create(participants.path());
                CsvWriter csv = ReleaseCsv.open(out, participants.schema())) {
            for (int i = 0; i < released.pseudonyms().size(); i++) {
                List<String> row = new ArrayList<>(attributes.size() + 1);
                row.add(released.pseudonyms().get(i));
                row.addAll(released.rows().get(i));
                csv.writeRow(row);
            }
            rowCounts.put(participants.name(), csv.rowsWritten());
        }

        // Answers (streamed from the spill), quotes collected, and everything counted on the way.
        List<IndicatorTally> tallies = new ArrayList<>();
        for (Indicator indicator : config.indicators()) {
            List<IndicatorTally.Breakdown> breakdowns = new ArrayList<>();
            for (String b : indicator.breakdowns()) {
                breakdowns.add(new IndicatorTally.Breakdown(
                        b, attributes.indexOf(b), released.gate().categories().getOrDefault(b, List.of())));
            }
            tallies.add(new IndicatorTally(indicator, breakdowns));
        }
        boolean multiple = codebook.questions().stream().anyMatch(q -> q.type().equals("multiple-choice"));
        TimeGrain grain = released.timesShown() ? config.answeredAt() : TimeGrain.NONE;
        DataResource answers = ReleaseSchemas.answers(codebook.answerCodes(), multiple, missingCodes, grain);
        resources.add(answers);
        Map<String, Long> perStory = new LinkedHashMap<>();
        inputs.study().blocks().values().stream()
                .filter(b -> b.story().isPresent())
                .forEach(b -> perStory.put(b.id().value(), 0L));
        try (OutputStream out = files.create(answers.path());
                CsvWriter csv = ReleaseCsv.open(out, answers.schema())) {
            CoarseTimes days = new CoarseTimes(grain);
            spill.replay((candidate, q, value, attempts, epochSecond) -> {
                int i = released.index()[candidate];
                if (i < 0) {
                    return;
                }
                CodebookQuestion question = questions.get(q);
                if (quotable[q]) {
                    if (released.quotable()[i]) {
                        quotes.add(question.block(), question.question(), value);
                    }
                    return;
                }
                String pseudonym = released.pseudonyms().get(i);
                if (grain == TimeGrain.NONE) {
                    csv.writeRow(pseudonym, question.block(), question.question(), value, Integer.toString(attempts));
                } else {
                    String at = days.of(epochSecond);
                    csv.writeRow(
                            pseudonym, question.block(), question.question(), value, Integer.toString(attempts), at);
                }
                perStory.computeIfPresent(question.block(), (k, n) -> n + 1);
                boolean isMissing = question.isMissing(value);
                List<String> profile = released.rows().get(i);
                for (IndicatorTally tally : tallies) {
                    tally.count(question.block(), question.question(), value, isMissing, profile);
                }
            });
            rowCounts.put(answers.name(), csv.rowsWritten());
        }
        DataResource quoteResource = ReleaseSchemas.quotes();
        resources.add(quoteResource);
        rowCounts.put(
                quoteResource.name(),
                quotes.writeApproved(
                        files.create(quoteResource.path()),
                        quoteResource.schema().fieldNames()));

        // Microstories and the codebook.
        DataResource stories = ReleaseSchemas.microstories(codebook.languages());
        resources.add(stories);
        try (OutputStream out = files.create(stories.path());
                CsvWriter csv = ReleaseCsv.open(out, stories.schema())) {
            for (ContentBlock block : codebook.blocks()) {
                if (block.story().isEmpty()) {
                    continue;
                }
                var story = block.story().get();
                List<String> row = new ArrayList<>(List.of(
                        block.id().value(),
                        block.kind().code(),
                        story.environment().code(),
                        String.join(";", new TreeSet<>(story.themes())),
                        scrubber.scrub(story.teller()).text()));
                List<LocalizedText> told = story.tellingMessages().stream()
                        .flatMap(id -> block.message(id).stream())
                        .map(m -> Codebook.plain(m.text()))
                        .toList();
                for (Language l : codebook.languages()) {
                    row.add(scrubber.scrub(storyText(told, l)).text());
                }
                csv.writeRow(row);
            }
            rowCounts.put(stories.name(), csv.rowsWritten());
        }
        resources.addAll(CodebookFiles.write(files, codebook, config.metadata().title(), rowCounts));

        // Participation: the one suppressed table of participant counts.
        DataResource consentSummary = ReleaseSchemas.consentSummary();
        resources.add(consentSummary);
        try (OutputStream out = files.create(consentSummary.path());
                CsvWriter csv = ReleaseCsv.open(out, consentSummary.schema())) {
            for (Participation.Row row : released.participation().rows()) {
                csv.writeRow(row.status(), count(row.count()), row.partOf());
            }
            rowCounts.put(consentSummary.name(), csv.rowsWritten());
        }

        // Indicators.
        Map<Indicator, List<IndicatorTally.Row>> indicatorRows = new LinkedHashMap<>();
        for (IndicatorTally tally : tallies) {
            Indicator indicator = tally.indicator();
            DataResource resource = ReleaseSchemas.indicator(indicator.id(), indicator.title());
            resources.add(resource);
            List<IndicatorTally.Row> published = tally.rows(rule);
            indicatorRows.put(indicator, published);
            try (OutputStream out = files.create(resource.path());
                    CsvWriter csv = ReleaseCsv.open(out, resource.schema())) {
                for (IndicatorTally.Row row : published) {
                    csv.writeRow(
                            row.breakdown(),
                            row.category(),
                            count(row.numerator()),
                            count(row.denominator()),
                            row.phrase(language, indicator.unit()));
                }
                rowCounts.put(resource.name(), csv.rowsWritten());
            }
        }

        // The report (from the same published counts), the settings, the descriptor and the deposit metadata.
        files.writeString(
                "report.html",
                HtmlReport.render(ReleaseReport.build(
                        config,
                        codebook,
                        perStory,
                        new ReleaseReport.Published(
                                indicatorRows,
                                released.participation(),
                                released.pseudonyms().size(),
                                released.gate()),
                        rule)));
        files.writeString(
                ReleaseSettings.FILE_NAME,
                ReleaseSettings.render(config, released.gate().levels()));
        DataPackage.Builder pkg = DataPackage.builder(config.name())
                .title(config.metadata().title())
                .description(config.metadata().description())
                .version(config.metadata().version())
                .created(inputs.releaseTime())
                .licence(config.metadata().licence());
        for (Creator creator : config.metadata().creators()) {
            pkg.contributor(Contributor.of(creator.citedName(), "creator"));
        }
        for (Contribution c : config.metadata().contributors()) {
            pkg.contributor(Contributor.of(c.contributor().citedName(), c.role().dataCiteName()));
        }
        config.sources().forEach(pkg::source);
        inputs.answers().anchor().ifPresent(anchor -> pkg.source(JournalSource.of(anchor)));
        config.metadata().keywords().forEach(pkg::keyword);
        resources.forEach(pkg::resource);
        files.writeString(DataPackageJson.FILE_NAME, DataPackageJson.render(pkg.build()));
        files.writeString(DataCiteJson.fileName(config.metadata()), DataCiteJson.render(config.metadata()));
        files.writeString(CitationCff.FILE_NAME, CitationCff.render(config.metadata()));
    }

    /** A published count as written in a table: the number when shown, empty when suppressed. */
    static String count(Cell cell) {
        return cell instanceof Cell.Shown shown ? Long.toString(shown.count()) : "";
    }

    /** A story's text in one language: its telling messages' plain texts, one a line. */
    private static String storyText(List<LocalizedText> told, Language language) {
        return String.join(
                "\n",
                told.stream()
                        .flatMap(t -> t.in(language).stream())
                        .filter(t -> !t.isBlank())
                        .toList());
    }
}
