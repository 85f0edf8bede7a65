package eu.coact.content.channel;

import eu.coact.content.channel.internal.KeyedPseudonyms;
import eu.coact.core.Pseudonym;

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
     * Pseudonyms keyed with HMAC-SHA-256. The key is the application's secret (at least 32
     * bytes, kept out of the journal and the logs); the pseudonym is the URL-safe Base64 of the
     * MAC of the channel and address.
     *
     * @param key the secret key; copied
     * @return the pseudonym maker
     * @throws IllegalArgumentException when the key is shorter than 32 bytes
     */
    static ChannelPseudonyms keyed(byte[] key) {
        return new KeyedPseudonyms(key);
    }
}
