package eu.coact.export.deposit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * Writes release metadata as a {@code CITATION.cff} file (Citation File Format 1.2.0), which
 * repositories and code hosts read to show how to cite the data. Every string is written
 * double-quoted with JSON escapes, which YAML reads back unchanged whatever the text holds.
 */
public final class CitationCff {

    /** The file name the format prescribes. */
    public static final String FILE_NAME = "CITATION.cff";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CitationCff() {}

    /**
     * The {@code CITATION.cff} text.
     *
     * @param meta the release metadata
     * @return YAML text with LF line ends
     */
    public static String render(ReleaseMetadata meta) {
        StringBuilder out = new StringBuilder(1024);
        out.append("cff-version: 1.2.0\n");
        out.append("message: ")
                .append(q("If you use this dataset, please cite it as below."))
                .append('\n');
        out.append("type: dataset\n");
        out.append("title: ").append(q(meta.title())).append('\n');
        out.append("version: ").append(q(meta.version())).append('\n');
        out.append("date-released: ").append(q(meta.released().toString())).append('\n');
        if (!meta.description().isBlank()) {
            out.append("abstract: ").append(q(meta.description())).append('\n');
        }
        out.append("authors:\n");
        for (Creator c : meta.creators()) {
            if (c instanceof Creator.Person p) {
                out.append("  - family-names: ").append(q(p.familyName())).append('\n');
                out.append("    given-names: ").append(q(p.givenName())).append('\n');
                p.orcid()
                        .ifPresent(id -> out.append("    orcid: ")
                                .append(q("https://orcid.org/" + id))
                                .append('\n'));
                p.affiliation()
                        .ifPresent(a ->
                                out.append("    affiliation: ").append(q(a)).append('\n'));
            } else {
                out.append("  - name: ").append(q(c.citedName())).append('\n');
            }
        }
        out.append("license: ").append(q(meta.licence().id())).append('\n');
        meta.doi().ifPresent(doi -> out.append("doi: ").append(q(doi)).append('\n'));
        meta.url().ifPresent(u -> out.append("url: ").append(q(u)).append('\n'));
        if (!meta.keywords().isEmpty()) {
            out.append("keywords:\n");
            meta.keywords().forEach(k -> out.append("  - ").append(q(k)).append('\n'));
        }
        return out.toString();
    }

    private static String q(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
