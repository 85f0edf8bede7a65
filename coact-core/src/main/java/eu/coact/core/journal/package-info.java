/**
 * The append-only, hash-chained journal in which consent decisions, lifecycle transitions and
 * answers are stored: the {@link eu.coact.core.journal.Journal} contract and its
 * implementations.
 */
package eu.coact.core.journal;
