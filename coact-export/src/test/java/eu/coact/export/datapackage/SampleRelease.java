package eu.coact.export.datapackage;

import eu.coact.core.csv.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A small study release: participants, answers referring to them, and a codebook of answer codes. */
final class SampleRelease {

    static final String RATHER_NOT = "rather-not-answer";

    private SampleRelease() {}

    static DataPackage descriptor() {
        TableSchema participants = TableSchema.of(List.of(
                        Field.of("participant", FieldType.STRING)
                                .constrained(Constraints.none().andMatching("p-[0-9]{4}")),
                        Field.of("age_band", FieldType.STRING)
                                .described("Age band", "Generalised age")
                                .constrained(Constraints.none().andOneOf(List.of("18-29", "30-49", "50+"))),
                        Field.of("joined", FieldType.DATE)
                                .constrained(Constraints.none().andRequired())))
                .withMissingValues("", RATHER_NOT)
                .withPrimaryKey("participant");
        TableSchema codes = TableSchema.of(List.of(
                        Field.of("code", FieldType.STRING)
                                .constrained(Constraints.none().andRequired().andUnique()),
                        Field.of("label_en", FieldType.STRING)))
                .withPrimaryKey("code");
        TableSchema answers = TableSchema.of(List.of(
                        Field.of("participant", FieldType.STRING),
                        Field.of("block", FieldType.STRING),
                        Field.of("answer", FieldType.STRING)
                                .constrained(Constraints.none().andRequired()),
                        Field.of("attempts", FieldType.INTEGER)
                                .constrained(Constraints.none().andBetween("1", "5")),
                        Field.of("answered_at", FieldType.DATETIME),
                        Field.of("share", FieldType.NUMBER),
                        Field.of("first", FieldType.BOOLEAN)))
                .withPrimaryKey("participant", "block")
                .withForeignKey(ForeignKey.to("participant", "participants", "participant"))
                .withForeignKey(ForeignKey.to("answer", "answer-codes", "code"));
        return DataPackage.builder("coact-sample")
                .title("CoAct sample release")
                .description("Answers to microstories, pseudonymised.")
                .version("1.0.0")
                .created(Instant.parse("2026-11-21T10:00:00Z"))
                .licence(Licence.ccBy4())
                .contributor(Contributor.of("Co-Researchers of the study", "creator"))
                .contributor(new Contributor(
                        "Research team",
                        List.of("contact", "dataCurator"),
                        Optional.of("A university"),
                        Optional.empty()))
                .source(new Source("CoAct for Mental Health chatbot", Optional.empty()))
                .keyword("citizen social science")
                .resource(DataResource.csv("participants", "participants.csv", participants)
                        .described("Participants", "One row per participant"))
                .resource(DataResource.csv("answer-codes", "codebook/answer-codes.csv", codes))
                .resource(DataResource.csv("answers", "answers.csv", answers))
                .build();
    }

    /** Writes the sample package with valid data into a directory. */
    static DataPackage writeTo(Path dir) throws IOException {
        DataPackage pkg = descriptor();
        DataPackageJson.write(pkg, dir);
        write(
                dir.resolve("participants.csv"),
                pkg,
                "participants",
                List.of(
                        List.of("p-0001", "18-29", "2021-03-01"),
                        List.of("p-0002", RATHER_NOT, "2021-03-02"),
                        List.of("p-0003", "50+", "2021-03-05")));
        Files.createDirectories(dir.resolve("codebook"));
        write(
                dir.resolve("codebook/answer-codes.csv"),
                pkg,
                "answer-codes",
                List.of(
                        List.of("same", "I have had the same experience"),
                        List.of("similar", "Something similar"),
                        List.of("none", "Nothing like it, \"never\"")));
        write(
                dir.resolve("answers.csv"),
                pkg,
                "answers",
                List.of(
                        List.of("p-0001", "C01", "same", "1", "2021-03-01T10:00:00Z", "0.5", "true"),
                        List.of("p-0001", "C02", "none", "2", "2021-03-02T10:00:00Z", "1e-3", "false"),
                        List.of("p-0002", "C01", "similar", "", "2021-03-03T10:00:00+01:00", "NaN", "1"),
                        List.of("p-0003", "C01", "same", "5", "2021-03-04T10:00:00", "-2", "0")));
        return pkg;
    }

    static void write(Path file, DataPackage pkg, String resource, List<List<String>> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                CsvWriter csv = CsvWriter.open(
                        out, pkg.resource(resource).orElseThrow().schema().fieldNames())) {
            for (List<String> row : rows) {
                csv.writeRow(row);
            }
        }
    }
}
