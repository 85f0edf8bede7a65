package eu.coact.export.report;

import eu.coact.export.report.internal.HtmlRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link Report} as a single self-contained HTML file: charts drawn with inline CSS, no
 * scripts, no fonts or images to fetch (a Content-Security-Policy in the page forbids any
 * request), a data table under every chart, and titles and descriptions for screen readers.
 *
 * <pre>{@code
 * Report report = new Report("Participation", Language.of("en"), List.of(
 *         Section.of("Who took part", new Funnel("Participation funnel", "From joining to answering",
 *                 List.of(Datum.of("joined", 812), Datum.of("consented", 704))))));
 * HtmlReport.write(report, dir.resolve("report.html"));
 * }</pre>
 */
public final class HtmlReport {

    private HtmlReport() {}

    /**
     * The report as HTML text.
     *
     * @param report the report
     * @return a complete HTML document
     * @throws IllegalArgumentException when there are no {@link ReportTexts} in the report's language
     */
    public static String render(Report report) {
        return HtmlRenderer.render(report);
    }

    /**
     * Writes the report as a UTF-8 HTML file.
     *
     * @param report the report
     * @param file   where to write it
     * @return the file
     * @throws IOException when writing fails
     */
    public static Path write(Report report, Path file) throws IOException {
        return Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }
}
