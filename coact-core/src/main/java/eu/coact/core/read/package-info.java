/**
 * Safe reading of the JSON and YAML files people write (content, consent texts, hierarchies,
 * configuration), configured once for every module. {@link eu.coact.core.read.DocumentReader}
 * turns broken or hostile input into problems with line and column, and
 * {@link eu.coact.core.read.SourceDocument} keeps the position of every node so that later
 * checks can point at the exact line.
 */
package eu.coact.core.read;
