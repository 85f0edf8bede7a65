package eu.coact.export;

import eu.coact.content.Study;
import eu.coact.core.problem.Problems;
import eu.coact.export.internal.ReleaseRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns a study's journal into an open-data release that researchers elsewhere can use and
 * trust: a Frictionless Data Package with its codebook, built only from participants who
 * consented to publication, disclosure-controlled, with the study's indicators and a report.
 *
 * <pre>{@code
 * ReleaseConfig config = ReleaseConfigReader.read(studyFolder).orElseThrow();
 * ReleaseResult result = StudyRelease.configure(config).write(
 *         new ReleaseInputs(study, ledger, journal, ReleasePseudonyms.of(key, studyId, ReleaseId.of("1.0.0")), now),
 *         Path.of("releases/coact-1.0.0"));
 * if (result instanceof ReleaseResult.Refused refused) {
 *     System.err.println(refused.reasons().render());   // nothing was written
 * }
 * }</pre>
 *
 * <p>The gates, in order; if one refuses, nothing is written and the result says why:
 * <ol>
 *   <li><b>fit</b>: the configuration names questions, codes and attributes the study has;</li>
 *   <li><b>consent</b>: only participants with the publication purpose granted and in force at
 *       the release time, and neither withdrawn nor erased; the others are counted by reason;</li>
 *   <li><b>disclosure</b>: the participants' published attributes meet the privacy models, as
 *       recorded or after the optimal generalisation, as configured;</li>
 *   <li><b>aggregates</b>: every count in the consent summary, the indicators and the report
 *       passes small-cell suppression with complementary suppression;</li>
 *   <li><b>free text</b>: only scrubbed, and only from participants who granted the quoting purpose.</li>
 * </ol>
 *
 * <p>Written files: {@code datapackage.json}; {@code participants.csv}, {@code answers.csv}
 * (streamed from the journal), {@code quotes.csv}, {@code microstories.csv},
 * {@code consent-summary.csv}, {@code indicators/<id>.csv}; the codebook as
 * {@code codebook/blocks.csv}, {@code questions.csv}, {@code codes.csv}, {@code codebook.md},
 * {@code codebook.html}, {@code codebook.json}; {@code report.html}; {@code release.yaml} (the disclosure
 * settings, for auditors); {@code datacite.json} and {@code CITATION.cff}. All of them appear at once, or
 * none (see {@link AtomicRelease}). What must not be deposited — the exact counts and the quotes
 * awaiting review — goes to the sibling {@link #internalFolder(Path) folder not for deposit}.
 *
 * <p>What is controlled is the person-level view: per participant, everything the package
 * publishes about them that someone could know (the profile attributes and the pattern of answer
 * times). Profile answers appear only in {@code participants.csv}, generalised; questions whose
 * content role is quasi-identifier, sensitive or direct identifier never appear in
 * {@code answers.csv}; quotes carry no pseudonym and leave only when approved.
 */
public final class StudyRelease {

    private final ReleaseConfig config;

    private StudyRelease(ReleaseConfig config) {
        this.config = config;
    }

    /**
     * A release made under a configuration.
     *
     * @param config the configuration, usually from {@link ReleaseConfigReader}
     * @return the release
     */
    public static StudyRelease configure(ReleaseConfig config) {
        return new StudyRelease(Objects.requireNonNull(config, "config"));
    }

    /**
     * Applies the gates and, if all pass, writes the whole package into a new directory.
     *
     * @param inputs    the study, its consent ledger and journal, the release pseudonyms and time
     * @param directory the release directory to create; it must not exist
     * @return what was written, or why nothing was
     * @throws java.nio.file.FileAlreadyExistsException when the directory exists
     * @throws IOException when writing fails; nothing is left at the directory
     */
    public ReleaseResult write(ReleaseInputs inputs, Path directory) throws IOException {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(directory, "directory");
        return ReleaseRun.run(config, inputs, directory);
    }

    /**
     * Checks the configuration against a study without reading any answer: the attributes and
     * indicators name questions and codes the study has, and the study is written in the
     * release's language, and the disclosure roles the content declares are respected (every quasi-identifier
     * and sensitive question under the privacy models or withheld, no direct identifier published).
     * {@link #write} makes the same check first.
     *
     * @param study the study the release will be made from
     * @return the problems, located in {@code release.yaml}; empty when the release fits
     */
    public Problems fit(Study study) {
        return ReleaseRun.fit(config, Objects.requireNonNull(study, "study"));
    }

    /**
     * The folder beside a release directory that receives what must not be deposited: the exact
     * participant counts and every quote for the team to review, e.g. {@code coact-1.0.0} →
     * {@code coact-1.0.0-internal-not-for-deposit}.
     *
     * @param directory the release directory
     * @return the sibling folder
     */
    public static Path internalFolder(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + INTERNAL_SUFFIX);
    }

    /** The end of the name of the folder not for deposit. */
    public static final String INTERNAL_SUFFIX = "-internal-not-for-deposit";

    /** The configuration this release is made under. */
    public ReleaseConfig config() {
        return config;
    }
}
