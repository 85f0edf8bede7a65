package eu.coact.export;

import eu.coact.core.files.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schemas (draft 2020-12) shipped with this library for the records it reads and
 * writes, so that other tools can check them too.
 */
public enum ExportSchema {
    /** The release metadata file a person writes (YAML or JSON). */
    RELEASE_METADATA("release-metadata.schema.json"),
    /** The DataCite JSON this library writes: the subset of DataCite 4 it produces, mandatory properties required. */
    DATACITE("datacite.schema.json"),
    /** A report model serialised as JSON: sections of paragraphs, notes, charts and tables. */
    REPORT("report.schema.json"),
    /** The release configuration a study writes, {@code release.yaml}: the release metadata and the release's settings. */
    RELEASE_CONFIG("release-config.schema.json"),
    /** The machine-readable codebook of a study release ({@code codebook/codebook.json}). */
    CODEBOOK("codebook.schema.json");

    private final String fileName;

    ExportSchema(String fileName) {
        this.fileName = fileName;
    }

    /** The schema's file name, e.g. {@code release-metadata.schema.json}. */
    public String fileName() {
        return fileName;
    }

    /** The schema text. */
    public String text() {
        try (InputStream in = ExportSchema.class.getResourceAsStream("schemas/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + fileName + " is missing from the library");
            }
            return RegularFiles.decodeUtf8(fileName, in.readAllBytes()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
