package eu.coact.benchmarks.export;

import eu.coact.core.csv.CsvWriter;
import eu.coact.export.datapackage.Constraints;
import eu.coact.export.datapackage.DataPackage;
import eu.coact.export.datapackage.DataPackageJson;
import eu.coact.export.datapackage.DataResource;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.ForeignKey;
import eu.coact.export.datapackage.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A synthetic release shaped like the study's: 10,000 participants, each answering
 * {@code rows / 10,000} content blocks, in long format.
 */
final class AnswerRows {

    static final int PARTICIPANTS = 10_000;
    static final List<String> HEADER = List.of("participant", "block", "answer", "attempts", "answered_at");
    private static final String[] CODES = {"same", "similar", "none", "rather-not-answer"};
    private static final String[] BANDS = {"18-29", "30-49", "50-64", "65+", "rather-not-answer"};

    private AnswerRows() {}

    static DataPackage descriptor() {
        TableSchema participants = TableSchema.of(List.of(
                        Field.of("participant", FieldType.STRING),
                        Field.of("age_band", FieldType.STRING)
                                .constrained(Constraints.none().andOneOf(List.of("18-29", "30-49", "50-64", "65+")))))
                .withMissingValues("", "rather-not-answer")
                .withPrimaryKey("participant");
        TableSchema answers = TableSchema.of(List.of(
                        Field.of("participant", FieldType.STRING),
                        Field.of("block", FieldType.STRING),
                        Field.of("answer", FieldType.STRING)
                                .constrained(Constraints.none().andOneOf(List.of("same", "similar", "none"))),
                        Field.of("attempts", FieldType.INTEGER)
                                .constrained(Constraints.none().andBetween("1", "5")),
                        Field.of("answered_at", FieldType.DATETIME)))
                .withMissingValues("", "rather-not-answer")
                .withPrimaryKey("participant", "block")
                .withForeignKey(ForeignKey.to("participant", "participants", "participant"));
        return DataPackage.builder("coact-benchmark")
                .resource(DataResource.csv("participants", "participants.csv", participants))
                .resource(DataResource.csv("answers", "answers.csv", answers))
                .build();
    }

    static String participant(int p) {
        return "p-" + (100_000 + p);
    }

    /** Writes the descriptor and the participants table. */
    static void writeFrame(Path dir) throws IOException {
        DataPackageJson.write(descriptor(), dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("participants.csv"));
                CsvWriter csv = CsvWriter.open(out, List.of("participant", "age_band"))) {
            for (int p = 0; p < PARTICIPANTS; p++) {
                csv.writeRow(participant(p), BANDS[p % BANDS.length]);
            }
        }
    }

    /** Streams the answers table through the library's CSV writer. */
    static long writeAnswers(OutputStream out, int rows) throws IOException {
        int blocks = rows / PARTICIPANTS;
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (int p = 0; p < PARTICIPANTS; p++) {
                String id = participant(p);
                for (int b = 0; b < blocks; b++) {
                    csv.writeRow(id, block(b), CODES[(p + b) % CODES.length], attempts(p, b), answeredAt(p, b));
                }
            }
            return csv.rowsWritten();
        }
    }

    /** The same rows joined by hand into a buffered writer: the cost of producing the bytes at all. */
    static long writeAnswersByHand(OutputStream out, int rows) throws IOException {
        int blocks = rows / PARTICIPANTS;
        long written = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            for (int p = 0; p < PARTICIPANTS; p++) {
                String id = participant(p);
                for (int b = 0; b < blocks; b++) {
                    w.write(id);
                    w.write(',');
                    w.write(block(b));
                    w.write(',');
                    w.write(CODES[(p + b) % CODES.length]);
                    w.write(',');
                    w.write(attempts(p, b));
                    w.write(',');
                    w.write(answeredAt(p, b));
                    w.write("\r\n");
                    written++;
                }
            }
        }
        return written;
    }

    private static String block(int b) {
        return "B" + (1000 + b);
    }

    private static String attempts(int p, int b) {
        return Integer.toString(1 + (p * 7 + b) % 3);
    }

    private static String answeredAt(int p, int b) {
        int day = 1 + (p + b) % 28;
        return "2021-03-" + (day < 10 ? "0" : "") + day + "T" + (10 + b % 10) + ":00:00Z";
    }
}
