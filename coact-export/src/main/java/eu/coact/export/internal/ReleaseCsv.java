package eu.coact.export.internal;

import eu.coact.core.csv.CsvWriter;
import eu.coact.export.datapackage.Field;
import eu.coact.export.datapackage.FieldType;
import eu.coact.export.datapackage.TableSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens a release table's CSV from its schema: string fields are text, whose formula-like values
 * the writer neutralises; every typed field (number, integer, date, …) is written as it is, so
 * that {@code -3} stays a number for whoever reads the data package.
 */
final class ReleaseCsv {

    private ReleaseCsv() {}

    static CsvWriter open(OutputStream out, TableSchema schema) throws IOException {
        Set<String> typed = schema.fields().stream()
                .filter(f -> f.type() != FieldType.STRING)
                .map(Field::name)
                .collect(Collectors.toUnmodifiableSet());
        return CsvWriter.open(out, schema.fieldNames(), typed);
    }
}
