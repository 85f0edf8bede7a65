/** Benchmarks of the consent ledger: replay of a million events, and the contact gate. */
package eu.coact.benchmarks.consent;
