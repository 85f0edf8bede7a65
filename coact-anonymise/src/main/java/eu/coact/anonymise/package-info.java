/**
 * Pseudonymisation and anonymisation: keyed pseudonyms and the identity vault, free-text
 * scrubbing, generalisation hierarchies, privacy models and the optimal generalisation search.
 */
package eu.coact.anonymise;
