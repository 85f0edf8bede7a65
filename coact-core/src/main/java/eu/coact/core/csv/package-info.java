/**
 * The SDK's one CSV: UTF-8, RFC 4180 (CRLF line ends, values quoted when they hold a quote, the
 * separator, CR or LF), read and written one record at a time, so a table of any length needs
 * constant memory. Every CSV the SDK writes (release tables, codebooks) or reads (release
 * checks, hierarchies, tables) goes through {@link eu.coact.core.csv.CsvWriter} and
 * {@link eu.coact.core.csv.CsvReader}; the writer neutralises spreadsheet formulas.
 */
package eu.coact.core.csv;
