package eu.coact.export.report;

import eu.coact.core.Language;
import java.util.List;
import java.util.Objects;

/**
 * A report for a study's coordinators and participants, independent of how it is rendered.
 *
 * @param title    the report title
 * @param language the language it is written in; {@link HtmlReport} needs {@link ReportTexts} in it
 * @param sections its sections, in order
 */
public record Report(String title, Language language, List<Section> sections) {

    /** Copies the sections. */
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
    }
}
