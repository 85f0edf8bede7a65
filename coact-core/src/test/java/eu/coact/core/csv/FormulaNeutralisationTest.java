package eu.coact.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FormulaNeutralisationTest {

    @Test
    void formulaLikeTextGetsALeadingApostrophe() throws IOException {
        String written = write(
                List.of("answer"),
                Set.of(),
                rows("=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "ok"));
        assertThat(written)
                .isEqualTo("answer\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                        + "'+1+cmd|' /C calc'!A0\r\n"
                        + "'-2+3\r\n"
                        + "'@SUM(A1)\r\n"
                        + "'\tx\r\n"
                        + "\"'\rx\"\r\n"
                        + "ok\r\n");
    }

    @Test
    void plainNumbersStayNumbersInTextColumns() throws IOException {
        assertThat(write(List.of("v"), Set.of(), rows("-3", "+1.5", "-2e3", "-.5")))
                .isEqualTo("v\r\n-3\r\n+1.5\r\n-2e3\r\n-.5\r\n");
    }

    @Test
    void typedColumnsAreWrittenAsTheyAre() throws IOException {
        assertThat(write(List.of("score", "note"), Set.of("score"), List.of(List.of("-INF", "-INF"))))
                .isEqualTo("score,note\r\n-INF,'-INF\r\n");
    }

    @Property(tries = 500)
    void noTextCellStartsLikeAFormulaUnlessItIsANumber(@ForAll("cells") String value) throws IOException {
        String neutral = CsvWriter.neutralise(value);
        if (!neutral.isEmpty() && "=+-@\t\r".indexOf(neutral.charAt(0)) >= 0) {
            assertThat(neutral).matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        }
        assertThat(neutral.equals(value) || neutral.equals("'" + value)).isTrue();
    }

    @Property(tries = 200)
    void whatIsWrittenReadsBackAsTheNeutralisedValue(@ForAll("cells") String value) throws IOException {
        String written = write(List.of("a", "b"), Set.of(), List.of(List.of(value, "x")));
        List<CsvRecord> read = CsvRoundTripTest.readAll(written.getBytes(StandardCharsets.UTF_8));
        assertThat(read.get(1).values()).containsExactly(CsvWriter.neutralise(value), "x");
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@\t\r\n\",.1eE a").ofMaxLength(8),
                Arbitraries.of("-3", "=1", "-1-1", "+", "-", "1e5", "-e5"));
    }

    private static List<List<String>> rows(String... values) {
        return java.util.Arrays.stream(values).map(List::of).toList();
    }

    private static String write(List<String> header, Set<String> typed, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(out, header, typed)) {
            for (List<String> row : rows) {
                csv.writeRow(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
