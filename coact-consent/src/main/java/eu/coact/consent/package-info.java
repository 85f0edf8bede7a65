/**
 * Informed consent a research ethics committee and a data-protection officer can trust:
 * versioned consent documents, granular purposes, the participant lifecycle, the consent
 * ledger, receipts, withdrawal and erasure.
 */
package eu.coact.consent;
