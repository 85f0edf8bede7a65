package eu.coact.export.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CSV table row by row (UTF-8, RFC 4180, CRLF). Only the current row is held in memory.
 * Every row must have as many values as the header, so a table cannot become ragged.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.open(out, List.of("participant", "answer"))) {
 *     csv.writeRow("p-0001", "yes");
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final String CRLF = "\r\n";

    private final Writer out;
    private final int width;
    private long rows;

    private CsvWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.width = header.size();
        if (width == 0) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        write(header);
    }

    /**
     * Starts a table on a byte stream, writing the header row at once. Closing the writer closes
     * the stream.
     *
     * @param out    where the UTF-8 bytes go
     * @param header the column names
     * @return a writer positioned after the header
     * @throws IOException when the stream fails
     */
    public static CsvWriter open(OutputStream out, List<String> header) throws IOException {
        Objects.requireNonNull(out, "out");
        return new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16), header);
    }

    /**
     * Writes one row.
     *
     * @param values the values, one per column
     * @throws IOException when the stream fails
     */
    public void writeRow(String... values) throws IOException {
        writeRow(List.of(values));
    }

    /**
     * Writes one row.
     *
     * @param values the values, one per column; none may be null
     * @throws IOException when the stream fails
     */
    public void writeRow(List<String> values) throws IOException {
        if (values.size() != width) {
            throw new IllegalArgumentException("row " + (rows + 1) + " has " + values.size()
                    + " values but the table has " + width + " columns");
        }
        write(values);
        rows++;
    }

    /** The number of data rows written so far (the header not counted). */
    public long rowsWritten() {
        return rows;
    }

    private void write(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeValue(Objects.requireNonNull(values.get(i), "CSV values cannot be null; write an empty string or a missing-value code"));
        }
        out.write(CRLF);
    }

    private void writeValue(String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', from)) {
            out.write(value, from, i + 1 - from);
            out.write('"');
            from = i + 1;
        }
        out.write(value, from, value.length() - from);
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == ',' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
