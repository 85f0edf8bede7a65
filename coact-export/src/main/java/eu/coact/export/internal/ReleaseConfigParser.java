package eu.coact.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.anonymise.disclosure.Hierarchy;
import eu.coact.anonymise.disclosure.PrivacyModel;
import eu.coact.core.PurposeId;
import eu.coact.core.files.FolderWalk;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import eu.coact.core.read.NodeReader;
import eu.coact.core.read.NodeReader.Need;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.DisclosureAction;
import eu.coact.export.Indicator;
import eu.coact.export.QuoteRules;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.TimeGrain;
import eu.coact.export.datapackage.Source;
import eu.coact.export.deposit.ReleaseMetadata;
import eu.coact.export.deposit.internal.MetadataParser;
import eu.coact.export.disclosure.SmallCellSuppression;
import eu.coact.export.report.ReportTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code release.yaml}, collecting every problem with its file, path and line. */
public final class ReleaseConfigParser {

    private static final Set<String> RELEASE_KEYS = Set.of(
            "name",
            "sources",
            "purposes",
            "participants",
            "disclosure",
            "small-cell-threshold",
            "answered-at",
            "indicators",
            "quotes");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9._-]{0,98}[a-z0-9])?");

    private final SourceDocument doc;
    private final Path folder;
    private final Problems.Builder problems = Problems.builder();
    private final NodeReader fields;

    private ReleaseConfigParser(SourceDocument doc, Path folder) {
        this.doc = doc;
        this.folder = folder;
        this.fields = new NodeReader(doc, problems);
    }

    /**
     * The configuration in a document, or every problem that prevents it.
     *
     * @param doc    the document
     * @param folder where hierarchy files named in it are looked up
     * @return the configuration or its problems
     */
    public static Validated<ReleaseConfig> parse(SourceDocument doc, Path folder) {
        return new ReleaseConfigParser(doc, folder).parse();
    }

    private Validated<ReleaseConfig> parse() {
        JsonNode root = doc.root();
        if (!root.isObject()) {
            error("", "wrong-type", "a release configuration is a mapping of keys such as title, version, purposes");
            return Validated.invalid(problems.build());
        }
        Validated<ReleaseMetadata> metadata = MetadataParser.parse(doc, RELEASE_KEYS);
        problems.addAll(metadata.problems());
        if (metadata instanceof Validated.Valid<ReleaseMetadata> m
                && ReportTexts.of(m.value().language()).isEmpty()) {
            // Found here, before the journal is read, not when the report is written at the end of the release.
            error(
                    "/language",
                    "unsupported-language",
                    "the report has no texts in '" + m.value().language().tag()
                            + "'; write the release in one of "
                            + String.join(
                                    ", ",
                                    ReportTexts.LANGUAGES.stream()
                                            .map(eu.coact.core.Language::tag)
                                            .toList())
                            + ", or add report texts for it");
        }
        String name = fields.text(root, "", "name", Need.REQUIRED).orElse("");
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            error(
                    "/name",
                    "invalid-name",
                    "the package name is lower case letters, digits, '.', '-' or '_', such as "
                            + "coact-mental-health");
        }
        List<Source> sources = new ArrayList<>();
        forEach(root, "/sources", (node, at) -> {
            fields.knownFields(node, at, "a source", Set.of("title", "path"));
            fields.text(node, at, "title", Need.REQUIRED)
                    .ifPresent(t -> sources.add(new Source(t, fields.text(node, at, "path", Need.OPTIONAL))));
        });
        PurposeId publication = purpose(root.path("purposes"), "publication", "publish-open-data");
        PurposeId quoting = purpose(root.path("purposes"), "quoting", "quote-free-text");
        fields.knownFields(root.path("purposes"), "/purposes", "'purposes'", Set.of("publication", "quoting"));

        JsonNode participants = root.path("participants");
        fields.knownFields(
                participants, "/participants", "'participants'", Set.of("quasi-identifiers", "sensitive", "withheld"));
        Map<String, Hierarchy> quasi = new LinkedHashMap<>();
        JsonNode qi = participants.path("quasi-identifiers");
        if (qi.isMissingNode()) {
            error(
                    "/participants",
                    "missing-field",
                    "'participants/quasi-identifiers' is required: each published "
                            + "participant attribute that could identify someone, with its hierarchy file");
        } else if (!qi.isObject() || qi.isEmpty()) {
            error(
                    "/participants/quasi-identifiers",
                    "wrong-type",
                    "'quasi-identifiers' maps each attribute to its hierarchy file, e.g. gender: hierarchies/gender.csv");
        } else {
            for (Iterator<String> it = qi.fieldNames(); it.hasNext(); ) {
                String attribute = it.next();
                String at = "/participants/quasi-identifiers/" + SourceDocument.escape(attribute);
                fields.text(qi, "/participants/quasi-identifiers", attribute, Need.REQUIRED)
                        .flatMap(file -> hierarchy(at, file))
                        .ifPresent(h -> quasi.put(attribute, h));
            }
        }
        List<String> sensitive = new ArrayList<>();
        JsonNode sens = participants.path("sensitive");
        if (!sens.isMissingNode()) {
            if (!sens.isArray()) {
                error("/participants/sensitive", "wrong-type", "'sensitive' is a list of attribute names");
            } else {
                for (int i = 0; i < sens.size(); i++) {
                    String at = "/participants/sensitive/" + i;
                    if (!sens.get(i).isTextual() || sens.get(i).textValue().isBlank()) {
                        error(at, "wrong-type", "each sensitive attribute is a name");
                    } else if (qi.has(sens.get(i).textValue())
                            || sensitive.contains(sens.get(i).textValue())) {
                        error(at, "duplicate-attribute", "'" + sens.get(i).textValue() + "' is named twice");
                    } else {
                        sensitive.add(sens.get(i).textValue());
                    }
                }
            }
        }
        List<String> withheld = new ArrayList<>();
        JsonNode held = participants.path("withheld");
        if (!held.isMissingNode() && !held.isArray()) {
            error("/participants/withheld", "wrong-type", "'withheld' is a list of profile question names");
        } else if (held.isArray()) {
            for (int i = 0; i < held.size(); i++) {
                String question = held.get(i).asText("");
                if (question.isBlank()) {
                    error("/participants/withheld/" + i, "wrong-type", "each withheld question is a name");
                } else if (qi.has(question) || sensitive.contains(question) || withheld.contains(question)) {
                    error("/participants/withheld/" + i, "duplicate-attribute", "'" + question + "' is named twice");
                } else {
                    withheld.add(question);
                }
            }
        }
        QuoteRules quotes = new QuotesSection(doc, folder, problems).read();
        Set<String> attributes = new LinkedHashSet<>(quasi.keySet());
        qi.fieldNames().forEachRemaining(attributes::add);
        attributes.addAll(sensitive);

        JsonNode disclosure = root.path("disclosure");
        fields.knownFields(
                disclosure, "/disclosure", "'disclosure'", Set.of("models", "suppression-limit", "when-violated"));
        List<PrivacyModel> models = new ArrayList<>();
        JsonNode list = disclosure.path("models");
        if (!list.isArray() || list.isEmpty()) {
            error(
                    list.isMissingNode() ? "/disclosure" : "/disclosure/models",
                    "missing-field",
                    "'disclosure/models' is a non-empty list such as [{k-anonymity: 5}]");
        } else {
            PrivacyModelEntry modelEntry = new PrivacyModelEntry(fields);
            for (int i = 0; i < list.size(); i++) {
                modelEntry
                        .read(list.get(i), "/disclosure/models/" + i, sensitive)
                        .ifPresent(models::add);
            }
        }
        double suppressionLimit = fields.number(disclosure, "/disclosure", "suppression-limit", Need.OPTIONAL)
                .orElse(0.0);
        if (!(suppressionLimit >= 0 && suppressionLimit < 1)) {
            error(
                    "/disclosure/suppression-limit",
                    "out-of-range",
                    "'suppression-limit' is a share from 0 to below 1, "
                            + "e.g. 0.05 for at most 5 % of the participants");
        }
        DisclosureAction action = fields.text(disclosure, "/disclosure", "when-violated", Need.OPTIONAL)
                .map(code -> {
                    Optional<DisclosureAction> known = DisclosureAction.fromCode(code);
                    if (known.isEmpty()) {
                        error(
                                "/disclosure/when-violated",
                                "unknown-action",
                                "'when-violated' is 'generalise' or 'refuse'");
                    }
                    return known.orElse(DisclosureAction.REFUSE);
                })
                .orElse(DisclosureAction.REFUSE);

        double threshold = fields.number(root, "", "small-cell-threshold", Need.OPTIONAL)
                .orElse((double) SmallCellSuppression.DEFAULT_THRESHOLD);
        if (threshold != Math.rint(threshold) || threshold < 1 || threshold > 1000) {
            error("/small-cell-threshold", "out-of-range", "'small-cell-threshold' is a whole number from 1 to 1000");
        }
        TimeGrain grain = fields.text(root, "", "answered-at", Need.OPTIONAL)
                .map(code -> {
                    Optional<TimeGrain> known = TimeGrain.fromCode(code);
                    if (known.isEmpty()) {
                        error(
                                "/answered-at",
                                "unknown-grain",
                                "'answered-at' is one of "
                                        + Arrays.stream(TimeGrain.values())
                                                .map(TimeGrain::code)
                                                .toList());
                    }
                    return known.orElse(TimeGrain.WEEK);
                })
                .orElse(TimeGrain.WEEK);

        List<Indicator> indicators = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        IndicatorEntry indicatorEntry = new IndicatorEntry(fields);
        forEach(
                root,
                "/indicators",
                (node, at) -> indicatorEntry.read(node, at, attributes, ids).ifPresent(indicators::add));

        if (problems.hasErrors() || !(metadata instanceof Validated.Valid<ReleaseMetadata> valid)) {
            return Validated.invalid(problems.build());
        }
        return Validated.valid(
                new ReleaseConfig(
                        name,
                        valid.value(),
                        sources,
                        publication,
                        quoting,
                        quasi,
                        sensitive,
                        withheld,
                        quotes,
                        models,
                        suppressionLimit,
                        action,
                        (int) threshold,
                        grain,
                        indicators),
                problems.build());
    }

    private Optional<Hierarchy> hierarchy(String at, String file) {
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder.normalize())) {
            error(at, "outside-folder", "a hierarchy file is inside the study folder, not '" + file + "'");
            return Optional.empty();
        }
        // A folder on the way that is a link (hierarchies/ → /etc) is refused like a linked file.
        Validated<Path> inside = FolderWalk.within(folder, path);
        Validated<Hierarchy> read = !inside.isValid()
                ? Validated.invalid(inside.problems())
                : file.endsWith(".yaml") || file.endsWith(".yml") ? Hierarchy.readYaml(path) : Hierarchy.readCsv(path);
        if (!read.isValid()) {
            error(
                    at,
                    "invalid-hierarchy",
                    "the hierarchy '" + file + "' cannot be used (see the problems of that file)");
        }
        problems.addAll(read.problems());
        return read.asOptional();
    }

    // --- small readers ------------------------------------------------------------------------

    private interface Each {
        void accept(JsonNode node, String at);
    }

    private void forEach(JsonNode parent, String pointer, Each each) {
        JsonNode list = parent.at(pointer);
        if (list.isMissingNode()) {
            return;
        }
        if (!list.isArray()) {
            error(pointer, "wrong-type", "'" + pointer.substring(1) + "' is a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                error(pointer + "/" + i, "wrong-type", "each entry of '" + pointer.substring(1) + "' is a mapping");
                continue;
            }
            each.accept(list.get(i), pointer + "/" + i);
        }
    }

    private PurposeId purpose(JsonNode purposes, String field, String fallback) {
        return fields.text(purposes, "/purposes", field, Need.OPTIONAL)
                .flatMap(p -> {
                    try {
                        return Optional.of(PurposeId.of(p));
                    } catch (IllegalArgumentException e) {
                        error("/purposes/" + field, "invalid-purpose", e.getMessage());
                        return Optional.empty();
                    }
                })
                .orElse(PurposeId.of(fallback));
    }

    private void error(String pointer, String code, String message) {
        problems.error(code, message, doc.locate(pointer));
    }
}
