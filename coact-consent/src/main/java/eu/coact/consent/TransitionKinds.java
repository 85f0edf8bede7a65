package eu.coact.consent;

import eu.coact.consent.Transition.ConsentDeclined;
import eu.coact.consent.Transition.ConsentGiven;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.consent.Transition.ContactPaused;
import eu.coact.consent.Transition.ContactResumed;
import eu.coact.consent.Transition.DataErased;
import eu.coact.consent.Transition.DocumentShown;
import eu.coact.consent.Transition.FirstContact;
import eu.coact.consent.Transition.PurposeChanged;
import java.util.Map;

/**
 * The kind of each transition as the ledger and receipts write it: the consent vocabulary, in one
 * table, in the order of the lifecycle.
 */
final class TransitionKinds {

    private static final Map<Class<? extends Transition>, String> KINDS = Map.of(
            FirstContact.class, "first-contact",
            DocumentShown.class, "document-shown",
            ConsentGiven.class, "consent-given",
            ConsentDeclined.class, "consent-declined",
            PurposeChanged.class, "purpose-changed",
            ContactPaused.class, "contact-paused",
            ContactResumed.class, "contact-resumed",
            ConsentWithdrawn.class, "consent-withdrawn",
            DataErased.class, "data-erased");

    private TransitionKinds() {}

    /** The kind of a transition. */
    static String of(Transition transition) {
        return KINDS.get(transition.getClass());
    }
}
