package eu.coact.export.internal;

import eu.coact.core.Language;
import eu.coact.export.TimeGrain;
import eu.coact.export.datapackage.Constraints;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.ForeignKey;
import eu.coact.export.datapackage.PortableRegex;
import eu.coact.export.datapackage.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The resources of a study release and their Table Schemas. */
final class ReleaseSchemas {

    static final String PARTICIPANTS = "participants";
    static final String ANSWERS = "answers";
    static final String QUOTES = "quotes";
    static final String MICROSTORIES = "microstories";
    static final String BLOCKS = "codebook-blocks";
    static final String QUESTIONS = "codebook-questions";
    static final String CODES = "codebook-codes";
    static final String CONSENT = "consent-summary";

    private ReleaseSchemas() {}

    private static Field required(String name, FieldType type, String description) {
        return Field.of(name, type)
                .described("", description)
                .constrained(Constraints.none().andRequired());
    }

    static DataResource participants(
            List<String> attributes, Map<String, List<String>> categories, List<String> missing) {
        List<Field> fields = new ArrayList<>();
        fields.add(required("participant", FieldType.STRING, "release pseudonym; links to no other dataset")
                .constrained(Constraints.none().andRequired().andUnique()));
        for (String attribute : attributes) {
            Field f = Field.of(attribute, FieldType.STRING).described("", "profile answer, generalised as published");
            List<String> allowed = categories.getOrDefault(attribute, List.of()).stream()
                    .filter(c -> !missing.contains(c))
                    .toList();
            fields.add(allowed.isEmpty() ? f : f.constrained(Constraints.none().andOneOf(allowed)));
        }
        TableSchema schema =
                TableSchema.of(fields).withMissingValues(withEmpty(missing)).withPrimaryKey("participant");
        return DataResource.csv(PARTICIPANTS, "participants.csv", schema)
                .described(
                        "Participants",
                        "One row per participant who consented to publication, with generalised socio-demographics.");
    }

    static DataResource answers(List<String> codes, boolean multiple, List<String> missing, TimeGrain grain) {
        Field answer = Field.of("answer", FieldType.STRING).described("", "final answer code (see the codebook)");
        if (multiple) {
            answer = answer.constrained(Constraints.none().andMatching(PortableRegex.listOf(codes, ",")));
        } else {
            answer = answer.constrained(Constraints.none().andOneOf(codes));
        }
        Field at = grain == TimeGrain.MONTH
                ? required("answered_at", FieldType.STRING, "month of the final answer (UTC)")
                        .constrained(Constraints.none().andRequired().andMatching("[0-9]{4}-(0[1-9]|1[0-2])"))
                : required(
                        "answered_at",
                        FieldType.DATE,
                        grain == TimeGrain.DAY
                                ? "day of the final answer (UTC)"
                                : "Monday of the week of the final answer (UTC)");
        List<Field> fields = new java.util.ArrayList<>(List.of(
                required("participant", FieldType.STRING, "release pseudonym"),
                required("block", FieldType.STRING, "content block"),
                required("question", FieldType.STRING, "question variable (see the codebook)"),
                answer,
                required("attempts", FieldType.INTEGER, "attempts answered (confirm-and-retry)")
                        .constrained(Constraints.none().andRequired().andBetween("1", "9"))));
        if (grain != TimeGrain.NONE) {
            fields.add(at);
        }
        TableSchema schema = TableSchema.of(fields)
                .withMissingValues(withEmpty(missing))
                .withPrimaryKey("participant", "block", "question")
                .withForeignKey(ForeignKey.to("participant", PARTICIPANTS, "participant"))
                .withForeignKey(new ForeignKey(
                        List.of("block", "question"), java.util.Optional.of(QUESTIONS), List.of("block", "question")));
        return DataResource.csv(ANSWERS, "answers.csv", schema)
                .described(
                        "Answers",
                        "Long format: one row per participant, block and question, with the answer that counts.");
    }

    static DataResource quotes() {
        TableSchema schema = TableSchema.of(List.of(
                        required(
                                "quote",
                                FieldType.STRING,
                                "quote id, from the " + "quoted text; it links to no participant"),
                        required("block", FieldType.STRING, "content block"),
                        required("question", FieldType.STRING, "question variable"),
                        Field.of("text", FieldType.STRING).described("", "free text, scrubbed of identifiers")))
                .withMissingValues("")
                .withPrimaryKey("quote");
        return DataResource.csv(QUOTES, "quotes.csv", schema)
                .described(
                        "Free-text answers",
                        "Only quotes the team approved after reading them, from participants who granted quoting, with "
                                + "identifiers replaced by tokens such as [PHONE]. A quote carries its own id and no "
                                + "participant pseudonym, so it cannot be joined to the other files.");
    }

    static DataResource microstories(List<Language> languages) {
        List<Field> fields = new ArrayList<>(List.of(
                required("id", FieldType.STRING, "block id")
                        .constrained(Constraints.none().andRequired().andUnique()),
                required("kind", FieldType.STRING, "share-experience or find-solutions")
                        .constrained(Constraints.none()
                                .andRequired()
                                .andOneOf(List.of("share-experience", "find-solutions"))),
                required("social_environment", FieldType.STRING, "where support happens")
                        .constrained(Constraints.none()
                                .andRequired()
                                .andOneOf(List.of("close", "professional-institutional", "society"))),
                Field.of("themes", FieldType.STRING).described("", "themes separated by ';'"),
                Field.of("teller", FieldType.STRING).described("", "the teller's role, scrubbed")));
        for (Language l : languages) {
            fields.add(Field.of("text_" + l.tag(), FieldType.STRING)
                    .described("", "the story in " + l.tag() + ", scrubbed"));
        }
        TableSchema schema = TableSchema.of(fields)
                .withMissingValues("")
                .withPrimaryKey("id")
                .withForeignKey(ForeignKey.to("id", BLOCKS, "block"));
        return DataResource.csv(MICROSTORIES, "microstories.csv", schema)
                .described(
                        "Microstories",
                        "The stories participants answered, with their kind, social environment and themes.");
    }

