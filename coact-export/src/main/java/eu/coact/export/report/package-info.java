/**
 * A neutral report model (sections of paragraphs, notes, charts and tables) and its rendering
 * as one self-contained HTML file: charts drawn with CSS, no scripts, no network, readable with a
 * screen reader (every chart has a title, a description and a data table under it), in the words
 * of {@link eu.coact.export.report.ReportTexts} for its language. Chart values
 * are cells from disclosure control, so a hidden count can only be drawn as "not shown".
 */
package eu.coact.export.report;
