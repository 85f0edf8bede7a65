package eu.coact.engine.internal;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ParticipantState;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.channel.ContentKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent gate of an engine whose consent truth is a {@link ConsentLedger}: a message goes
 * out only when the ledger allows it <em>and</em> the conversation's own facts do. The ledger
 * decides consent (study content only for an active participant whose contact purpose is in
 * force; confirmations only while paused; nothing but the farewell once withdrawn or erased;
 * system dialogues only before consent); the journal adds what the ledger does not know, such as a participant in the middle of
 * leaving, and lets the farewell through once, right at the withdrawal, never after a restart.
 */
public final class LedgerContactPolicy implements ContactPolicy {

    private final ConsentLedger ledger;
    private final JournalContactPolicy conversation;

    private LedgerContactPolicy(ConsentLedger ledger, JournalContactPolicy conversation) {
        this.ledger = ledger;
        this.conversation = conversation;
    }

    /**
     * The gate over a ledger and the journal the engine writes to (which may be the ledger's).
     *
     * @param ledger  the study's consent ledger
     * @param journal the engine's journal
     * @return the gate
     */
    public static LedgerContactPolicy over(ConsentLedger ledger, Journal journal) {
        return new LedgerContactPolicy(
                Objects.requireNonNull(ledger, "ledger"),
                JournalContactPolicy.over(Objects.requireNonNull(journal, "journal")));
    }

    @Override
    public boolean permit(Pseudonym participant, ContentKind kind) {
        // The ledger first: the journal's permission for a farewell is used up when given.
        return ledgerAllows(participant, kind) && conversation.permit(participant, kind);
    }

    private boolean ledgerAllows(Pseudonym participant, ContentKind kind) {
        Optional<ParticipantState> state = ledger.state(participant);
        ParticipantState.Stage stage = state.map(ParticipantState::stage).orElse(ParticipantState.Stage.PROSPECTIVE);
        return switch (stage) {
            case ACTIVE -> ledger.mayContact(participant) ? kind != ContentKind.FAREWELL : beforeConsent(kind);
            case PAUSED -> kind == ContentKind.CONFIRMATION;
            case WITHDRAWN, ERASED -> kind == ContentKind.FAREWELL;
            default -> beforeConsent(kind);
        };
    }

    /** Someone who never consented: system dialogues, or the farewell when they leave before consenting. */
    private static boolean beforeConsent(ContentKind kind) {
        return kind == ContentKind.SYSTEM || kind == ContentKind.CONFIRMATION || kind == ContentKind.FAREWELL;
    }

    @Override
    public void appended(long firstSequence, List<JournalEvent> events) {
        conversation.appended(firstSequence, events);
    }
}
