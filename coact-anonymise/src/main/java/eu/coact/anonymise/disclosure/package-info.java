/**
 * Statistical disclosure control: generalisation hierarchies, attribute roles, privacy models
 * (k-anonymity, l-diversity, t-closeness) with record suppression, utility metrics, the optimal
 * full-domain generalisation search, re-identification risk and a fast k-anonymity check.
 */
package eu.coact.anonymise.disclosure;
