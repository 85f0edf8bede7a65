package eu.coact.core.csv;

import java.io.IOException;

/**
 * A CSV file that breaks RFC 4180 or is not valid UTF-8, with the 1-based line and column where
 * reading stopped.
 */
public final class CsvFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    /**
     * A format problem at a place in the file.
     *
     * @param message what is wrong, in words a person can act on
     * @param line    the 1-based line
     * @param column  the 1-based column
     */
    public CsvFormatException(String message, long line, long column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line where the problem is. */
    public long line() {
        return line;
    }

    /** The 1-based column (in characters) where the problem is. */
    public long column() {
        return column;
    }
}
