package eu.coact.export;

import eu.coact.core.problem.Validated;
import eu.coact.core.read.DocumentReader;
import eu.coact.core.read.SourceDocument;
import eu.coact.export.internal.ReleaseConfigParser;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a study's release configuration, {@code release.yaml}, and checks it as a whole: every
 * problem is reported with file, path and line, hierarchy files named in it are read and checked
 * too, and nothing is used unless all of it is valid.
 *
 * <p>The file holds the release metadata (title, description, version, released, publisher,
 * language, licence, creators, contributors, keywords, doi, url — as read by
 * {@link eu.coact.export.deposit.ReleaseMetadataReader}) and these settings:
 *
 * <pre>{@code
 * name: coact-mental-health
 * sources: [{title: CoAct for Mental Health chatbot, path: https://example.org/coact}]
 * purposes: {publication: publish-open-data, quoting: quote-free-text}
 * participants:
 *   quasi-identifiers: {gender: hierarchies/gender.csv, age_band: hierarchies/age_band.csv}
 *   sensitive: [lived_experience]
 * disclosure:
 *   models: [{k-anonymity: 5}, {distinct-l-diversity: {attribute: lived_experience, l: 2}}]
 *   suppression-limit: 0.05
 *   when-violated: generalise          # or refuse
 * small-cell-threshold: 10
 * answered-at: week                    # day, week or month
 * indicators:
 *   - id: same-experience
 *     title: Has had the same experience
 *     unit: participants
 *     numerator: {question: yo, answers: [A]}
 *     denominator: {question: yo}      # every answer that is not "rather not answer"
 *     breakdowns: [gender, age_band]
 * }</pre>
 */
public final class ReleaseConfigReader {

    /** The file name in a study folder. */
    public static final String FILE_NAME = "release.yaml";

    private ReleaseConfigReader() {}

    /**
     * Reads a configuration file, or {@code release.yaml} in a study folder.
     *
     * @param fileOrFolder the file, or the study folder holding it
     * @return the configuration, or every problem found
     */
    public static Validated<ReleaseConfig> read(Path fileOrFolder) {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(FILE_NAME) : fileOrFolder;
        Path folder = file.toAbsolutePath().getParent();
        return DocumentReader.standard().read(file).flatMap(doc -> ReleaseConfigParser.parse(doc, folder));
    }

    /**
     * Checks a document that has already been read.
     *
     * @param document the document
     * @param folder   where the hierarchy files it names are
     * @return the configuration, or every problem found
     */
    public static Validated<ReleaseConfig> read(SourceDocument document, Path folder) {
        return ReleaseConfigParser.parse(document, folder);
    }
}
