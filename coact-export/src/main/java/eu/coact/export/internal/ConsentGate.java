package eu.coact.export.internal;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipantState.Stage;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.export.ExclusionReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The consent gate: who may be in the release (the publication purpose granted and in force at
 * the release time, and not withdrawn or erased), whose free text may be quoted, and why every
 * other participant the study knows is left out.
 */
final class ConsentGate {

    private final SortedSet<Pseudonym> publishable = new TreeSet<>();
    private final Set<Pseudonym> quotable;
    private final Map<ExclusionReason, Long> excluded = new EnumMap<>(ExclusionReason.class);
    private final SortedMap<Pseudonym, ParticipantState> states;
    private long consented;

    ConsentGate(ConsentLedger ledger, PurposeId publication, PurposeId quoting, Instant at) {
        for (ExclusionReason reason : ExclusionReason.values()) {
            excluded.put(reason, 0L);
        }
        states = ledger.statesAt(at);
        SortedSet<Pseudonym> granted = ledger.publishable(publication, at);
        states.forEach((participant, state) -> {
            Stage stage = state.stage();
            if (stage == Stage.ACTIVE || stage == Stage.PAUSED || stage == Stage.WITHDRAWN) {
                consented++;
            }
            boolean gone = stage == Stage.WITHDRAWN || stage == Stage.ERASED;
            if (granted.contains(participant) && !gone) {
                publishable.add(participant);
                return;
            }
            ExclusionReason reason = switch (stage) {
                case PROSPECTIVE, INFORMED -> ExclusionReason.NEVER_CONSENTED;
                case DECLINED -> ExclusionReason.DECLINED;
                case WITHDRAWN -> ExclusionReason.WITHDRAWN;
                case ERASED -> ExclusionReason.ERASED;
                case ACTIVE, PAUSED -> ExclusionReason.PUBLICATION_REFUSED;
            };
            excluded.merge(reason, 1L, Long::sum);
        });
        Set<Pseudonym> quote = new TreeSet<>(ledger.publishable(quoting, at));
        quote.retainAll(publishable);
        quotable = quote;
    }

    /** Someone who answered but is unknown to the ledger never consented. */
    void unknownToLedger(Pseudonym participant) {
        if (!states.containsKey(participant)) {
            excluded.merge(ExclusionReason.NEVER_CONSENTED, 1L, Long::sum);
        }
    }

    boolean knows(Pseudonym participant) {
        return states.containsKey(participant);
    }

    boolean publishable(Pseudonym participant) {
        return publishable.contains(participant);
    }

    boolean quotable(Pseudonym participant) {
        return quotable.contains(participant);
    }

    SortedSet<Pseudonym> publishable() {
        return publishable;
    }

    void suppressedByDisclosure(long count) {
        excluded.merge(ExclusionReason.DISCLOSURE_SUPPRESSED, count, Long::sum);
    }

    Map<ExclusionReason, Long> excluded() {
        return excluded;
    }

    /** Participants the ledger knows at the release time. */
    long joined() {
        return states.size();
    }

    /** Participants who consented at some point and are not declined or erased. */
    long consented() {
        return consented;
    }

    /** Whether the participant is consented (active, paused or withdrawn). */
    boolean hasConsented(Pseudonym participant) {
        ParticipantState state = states.get(participant);
        return state != null
                && (state.stage() == Stage.ACTIVE || state.stage() == Stage.PAUSED || state.stage() == Stage.WITHDRAWN);
    }
}
