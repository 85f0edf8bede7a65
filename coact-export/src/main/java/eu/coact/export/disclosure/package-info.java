/**
 * Disclosure control for aggregate tables: small-cell suppression of count tables with their
 * margins, followed by complementary suppression so that no hidden count can be worked out
 * from the row and column totals and the cells that are shown.
 */
package eu.coact.export.disclosure;
