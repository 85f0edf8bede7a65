/**
 * Streaming CSV in the form open-data releases use: UTF-8, RFC 4180 (CRLF line ends, fields
 * quoted when they hold a quote, a comma, CR or LF), one header row. Rows are written and read
 * one at a time, so a table of any length needs constant memory.
 */
package eu.coact.export.csv;
