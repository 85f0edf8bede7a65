/**
 * Deposit metadata for a release: a neutral description (title, creators, publisher, licence,
 * version, date…), read and checked from a file a person writes, and written as DataCite JSON
 * and as a {@code CITATION.cff} file.
 */
package eu.coact.export.deposit;
