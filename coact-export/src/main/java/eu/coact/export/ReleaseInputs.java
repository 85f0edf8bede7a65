package eu.coact.export;

import eu.coact.anonymise.ReleasePseudonyms;
import eu.coact.consent.ConsentLedger;
import eu.coact.content.Study;
import eu.coact.core.journal.Journal;
import java.time.Instant;
import java.util.Objects;

/**
 * What a release is made from: the study's content model (for the codebook and the meaning of
 * each answer), its consent ledger (who may be published), the journal the conversation engine
 * recorded the answers in (often the same journal as the ledger's), the key that gives the
 * participants their release pseudonyms, and the instant the consent gate is applied at.
 *
 * @param study       the content model
 * @param ledger      the consent ledger
 * @param answers     the journal holding the engine's answers
 * @param pseudonyms  release pseudonyms for this release
 * @param releaseTime when the release is made; consent is read as it stands then
 */
public record ReleaseInputs(
        Study study, ConsentLedger ledger, Journal answers, ReleasePseudonyms pseudonyms, Instant releaseTime) {

    /** Checks presence. */
    public ReleaseInputs {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(pseudonyms, "pseudonyms");
        Objects.requireNonNull(releaseTime, "releaseTime");
    }
}
