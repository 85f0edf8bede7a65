package eu.coact.export.report;

/** One part of a report section: text, a chart or a table. */
public sealed interface Block permits Paragraph, Note, BarChart, Funnel, StackedBarChart, Table {}
