/**
 * Shared value types of the CoAct SDK: identifiers validated at construction
 * ({@link eu.coact.core.StudyId}, {@link eu.coact.core.Pseudonym}, {@link eu.coact.core.BlockId}, …),
 * languages and {@link eu.coact.core.LocalizedText} with explicit fallbacks.
 */
package eu.coact.core;
