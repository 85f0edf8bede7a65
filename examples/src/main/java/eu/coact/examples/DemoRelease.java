package eu.coact.examples;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.ReleaseId;
import eu.coact.anonymise.ReleasePseudonyms;
import eu.coact.content.Study;
import eu.coact.core.journal.Journal;
import eu.coact.core.problem.Validated;
import eu.coact.examples.study.InputMistake;
import eu.coact.examples.study.ProblemReport;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import eu.coact.export.ReleaseConfig;
import eu.coact.export.ReleaseConfigReader;
import eu.coact.export.ReleaseInputs;
import eu.coact.export.ReleaseResult;
import eu.coact.export.StudyRelease;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The open-data release of the demo: the study's {@code release.yaml}, every gate of
 * {@link StudyRelease} on (consent, disclosure control, small cells, free text), made from the
 * journal and consent ledger the simulation recorded.
 */
final class DemoRelease {

    private DemoRelease() {}

    /** Reads the study's release configuration, or says why the demo cannot release. */
    static ReleaseConfig config(StudyCheck check) {
        Path file = check.folder().resolve(ReleaseConfigReader.FILE_NAME);
        Validated<ReleaseConfig> read = ReleaseConfigReader.read(file);
        if (!read.isValid()) {
            throw new InputMistake("the study's " + ReleaseConfigReader.FILE_NAME + " cannot be used:\n"
                    + new ProblemReport(check.folder(), read.problems())
                            .render()
                            .stripTrailing());
        }
        return read.orElseThrow();
    }

    /**
     * Makes the release into a directory that must not exist yet.
     *
     * @param config    the release configuration
     * @param study     the study's content
     * @param journal   the journal holding the conversations and the consent ledger's entries
     * @param consent   the consent ledger
     * @param seed      the demo's seed; the release key is derived from it so that a run repeats exactly
     * @param at        the release time
     * @param directory where to write
     * @return what was written, or why nothing was
     */
    static ReleaseResult write(
            ReleaseConfig config,
            Study study,
            Journal journal,
            StudyConsent consent,
            long seed,
            Instant at,
            Path directory)
            throws IOException {
        byte[] secret = new byte[32];
        new SplittableRandom(seed ^ 0x5eedL).nextBytes(secret);
        ReleasePseudonyms pseudonyms = ReleasePseudonyms.of(
                PseudonymKey.of(KeyId.of("release"), secret),
                study.plan().id(),
                ReleaseId.of(config.metadata().version()));
        return StudyRelease.configure(config)
                .write(new ReleaseInputs(study, consent.ledger(), journal, pseudonyms, at), directory);
    }
}
