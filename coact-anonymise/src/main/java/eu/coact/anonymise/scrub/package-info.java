/**
 * Free-text scrubbing: {@link eu.coact.anonymise.scrub.Scrubber} replaces direct identifiers
 * with typed tokens and reports counts by {@link eu.coact.anonymise.scrub.IdentifierKind}.
 */
package eu.coact.anonymise.scrub;
