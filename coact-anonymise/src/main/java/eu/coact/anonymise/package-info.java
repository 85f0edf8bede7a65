/**
 * Pseudonymisation: keyed pseudonyms ({@link eu.coact.anonymise.Pseudonymiser}), their keys,
 * key rings and rotation ({@link eu.coact.anonymise.KeyRing},
 * {@link eu.coact.anonymise.KeyRingStore}), release pseudonyms
 * ({@link eu.coact.anonymise.ReleasePseudonyms}), reversible tokens for a data custodian
 * ({@link eu.coact.anonymise.ReversibleTokens}) and the identity vault
 * ({@link eu.coact.anonymise.IdentityVault}), the only place a channel identity is kept.
 * Free-text scrubbing is in {@code eu.coact.anonymise.scrub}; statistical disclosure control
 * in {@code eu.coact.anonymise.disclosure}.
 */
package eu.coact.anonymise;
