package eu.coact.export.deposit;

import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.deposit.internal.MetadataParser;
import java.nio.file.Path;

/**
 * Reads release metadata from a YAML or JSON file a person writes, checking it as a whole:
 * every problem is reported with the file, the path inside it and the line. The format is
 * described by the JSON Schema {@code release-metadata.schema.json} shipped in this library
 * (see {@link eu.coact.export.ExportSchema#RELEASE_METADATA}).
 *
 * <pre>{@code
 * title: "CoAct for Mental Health: answers to microstories"
 * description: "Pseudonymised answers of citizen scientists."
 * version: "1.0.0"
 * released: 2026-11-21
 * publisher: "Universitat de Barcelona"
 * language: en
 * licence: CC-BY-4.0
 * creators:
 *   - given: Ana
 *     family: Garcia
 *     orcid: 0000-0002-1825-0097
 *   - organisation: "Co-Researchers of CoAct for Mental Health"
 * contributors:
 *   - organisation: "Knowledge Coalition"
 *     role: ResearchGroup
 * }</pre>
 */
public final class ReleaseMetadataReader {

    private ReleaseMetadataReader() {}

    /**
     * Reads and checks a metadata file ({@code .yaml}, {@code .yml} or {@code .json}).
     *
     * @param file the file
     * @return the metadata, or every problem found
     */
    public static Validated<ReleaseMetadata> read(Path file) {
        return DocumentReader.standard().read(file).flatMap(ReleaseMetadataReader::read);
    }

    /**
     * Checks a document that has already been read.
     *
     * @param document the document
     * @return the metadata, or every problem found
     */
    public static Validated<ReleaseMetadata> read(SourceDocument document) {
        return MetadataParser.parse(document);
    }
}
