package eu.coact.anonymise.disclosure.internal;

/**
 * A judged transformation as the engine sees it.
 *
 * @param levels     the level of each quasi-identifier
 * @param satisfied  whether the models hold with at most the allowed suppression
 * @param suppressed records suppressed (classes failing a model)
 * @param score      the metric's score (smaller is better)
 */
public record Found(int[] levels, boolean satisfied, int suppressed, double score) {}
