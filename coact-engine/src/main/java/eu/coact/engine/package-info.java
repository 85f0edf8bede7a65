/**
 * The conversation engine: walks each participant through content blocks, records every answer
 * in the journal, rebuilds its state from the journal after a restart, understands commands in
 * every declared language, and enforces the consent gate before anything reaches a channel.
 */
package eu.coact.engine;
