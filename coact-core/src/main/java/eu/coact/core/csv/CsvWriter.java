package eu.coact.core.csv;

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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a CSV table row by row (UTF-8, RFC 4180, CRLF). Only the current row is held in memory.
 * Every row must have as many values as the header, so a table cannot become ragged.
 *
 * <p><b>Spreadsheet formulas are neutralised.</b> A text value that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula when the file
 * is opened in a spreadsheet (OWASP "CSV injection"); such a value is written with a leading
 * {@code '}, which spreadsheets read as "this is text" (and quoted when it needs quotes anyway).
 * Two kinds of value are left as they are, because they cannot be formulas and must stay what
 * they are for the tools that read a Frictionless data package: a value that is a plain decimal
 * number ({@code -3}, {@code +1.5}, {@code -2e3}), and every value of a column named as typed
 * (a Frictionless {@code number}, {@code integer}, {@code date}, {@code boolean}, … column, whose
 * values the caller has already written in that type's form). The header is text.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.open(out, List.of("participant", "answer"))) {
 *     csv.writeRow("p-0001", "yes");
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable, Flushable {

    private static final String CRLF = "\r\n";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer out;
    private final int width;
    private final boolean[] typed;
    private long rows;

    private CsvWriter(Writer out, List<String> header, Set<String> typedColumns) throws IOException {
        this.out = out;
        this.width = header.size();
        if (width == 0) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        if (!header.containsAll(typedColumns)) {
            throw new IllegalArgumentException("typed columns must be in the header");
        }
        this.typed = new boolean[width];
        for (int i = 0; i < width; i++) {
            typed[i] = typedColumns.contains(header.get(i));
        }
        write(header, new boolean[width]);
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
        return open(out, header, Set.of());
    }

    /**
     * Starts a table whose named columns hold typed values, written as they are (see the class
     * comment); every other column is text.
     *
     * @param out          where the UTF-8 bytes go
     * @param header       the column names
     * @param typedColumns the names of the typed columns, all in the header
     * @return a writer positioned after the header
     * @throws IOException when the stream fails
     */
    public static CsvWriter open(OutputStream out, List<String> header, Set<String> typedColumns) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(typedColumns, "typedColumns");
        return new CsvWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16),
                header,
                typedColumns);
    }

    /**
     * The value as a spreadsheet cannot run it: with a leading {@code '} when it starts like a
     * formula and is not a plain number (see the class comment).
     *
     * @param value a text value
     * @return the value to write
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaLike =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
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
            throw new IllegalArgumentException(
                    "row " + (rows + 1) + " has " + values.size() + " values but the table has " + width + " columns");
        }
        write(values, typed);
        rows++;
    }

    /** The number of data rows written so far (the header not counted). */
    public long rowsWritten() {
        return rows;
    }

    private void write(List<String> values, boolean[] verbatim) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = Objects.requireNonNull(
                    values.get(i), "CSV values cannot be null; write an empty string or a missing-value code");
            writeValue(verbatim[i] ? value : neutralise(value));
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
