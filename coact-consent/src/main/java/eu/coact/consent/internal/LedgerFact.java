package eu.coact.consent.internal;

import eu.coact.consent.AnalysedDataPolicy;
import eu.coact.consent.Transition;

/**
 * A transition as the ledger stored it, with the analysed-data policy recorded beside a
 * withdrawal (the policy in force then, not the one configured today).
 *
 * @param transition   the transition
 * @param analysedData the recorded policy; for other transitions, the one configured now
 */
public record LedgerFact(Transition transition, AnalysedDataPolicy analysedData) {}
