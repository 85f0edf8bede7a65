package eu.coact.consent.internal;

import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.ConsentReceipt;
import eu.coact.consent.DocumentReference;
import eu.coact.consent.Eligibility;
import eu.coact.consent.ParticipantState;
import eu.coact.consent.ParticipantState.Erased;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.PurposeStatus;
import eu.coact.consent.Transition;
import eu.coact.consent.Transition.ConsentGiven;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Issues the receipt of a recorded transition, identified by its ledger entry's chain hash. */
public final class ReceiptIssuer {

    private final Journal journal;
    private final DocumentRegistry documents;
    private final ConsentPolicy policy;
    private final Standing standing;

    /** An issuer reading entry hashes from {@code journal}. */
    public ReceiptIssuer(Journal journal, DocumentRegistry documents, ConsentPolicy policy, Standing standing) {
        this.journal = journal;
        this.documents = documents;
        this.policy = policy;
        this.standing = standing;
    }

    /** The receipt of the transition recorded as entry {@code sequence}. */
    public ConsentReceipt receipt(
            long sequence,
            Transition transition,
            ParticipantState state,
            Optional<ParticipationRole> role,
            Optional<DocumentReference> governing) {
        String hash;
        // Closed at once: on a database journal the stream holds a connection until it is closed.
        try (Stream<JournalEntry> entry = journal.read(sequence, sequence)) {
            hash = entry.findFirst()
                    .map(JournalEntry::hash)
                    .map(HexFormat.of()::formatHex)
                    .orElseThrow(() -> new JournalException("entry #" + sequence + " was appended but cannot be read"));
        }
        Map<PurposeId, PurposeStatus> statuses = standing.purposeStatus(state, transition.at());
        Set<PurposeId> mandatory = governing
                .flatMap(doc -> documents.version(doc.id(), doc.version()))
                .map(PublishedVersion::mandatory)
                .orElse(Set.of());
        List<ConsentReceipt.PurposeLine> lines = statuses.entrySet().stream()
                .map(e -> new ConsentReceipt.PurposeLine(e.getKey(), mandatory.contains(e.getKey()), e.getValue()))
                .toList();
        Optional<Eligibility> eligibility =
                transition instanceof ConsentGiven given ? Optional.of(given.eligibility()) : Optional.empty();
        Optional<ConsentReceipt.Withdrawal> withdrawal = transition instanceof ConsentWithdrawn withdrawn
                ? Optional.of(new ConsentReceipt.Withdrawal(withdrawn.choice(), policy.analysedData()))
                : Optional.empty();
        return new ConsentReceipt(
                "urn:coact:consent-receipt:" + hash,
                sequence,
                transition.participant(),
                policy.controller(),
                policy.controllerContact(),
                policy.jurisdiction(),
                policy.sensitive(),
                transition.kind(),
                transition.at(),
                transition.actor(),
                transition.channel(),
                state.stage(),
                state instanceof Erased ? Optional.empty() : role,
                state instanceof Erased ? Optional.empty() : governing,
                lines,
                eligibility,
                policy.withdrawalMethod(),
                withdrawal);
    }
}
