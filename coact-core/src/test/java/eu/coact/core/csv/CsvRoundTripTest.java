package eu.coact.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvRoundTripTest {

    @Property(tries = 300)
    void everyTableReadsBackAsWritten(@ForAll("tables") List<List<String>> table) throws IOException {
        byte[] bytes = write(table);
        List<CsvRecord> read = readAll(bytes);
        assertThat(read).extracting(CsvRecord::values).containsExactlyElementsOf(table);
    }

    @Property(tries = 200)
    void eachRecordKnowsTheLineItStartsOn(@ForAll("tables") List<List<String>> table) throws IOException {
        byte[] bytes = write(table);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<CsvRecord> read = readAll(bytes);
        long line = 1;
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).line()).isEqualTo(line);
            for (String v : table.get(i)) {
                line += v.chars().filter(c -> c == '\n').count();
            }
            line++;
        }
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(line - 1);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> values = Arbitraries.oneOf(
                        Arbitraries.strings().withChars("ab,\"\r\n é€=-").ofMaxLength(8),
                        Arbitraries.strings().alpha().ofMaxLength(5),
                        Arbitraries.of("", "\"", ",", "\r\n", "yes", "1 out of 2", "😀 \"quoted\"\n"))
                // Values as the writer leaves them: formula-like text carries its apostrophe already.
                .map(CsvWriter::neutralise);
        return Arbitraries.integers()
                .between(1, 5)
                .flatMap(
                        width -> values.list().ofSize(width).list().ofMinSize(1).ofMaxSize(12));
    }

    @Test
    void writesRfc4180WithCrlfAndQuotesOnlyWhereNeeded() throws IOException {
        byte[] bytes =
                write(List.of(List.of("id", "text"), List.of("1", "plain"), List.of("2", "say \"hi\", then\nleave")));
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("id,text\r\n1,plain\r\n2,\"say \"\"hi\"\", then\nleave\"\r\n");
    }

    @Test
    void refusesRowsOfTheWrongWidth() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, List.of("a", "b"))) {
            assertThatThrownBy(() -> csv.writeRow("only-one"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1 has 1 values but the table has 2 columns");
            csv.writeRow("x", "y");
            assertThat(csv.rowsWritten()).isEqualTo(1);
        }
    }

    @Test
    void acceptsBareLineFeedsAndAMissingFinalLineEnd() throws IOException {
        List<CsvRecord> read = readAll("a,b\n1,2\n3,4".getBytes(StandardCharsets.UTF_8));
        assertThat(read)
                .extracting(CsvRecord::values)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(read.get(2).line()).isEqualTo(3);
    }

    @Test
    void reportsAQuotedValueThatNeverEndsWhereItOpened() {
        assertFormatProblem("a,b\r\n1,\"open\r\nstill open\r\n", 2, 3, "never ends");
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        assertFormatProblem("a,b\r\n1,\"x\"y\r\n", 2, 6, "after the closing quote");
    }

    @Test
    void reportsAQuoteInsideAnUnquotedValue() {
        assertFormatProblem("a,b\r\n1,x\"y\r\n", 2, 4, "quote inside an unquoted value");
    }

    @Test
    void reportsALoneCarriageReturn() {
        assertFormatProblem("a,b\r1,2\r\n", 1, 5, "carriage return");
    }

    @Test
    void dropsALeadingByteOrderMark() throws IOException {
        List<CsvRecord> read = readAll("\uFEFFa,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read).extracting(CsvRecord::values).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(readAll("\uFEFF".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readsAnotherSeparator() throws IOException {
        List<CsvRecord> read = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(
                new java.io.ByteArrayInputStream("a;\"b;c\"\r\n".getBytes(StandardCharsets.UTF_8)), ';')) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                read.add(r.get());
            }
        }
        assertThat(read.get(0).values()).containsExactly("a", "b;c");
    }

    @Test
    void reportsBytesThatAreNotUtf8() {
        byte[] bytes = {'a', ',', 'b', '\r', '\n', 'x', (byte) 0xC3, '(', '\r', '\n'};
        assertThatThrownBy(() -> readAll(bytes))
                .isInstanceOfSatisfying(
                        CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("byte offset 6");
    }

    private static void assertFormatProblem(String text, long line, long column, String message) {
        assertThatThrownBy(() -> readAll(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                })
                .hasMessageContaining(message);
    }

    static byte[] write(List<List<String>> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, table.get(0))) {
            for (List<String> row : table.subList(1, table.size())) {
                csv.writeRow(row);
            }
        }
        return out.toByteArray();
    }

    static List<CsvRecord> readAll(byte[] bytes) throws IOException {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(new ByteArrayInputStream(bytes))) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                out.add(r.get());
            }
        }
        return out;
    }
}
