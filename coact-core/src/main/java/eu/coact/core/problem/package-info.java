/**
 * Structured validation results shared by every module: a {@link eu.coact.core.problem.Problem}
 * has a severity, a stable code, a sentence a person can act on, and a location (source, path,
 * line and column). {@link eu.coact.core.problem.Problems} collects them all, so that a person
 * sees every mistake in a file at once, rendered for people or as JSON.
 */
package eu.coact.core.problem;
