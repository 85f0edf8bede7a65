/**
 * Conversation-engine performance: a whole-process simulation of many participants through a
 * long study in virtual time, over the durable file journal in group-commit mode.
 */
package eu.coact.benchmarks.engine;
