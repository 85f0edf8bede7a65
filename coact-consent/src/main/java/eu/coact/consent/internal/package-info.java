/**
 * Implementation of the consent module: document loading, lifecycle rules, the ledger's payload
 * format, histories and receipt writing. Not exported; use the types of {@code eu.coact.consent}.
 */
package eu.coact.consent.internal;
