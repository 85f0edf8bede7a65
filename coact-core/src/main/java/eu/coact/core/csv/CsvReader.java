package eu.coact.core.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a CSV file record by record (UTF-8, RFC 4180), holding one record in memory. It accepts
 * CRLF and, leniently, bare LF line ends, and values that span lines inside quotes; it refuses
 * what would silently change values: a quote inside an unquoted value, text after a closing
 * quote, a quoted value that never ends, and bytes that are not UTF-8 (named by line, column and
 * byte offset). A leading UTF-8 byte-order mark is dropped, as everywhere in the SDK. The
 * separator is a comma unless another is given (hierarchy files use {@code ;}).
 *
 * <p>Values are returned as written: a leading {@code '} that {@link CsvWriter} put before a
 * formula-like text value stays part of the value.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.open(in)) {
 *     for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) { ... }
 * }
 * }</pre>
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;

    private final InputStream in;
    private final char separator;
    private long consumed;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int pendingLowSurrogate = -1;
    private long line = 1;
    private long column;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean finished;
    private final StringBuilder value = new StringBuilder(64);

    private CsvReader(InputStream in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * Reads from a byte stream; closing the reader closes the stream.
     *
     * @param in UTF-8 bytes
     * @return a reader at the first record
     */
    public static CsvReader open(InputStream in) {
        return open(in, ',');
    }

    /**
     * Reads from a byte stream with another separator; closing the reader closes the stream.
     *
     * @param in        UTF-8 bytes
     * @param separator the separator, e.g. {@code ;}; not a quote, CR or LF
     * @return a reader at the first record
     */
    public static CsvReader open(InputStream in, char separator) {
        Objects.requireNonNull(in, "in");
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a quote, CR or LF cannot separate values");
        }
        return new CsvReader(in, separator);
    }

    /**
     * The next record, or empty at the end of the file. A final line end is optional; an empty
     * last line is not a record.
     *
     * @return the record and the line it starts on
     * @throws CsvFormatException when the file breaks the format here
     * @throws IOException        when reading fails
     */
    public Optional<CsvRecord> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        long start = line;
        int c = read();
        if (c == EOF) {
            finished = true;
            return Optional.empty();
        }
        if (start == 1 && column == 1 && offset() == 3 && c == '\uFEFF') {
            // The one byte-order-mark policy of the SDK: a leading mark is dropped.
            column = 0;
            c = read();
            if (c == EOF) {
                finished = true;
                return Optional.empty();
            }
        }
        unread(c);
        List<String> values = new ArrayList<>();
        while (true) {
            c = read();
            value.setLength(0);
            if (c == '"') {
                c = readQuoted();
            } else {
                while (c != separator && c != '\r' && c != '\n' && c != EOF) {
                    if (c == '"') {
                        throw new CsvFormatException(
                                "a quote inside an unquoted value; quote the whole value and double the quote",
                                line,
                                column);
                    }
                    value.append((char) c);
                    c = read();
                }
            }
            values.add(value.toString());
            if (c == separator) {
                continue;
            }
            if (c == '\r') {
                int n = read();
                if (n != '\n') {
                    throw new CsvFormatException("a carriage return not followed by a line feed", line, column);
                }
                newLine();
            } else if (c == '\n') {
                newLine();
            } else {
                finished = true;
            }
            return Optional.of(new CsvRecord(start, values));
        }
    }

    /** Reads a quoted value after its opening quote; returns the character after the closing quote. */
    private int readQuoted() throws IOException {
        long openLine = line;
        long openColumn = column;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException("a quoted value opened here never ends", openLine, openColumn);
            }
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    value.append('"');
                    continue;
                }
                if (n != separator && n != '\r' && n != '\n' && n != EOF) {
                    throw new CsvFormatException("text after the closing quote of a value", line, column);
                }
                return n;
            }
            value.append((char) c);
            if (c == '\n') {
                newLine();
            }
        }
    }

    private void newLine() {
        line++;
        column = 0;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            column++;
            return c;
        }
        int c = decode();
        column++;
        return c;
    }

    /** The next UTF-16 unit of the UTF-8 input, refusing malformed, overlong and surrogate encodings. */
    private int decode() throws IOException {
        if (pendingLowSurrogate >= 0) {
            int low = pendingLowSurrogate;
            pendingLowSurrogate = -1;
            return low;
        }
        long sequenceStart = offset();
        int b = nextByte();
        if (b < 0x80) {
            return b;
        }
        int extra;
        int cp;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
            cp = b & 0x1F;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            cp = b & 0x0F;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            cp = b & 0x07;
            min = 0x10000;
        } else {
            throw notUtf8(sequenceStart);
        }
        for (int i = 0; i < extra; i++) {
            int next = nextByte();
            if (next < 0 || (next & 0xC0) != 0x80) {
                throw notUtf8(sequenceStart);
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw notUtf8(sequenceStart);
        }
        if (cp >= 0x10000) {
            pendingLowSurrogate = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    private int nextByte() throws IOException {
        if (position == limit) {
            consumed += limit;
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position++] & 0xFF;
    }

    /** How many bytes were read so far. */
    private long offset() {
        return consumed + position;
    }

    private CsvFormatException notUtf8(long sequenceStart) {
        return new CsvFormatException(
                "bytes that are not UTF-8 (from byte offset " + sequenceStart + "); save the file as UTF-8",
                line,
                column + 1);
    }

    private void unread(int c) {
        pushedBack = c;
        column--;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
