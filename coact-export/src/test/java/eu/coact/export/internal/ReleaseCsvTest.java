package eu.coact.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.csv.CsvWriter;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.TableSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseCsvTest {

    @Test
    void textColumnsAreNeutralisedAndTypedColumnsKeepTheirValues() throws IOException {
        TableSchema schema = TableSchema.of(List.of(
                Field.of("answer", FieldType.STRING),
                Field.of("score", FieldType.NUMBER),
                Field.of("year", FieldType.YEAR)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = ReleaseCsv.open(out, schema)) {
            csv.writeRow("=cmd|' /C calc'!A0", "-INF", "-44");
            csv.writeRow("@SUM(1)", "-3.5", "2026");
            csv.writeRow("-3", "+2", "0");
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("answer,score,year\r\n"
                        + "'=cmd|' /C calc'!A0,-INF,-44\r\n"
                        + "'@SUM(1),-3.5,2026\r\n"
                        + "-3,+2,0\r\n");
    }
}
