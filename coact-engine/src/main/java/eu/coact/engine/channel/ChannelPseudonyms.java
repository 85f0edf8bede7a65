package eu.coact.engine.channel;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.core.Pseudonym;
import java.util.Objects;

/**
 * Turns channel identities into pseudonyms at the boundary, so that neither the engine nor the
 * journal ever holds an identity. The same identity always gives the same pseudonym; without
 * the key, a pseudonym cannot be traced back by trying identities.
 */
@FunctionalInterface
public interface ChannelPseudonyms {

    /**
     * The pseudonym of an identity.
     *
     * @param identity the channel identity
     * @return its stable pseudonym
     */
    Pseudonym pseudonymOf(ChannelIdentity identity);

    /**
     * The study's keyed pseudonyms: each identity becomes the {@link Pseudonymiser}'s pseudonym
     * (HMAC-SHA-256 under the current key of the study's key
     * ring, in the pseudonymiser's domain), so the engine's pseudonyms are the ones the identity
     * vault and the consent ledger know.
     *
     * @param pseudonymiser the study's pseudonymiser for participation
     * @return the boundary
     */
    static ChannelPseudonyms of(Pseudonymiser pseudonymiser) {
        Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        return pseudonymiser::pseudonymOf;
    }
}
