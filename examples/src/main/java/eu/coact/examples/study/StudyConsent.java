package eu.coact.examples.study;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.content.Study;
import eu.coact.core.journal.Journal;
import eu.coact.engine.LedgerConsent;
import eu.coact.engine.channel.ChannelPseudonyms;
import java.time.Instant;
import java.util.List;

/**
 * A study's consent ledger, opened on the journal the conversations are recorded in (one journal
 * to keep and verify; an erasure redacts conversation and consent record in one pass), with the
 * study's consent documents published, and bound to the conversation engine.
 *
 * <p>The example studies ask no age: their consent texts say that agreeing confirms being at least
 * the policy's minimum age, so consenting declares that age.
 *
 * @param ledger  the consent ledger
 * @param binding how the engine records consent in it
 */
public record StudyConsent(ConsentLedger ledger, LedgerConsent binding) {

    /** The purpose the participants' channel pseudonyms are made for. */
    private static final String PARTICIPATION = "participation";

    /**
     * Opens the ledger on the journal and publishes the documents (publishing again changes nothing).
     *
     * @param policy    the study's consent policy
     * @param documents the study's consent documents
     * @param journal   the journal shared with the engine
     * @param channel   the kind of channel the conversations run on
     * @param now       the current instant
     * @return the ledger and its binding
     */
    public static StudyConsent open(
            ConsentPolicy policy, List<ConsentDocument> documents, Journal journal, String channel, Instant now) {
        if (documents.isEmpty()) {
            throw new InputMistake("the study has no consent documents in its consent/ folder; participants must be "
                    + "shown one before they can take part");
        }
        ConsentLedger ledger = ConsentLedger.open(journal, policy);
        documents.forEach(d -> ledger.publish(d, now));
        LedgerConsent binding = LedgerConsent.of(ledger, documents, Channel.of(channel))
                .withAgeDeclaredByConsenting(policy.minimumAge());
        return new StudyConsent(ledger, binding);
    }

    /**
     * The boundary that turns a channel's identities into the study's pseudonyms.
     *
     * @param study  the study (its id names the pseudonyms' domain)
     * @param secret the key's secret, 32 to 64 bytes
     * @return the boundary
     */
    public static ChannelPseudonyms pseudonyms(Study study, byte[] secret) {
        Pseudonymiser pseudonymiser = Pseudonymiser.of(
                PseudonymKey.of(KeyId.of("k1"), secret),
                PseudonymDomain.of(study.plan().id().value(), PARTICIPATION));
        return ChannelPseudonyms.of(pseudonymiser);
    }
}
