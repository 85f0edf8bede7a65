package eu.coact.anonymise.disclosure;

import eu.coact.anonymise.disclosure.internal.HierarchyFiles;
import eu.coact.core.problem.Location;
import eu.coact.core.problem.Problems;
import eu.coact.core.problem.Validated;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A table of text values with named columns: the micro-data to anonymise, or a release.
 * Immutable.
 */
public final class Table {

    private final List<String> columns;
    private final String[][] cells;
    private final int rows;

    private Table(List<String> columns, String[][] cells, int rows) {
        this.columns = columns;
        this.cells = cells;
        this.rows = rows;
    }

    /**
     * A table from rows of values.
     *
     * @param columns the column names, distinct and not blank
     * @param rows    the rows, each with one value per column
     * @return the table
     * @throws IllegalArgumentException if a row has the wrong number of values or a name repeats
     */
    public static Table of(List<String> columns, List<List<String>> rows) {
        List<String> names = List.copyOf(columns);
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("column names must be distinct: " + names);
        }
        String[][] cells = new String[names.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != names.size()) {
                throw new IllegalArgumentException(
                        "row " + r + " has " + row.size() + " values for " + names.size() + " columns");
            }
            for (int c = 0; c < names.size(); c++) {
                cells[c][r] = Objects.requireNonNull(row.get(c), "value");
            }
        }
        return new Table(names, cells, rows.size());
    }

    /**
     * Reads a separated text file whose first line names the columns.
     *
     * @param file      the file
     * @param separator the separator, e.g. {@code ';'} or {@code ','}; a value holding it is quoted (RFC 4180)
     * @return the table, or problems naming the file and line
     */
    public static Validated<Table> readCsv(Path file, char separator) {
        return HierarchyFiles.readText(file).flatMap(text -> parseCsv(file.toString(), text, separator));
    }

    /**
     * Parses separated text whose first line names the columns (see {@link #readCsv}).
     *
     * @param source    a name for the text, used in problem locations
     * @param text      the text
     * @param separator the separator
     * @return the table, or problems naming the source and line
     */
    public static Validated<Table> parseCsv(String source, String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        Problems format = HierarchyFiles.splitCsv(source, text, separator, rows, locations);
        if (format.hasErrors()) {
            return Validated.invalid(format);
        }
        Problems.Builder problems = Problems.builder();
        if (rows.isEmpty()) {
            problems.error("table-empty", "the file has no header line", Location.of(source));
            return Validated.invalid(problems.build());
        }
        List<String> header = rows.get(0);
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isBlank()) {
                problems.error("table-blank-column", "a column has no name", locations.get(0));
            } else if (!seen.add(name)) {
                problems.error("table-duplicate-column", "the column '" + name + "' appears twice", locations.get(0));
            }
        }
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                problems.error(
                        "table-row-width",
                        "this row has " + rows.get(r).size() + " values but the header names " + header.size()
                                + " columns",
                        locations.get(r));
            }
        }
        if (problems.hasErrors()) {
            return Validated.invalid(problems.build());
        }
        return Validated.valid(of(header, rows.subList(1, rows.size())));
    }

    /**
     * The column names, in order.
     *
     * @return the names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The position of a column.
     *
     * @param name the column name
     * @return its index, or empty if there is no such column
     */
    public OptionalInt column(String name) {
        int index = columns.indexOf(name);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The number of rows (the header is not a row).
     *
     * @return the row count
     */
    public int rowCount() {
        return rows;
    }

    /**
     * One value.
     *
     * @param row    the row, from 0
     * @param column the column index, from 0
     * @return the value
     * @throws IndexOutOfBoundsException if there is no such cell
     */
    public String value(int row, int column) {
        Objects.checkIndex(column, columns.size());
        Objects.checkIndex(row, rows);
        return cells[column][row];
    }

    /**
     * One row.
     *
     * @param row the row, from 0
     * @return its values in column order
     */
    public List<String> row(int row) {
        Objects.checkIndex(row, rows);
        List<String> values = new ArrayList<>(columns.size());
        for (String[] column : cells) {
            values.add(column[row]);
        }
        return values;
    }

    /**
     * The values of one column (a copy).
     *
     * @param column the column index
     * @return the values in row order
     */
    public List<String> columnValues(int column) {
        Objects.checkIndex(column, columns.size());
        return List.of(cells[column]);
    }

    String[] columnArray(int column) {
        return cells[column];
    }

    static Table ofColumns(List<String> columns, String[][] cells, int rows) {
        return new Table(List.copyOf(columns), cells, rows);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Table other) || !other.columns.equals(columns) || other.rows != rows) {
            return false;
        }
        for (int c = 0; c < cells.length; c++) {
            if (!java.util.Arrays.equals(cells[c], other.cells[c])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + rows;
    }

    /** Names the columns and counts rows; values are never shown, they may be personal. */
    @Override
    public String toString() {
        return "Table" + columns + "[" + rows + " rows]";
    }
}