    static DataResource blocks() {
        TableSchema schema = TableSchema.of(List.of(
                        required("block", FieldType.STRING, "block id")
                                .constrained(Constraints.none().andRequired().andUnique()),
                        required("kind", FieldType.STRING, "what the block is for"),
                        required(
                                "in_sequence",
                                FieldType.BOOLEAN,
                                "whether participants receive it in the study's sequence")))
                .withPrimaryKey("block");
        return DataResource.csv(BLOCKS, "codebook/blocks.csv", schema)
                .described("Codebook: blocks", "Every content block.");
    }

    static DataResource questions(List<Language> languages) {
        List<Field> fields = new ArrayList<>(List.of(
                required("block", FieldType.STRING, "block id"),
                required("question", FieldType.STRING, "question variable"),
                required("type", FieldType.STRING, "how it is answered")
                        .constrained(Constraints.none()
                                .andRequired()
                                .andOneOf(List.of("single-choice", "multiple-choice", "free-text"))),
                required(
                                "disclosure",
                                FieldType.STRING,
                                "what the answer can reveal about a participant; only "
                                        + "'none' answers are in answers.csv, quasi-identifiers and sensitive answers only in "
                                        + "participants.csv after disclosure control")
                        .constrained(Constraints.none()
                                .andRequired()
                                .andOneOf(java.util.Arrays.stream(eu.coact.content.DisclosureRole.values())
                                        .map(eu.coact.content.DisclosureRole::code)
                                        .toList()))));
        for (Language l : languages) {
            fields.add(Field.of("text_" + l.tag(), FieldType.STRING).described("", "question text in " + l.tag()));
        }
        TableSchema schema = TableSchema.of(fields)
                .withMissingValues("")
                .withPrimaryKey("block", "question")
                .withForeignKey(ForeignKey.to("block", BLOCKS, "block"));
        return DataResource.csv(QUESTIONS, "codebook/questions.csv", schema)
                .described("Codebook: questions", "Every question with its text in every language.");
    }

    static DataResource codes(List<Language> languages) {
        List<Field> fields = new ArrayList<>(List.of(
                required("block", FieldType.STRING, "block id"),
                required("question", FieldType.STRING, "question variable"),
                required("code", FieldType.STRING, "answer code"),
                required("missing", FieldType.BOOLEAN, "true for \"I'd rather not answer\" codes")));
        for (Language l : languages) {
            fields.add(Field.of("label_" + l.tag(), FieldType.STRING).described("", "label in " + l.tag()));
        }
        TableSchema schema = TableSchema.of(fields)
                .withMissingValues("")
                .withPrimaryKey("block", "question", "code")
                .withForeignKey(new ForeignKey(
                        List.of("block", "question"), java.util.Optional.of(QUESTIONS), List.of("block", "question")));
        return DataResource.csv(CODES, "codebook/codes.csv", schema)
                .described("Codebook: answer codes", "Every answer code with its label in every language.");
    }

    static DataResource consentSummary() {
        TableSchema schema = TableSchema.of(List.of(
                        required("status", FieldType.STRING, "included, or why left out")
                                .constrained(Constraints.none().andRequired().andUnique()),
                        Field.of("participants", FieldType.INTEGER)
                                .described(
                                        "",
                                        "count; empty when too small to "
                                                + "publish, or hidden so that no small count can be worked out from the others"),
                        Field.of("part_of", FieldType.STRING)
                                .described(
                                        "",
                                        "the status whose count this one is a "
                                                + "part of: the parts of a status add up to it; empty for none")))
                .withMissingValues("")
                .withPrimaryKey("status");
        return DataResource.csv(CONSENT, "consent-summary.csv", schema)
                .described(
                        "Consent summary",
                        "Participant counts: who joined, consented, is included or left out and why, and the funnel. Counts "
                                + "only; small counts and the counts that would give them away are suppressed.");
    }

    static DataResource indicator(String id, String title) {
        TableSchema schema = TableSchema.of(List.of(
                        required("breakdown", FieldType.STRING, "attribute, or 'all'"),
                        required("category", FieldType.STRING, "category of the attribute"),
                        Field.of("numerator", FieldType.INTEGER).described("", "count; empty when suppressed"),
                        Field.of("denominator", FieldType.INTEGER).described("", "count; empty when suppressed"),
                        Field.of("phrase", FieldType.STRING).described("", "the count as the study phrased it")))
                .withMissingValues("")
                .withPrimaryKey("breakdown", "category");
        return DataResource.csv("indicator-" + id, "indicators/" + id + ".csv", schema)
                .described(title, "Indicator with small-cell and complementary suppression.");
    }

    private static String[] withEmpty(List<String> missing) {
        List<String> all = new ArrayList<>();
        all.add("");
        missing.stream().filter(m -> !m.isEmpty()).forEach(all::add);
        return all.toArray(String[]::new);
    }
}
