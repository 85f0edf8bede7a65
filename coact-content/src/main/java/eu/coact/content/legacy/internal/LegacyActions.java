package eu.coact.content.legacy.internal;

import eu.coact.content.Action;
import eu.coact.core.read.NodeReader;
import java.util.Optional;

/**
 * The actions of the legacy format ({@code legal_yes}, {@code update_rhythm}, ...) as the
 * model's actions; an action the original program never implemented is reported and left out.
 */
final class LegacyActions {

    private LegacyActions() {}

    /** The action named {@code name}, or empty when it has no meaning here (reported). */
    static Optional<Action> action(String name, String at, Optional<String> variable, BlockFacts facts, NodeReader in) {
        switch (name) {
            case "legal_yes":
                return Optional.of(new Action.RecordConsent(Action.ConsentDecision.GIVEN));
            case "legal_no":
                return Optional.of(new Action.RecordConsent(Action.ConsentDecision.REFUSED));
            case "unsubscribe_final":
                return Optional.of(new Action.Withdraw());
            case "update_rhythm":
                // The old program applied the frequency saved earlier in the block, wherever the action sits.
                Optional<String> frequency = variable.filter(facts::isFrequency).or(facts::frequencyVariable);
                if (frequency.isEmpty()) {
                    in.error(
                            "invalid-value",
                            "'update_rhythm' applies a frequency answer, but no message of this "
                                    + "block saves one ('save: freq').",
                            at);
                    return Optional.empty();
                }
                return Optional.of(new Action.ChangeFrequency(frequency.get()));
            default:
                in.warning(
                        "unknown-action",
                        "The action '" + name + "' has no defined meaning (the original program "
                                + "never implemented it); it is not imported.",
                        at);
                return Optional.empty();
        }
    }
}
