package eu.coact.consent;

import eu.coact.consent.ParticipantState.Active;
import eu.coact.consent.ParticipantState.Erased;
import eu.coact.consent.Transition.ConsentWithdrawn;
import eu.coact.consent.Transition.DataErased;
import eu.coact.consent.internal.DocumentRegistry;
import eu.coact.consent.internal.LedgerCodec;
import eu.coact.consent.internal.LedgerFact;
import eu.coact.consent.internal.Lifecycle;
import eu.coact.consent.internal.ParticipantHistory;
import eu.coact.consent.internal.PublishedVersion;
import eu.coact.consent.internal.ReceiptIssuer;
import eu.coact.consent.internal.Standing;
import eu.coact.consent.internal.TransitionTally;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The consent ledger of a study: every document publication and lifecycle transition, appended
 * to a {@link Journal} (append-only, hash-chained, verifiable), and the participants' states
 * derived from it. Opening a ledger replays its journal; afterwards each recorded transition is
 * checked against the lifecycle, appended durably, and only then applied.
 *
 * <pre>{@code
 * ConsentLedger ledger = ConsentLedger.open(journal, policy);
 * ledger.publish(document, now);
 * ledger.record(new Transition.FirstContact(p, now, Actor.SYSTEM, Channel.of("telegram"), CITIZEN_SCIENTIST));
 * ledger.record(new Transition.DocumentShown(p, now, Actor.SYSTEM, telegram, document.reference()));
 * Recorded r = ledger.record(new Transition.ConsentGiven(p, now, Actor.PARTICIPANT, telegram,
 *         document.reference(), Set.of(take, process), Eligibility.declaredAge(34)));
 * ledger.mayContact(p);   // true
 * }</pre>
 *
 * <p>Erasure ({@link Transition.DataErased}, or a withdrawal choosing to erase) redacts every
 * payload about the participant in the journal, this module's and others', and appends a
 * tombstone holding only pseudonym, time and kind; the chain still verifies.
 *
 * <p>Thread-safe. The ledger never closes the journal it was given.
 */
public final class ConsentLedger implements ConsentQueries {

    private final Journal journal;
    private final ConsentPolicy policy;
    private final DocumentRegistry documents = new DocumentRegistry();
    private final Lifecycle lifecycle;
    private final LedgerCodec codec = new LedgerCodec();
    private final TransitionTally tally = new TransitionTally();
    private final Standing standing;
    private final ReceiptIssuer receipts;
    private final Map<Pseudonym, ParticipantHistory> histories = new HashMap<>();
    /** The latest state of each participant, readable without the lock by the contact gate. */
    private final Map<Pseudonym, ParticipantState> current = new ConcurrentHashMap<>();

    private Instant last = Instant.MIN;
    private boolean replaying;

    private ConsentLedger(Journal journal, ConsentPolicy policy) {
        this.journal = journal;
        this.policy = policy;
        this.lifecycle = new Lifecycle(documents, policy.minimumAge());
        this.standing = new Standing(documents, policy);
        this.receipts = new ReceiptIssuer(journal, documents, policy, standing);
    }

    /**
     * Opens the ledger kept in a journal, replaying every consent entry in it (entries of other
     * modules are skipped).
     *
     * @param journal the journal, possibly empty
     * @param policy  the study's consent policy
     * @return the ledger
     * @throws JournalException if an entry cannot be replayed (it names the entry)
     */
    public static ConsentLedger open(Journal journal, ConsentPolicy policy) {
        ConsentLedger ledger =
                new ConsentLedger(Objects.requireNonNull(journal, "journal"), Objects.requireNonNull(policy, "policy"));
        ledger.replay();
        return ledger;
    }

    /** The study's consent policy. */
    public ConsentPolicy policy() {
        return policy;
    }

    /**
     * Publishes a consent document so that participants may be shown it and consent to it.
     * Publishing a newer version with other purposes starts re-consent for those who accepted an
     * older one. Publishing the same document again changes nothing.
     *
     * @param document the document; its purposes must be in the policy's catalogue
     * @param at       when it is published
     * @return true if it was published now, false if it already was
     * @throws IllegalArgumentException if it conflicts with a published one (a changed text under
     *                                  the same version, another role, unknown purposes) or comes
     *                                  before the last recorded entry
     */
    public synchronized boolean publish(ConsentDocument document, Instant at) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        if (at.isBefore(last)) {
            throw new IllegalArgumentException(
                    "a publication at " + at + " comes before the last ledger entry (" + last + ")");
        }
        for (PurposeId purpose : document.purposes()) {
            if (!policy.catalogue().contains(purpose)) {
                throw new IllegalArgumentException("the purpose '" + purpose + "' is not in the study's catalogue");
            }
        }
        PublishedVersion version = new PublishedVersion(
                document.reference(),
                document.role(),
                document.effective(),
                document.purposes(),
                document.mandatory(),
                at);
        if (documents.find(version.reference()).isPresent()) {
            return false;
        }
        documents.refusal(version).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        journal.append(codec.encode(version));
        documents.add(version);
        last = at;
        return true;
    }

    /**
     * Whether a document version has been published in this ledger (so participants may consent to it).
     *
     * @param reference the document version, with the digest of its text
     * @return true when exactly this version, with this text, is published
     */
    public synchronized boolean isPublished(DocumentReference reference) {
        return documents.find(Objects.requireNonNull(reference, "reference")).isPresent();
    }

    /**
     * Records a transition: checks it against the participant's state, appends it durably, and
     * applies it. A withdrawal that asks for erasure also erases.
     *
     * @param transition the transition
     * @return the sequence number, the new state and the receipt for the participant
     * @throws IllegalTransitionException if the lifecycle does not allow it now; nothing is recorded
     */
    public synchronized Recorded record(Transition transition) {
        Objects.requireNonNull(transition, "transition");
        Pseudonym participant = transition.participant();
        ParticipantHistory history = histories.get(participant);
        Optional<ParticipantState> before = history == null ? Optional.empty() : Optional.of(history.current());
        if (transition.at().isBefore(last)) {
            throw new IllegalTransitionException(
                    before.map(ParticipantState::stage),
                    transition.kind(),
                    "it is dated " + transition.at() + ", before the last ledger entry (" + last
                            + "); the ledger is kept in time order");
        }
        ParticipantState next = lifecycle.next(before, transition, policy.analysedData());
        Optional<DocumentReference> governing = next.document().or(() -> before.flatMap(ParticipantState::document));
        Optional<ParticipationRole> role = Standing.roleOf(next).or(() -> before.flatMap(Standing::roleOf));
        if (transition instanceof DataErased) {
            long sequence = erase(participant, transition, next);
            return new Recorded(sequence, next, receipts.receipt(sequence, transition, next, role, governing));
        }
        long sequence = journal.append(codec.encode(transition, governing, policy.analysedData()));
        ConsentReceipt receipt = receipts.receipt(sequence, transition, next, role, governing);
        apply(participant, history, next);
        tally.count(transition.kind(), transition.at());
        last = transition.at();
        if (transition instanceof ConsentWithdrawn withdrawn && withdrawn.choice() == WithdrawalChoice.ERASE_MY_DATA) {
            DataErased erasure = new DataErased(participant, withdrawn.at(), withdrawn.actor(), withdrawn.channel());
            Erased erased = new Erased(participant, withdrawn.at());
            erase(participant, erasure, erased);
            return new Recorded(sequence, erased, receipt);
        }
        return new Recorded(sequence, next, receipt);
    }

    private long erase(Pseudonym participant, Transition erasure, ParticipantState erased) {
        try {
            journal.redactSubject(participant);
        } finally {
            // Whatever happens next, the redaction may have happened: the participant is erased.
            histories
                    .computeIfAbsent(participant, p -> new ParticipantHistory())
                    .forgetAllBut(erased);
            current.put(participant, erased);
        }
        long sequence = journal.append(codec.encode(erasure, Optional.empty(), policy.analysedData()));
        tally.count(erasure.kind(), erasure.at());
        last = erasure.at();
        return sequence;
    }

    private void apply(Pseudonym participant, ParticipantHistory history, ParticipantState next) {
        ParticipantHistory target = history;
        if (target == null) {
            target = new ParticipantHistory();
            histories.put(participant, target);
        } else if (target.current() == next) {
            return;
        }
        target.add(next);
        if (!replaying) {
            current.put(participant, next);
        }
    }

    private void replay() {
        replaying = true;
        Map<Pseudonym, Instant> pendingErasure = new HashMap<>();
        try (Stream<JournalEntry> entries = journal.readAll()) {
            Iterator<JournalEntry> it = entries.iterator();
            while (it.hasNext()) {
                replay(it.next(), pendingErasure);
            }
        }
        // An erasure interrupted between redaction and tombstone still counts as an erasure.
        pendingErasure.forEach((participant, at) -> {
            Erased erased = new Erased(participant, at);
            histories
                    .computeIfAbsent(participant, p -> new ParticipantHistory())
                    .forgetAllBut(erased);
        });
        // Published once at the end: one write per participant rather than one per event.
        histories.forEach((participant, history) -> current.put(participant, history.current()));
        replaying = false;
    }

    private void replay(JournalEntry entry, Map<Pseudonym, Instant> pendingErasure) {
        String type = entry.type();
        if (!type.startsWith(LedgerCodec.PREFIX)) {
            return;
        }
        if (entry.at().isAfter(last)) {
            last = entry.at();
        }
        try {
            if (type.equals(LedgerCodec.DOCUMENT_PUBLISHED)) {
                documents.add(codec.decodeDocument(entry));
                return;
            }
            Pseudonym participant = entry.subject()
                    .orElseThrow(() -> new IllegalArgumentException("a transition names its participant"));
            if (type.equals(LedgerCodec.DATA_ERASED)) {
                pendingErasure.remove(participant);
                Erased erased = new Erased(participant, entry.at());
                histories
                        .computeIfAbsent(participant, p -> new ParticipantHistory())
                        .forgetAllBut(erased);
                tally.countType(type, entry.at());
                return;
            }
            if (entry.isRedacted()) {
                pendingErasure.put(participant, entry.at());
                tally.countType(type, entry.at());
                return;
            }
            LedgerFact fact = codec.decode(entry, documents, policy.analysedData());
            ParticipantHistory history = histories.get(participant);
            Optional<ParticipantState> before = history == null ? Optional.empty() : Optional.of(history.current());
            ParticipantState next = lifecycle.next(before, fact.transition(), fact.analysedData());
            apply(participant, history, next);
            tally.countType(type, entry.at());
        } catch (IllegalArgumentException | IllegalTransitionException | DateTimeException e) {
            throw new JournalException(
                    "consent ledger entry #" + entry.sequence() + " (" + type + ") cannot be replayed: "
                            + e.getMessage(),
                    e);
        }
    }

    /** The participant's current state, if the ledger knows them. Constant time. */
    public Optional<ParticipantState> state(Pseudonym participant) {
        return Optional.ofNullable(current.get(participant));
    }

    /** Every known participant's current state, by pseudonym. */
    public synchronized SortedMap<Pseudonym, ParticipantState> states() {
        SortedMap<Pseudonym, ParticipantState> out = new TreeMap<>();
        histories.forEach((participant, history) -> out.put(participant, history.current()));
        return out;
    }

    /** Every participant's state at an instant, by pseudonym; those unknown then are absent. */
    public synchronized SortedMap<Pseudonym, ParticipantState> statesAt(Instant at) {
        SortedMap<Pseudonym, ParticipantState> out = new TreeMap<>();
        histories.forEach((participant, history) -> history.at(at).ifPresent(state -> out.put(participant, state)));
        return out;
    }

    @Override
    public boolean mayContact(Pseudonym participant) {
        // Lock-free: the engine asks this before every message it sends.
        if (!(current.get(participant) instanceof Active active)) {
            return false;
        }
        return documents
                .inForce(active.accepted(), active.granted(), Instant.MAX)
                .contains(policy.contactPurpose());
    }

    @Override
    public synchronized boolean mayProcess(Pseudonym participant, PurposeId purpose, Instant at) {
        ParticipantHistory history = histories.get(participant);
        return history != null
                && history.at(at)
                        .map(state -> standing.grantedInForce(state, at).contains(purpose))
                        .orElse(false);
    }

    @Override
    public synchronized SortedSet<Pseudonym> publishable(PurposeId purpose, Instant at) {
        SortedSet<Pseudonym> out = new TreeSet<>();
        histories.forEach((participant, history) -> {
            if (history.at(at)
                    .map(state -> standing.grantedInForce(state, at).contains(purpose))
                    .orElse(false)) {
                out.add(participant);
            }
        });
        return out;
    }

    @Override
    public synchronized Optional<ParticipantState> stateAt(Pseudonym participant, Instant at) {
        ParticipantHistory history = histories.get(participant);
        return history == null ? Optional.empty() : history.at(at);
    }

    @Override
    public synchronized Map<PurposeId, PurposeStatus> purposesAt(Pseudonym participant, Instant at) {
        return stateAt(participant, at)
                .map(state -> standing.purposeStatus(state, at))
                .orElse(Map.of());
    }

    @Override
    public synchronized SortedSet<Pseudonym> awaitingReconsent(Instant at) {
        SortedSet<Pseudonym> out = new TreeSet<>();
        histories.forEach((participant, history) -> history.at(at)
                .flatMap(Standing::accepted)
                .filter(accepted -> documents.awaitsReconsent(accepted, at))
                .ifPresent(a -> out.add(participant)));
        return out;
    }

    /**
     * The auditor's report at an instant: counts only, no identities.
     *
     * @param at the instant
     * @return the report
     */
    public synchronized AuditReport audit(Instant at) {
        Map<ParticipantState.Stage, Long> byState = new EnumMap<>(ParticipantState.Stage.class);
        Map<ParticipationRole, Long> byRole = new EnumMap<>(ParticipationRole.class);
        Map<String, Long> byVersion = new TreeMap<>();
        Map<PurposeId, Long> byPurpose = new LinkedHashMap<>();
        policy.catalogue().purposes().forEach(p -> byPurpose.put(p.id(), 0L));
        for (ParticipantHistory history : histories.values()) {
            Optional<ParticipantState> found = history.at(at);
            if (found.isEmpty()) {
                continue;
            }
            ParticipantState state = found.get();
            byState.merge(state.stage(), 1L, Long::sum);
            Standing.roleOf(state).ifPresent(role -> byRole.merge(role, 1L, Long::sum));
            Standing.accepted(state).ifPresent(doc -> byVersion.merge(doc.id() + "@" + doc.version(), 1L, Long::sum));
            for (PurposeId purpose : standing.grantedInForce(state, at)) {
                byPurpose.merge(purpose, 1L, Long::sum);
            }
        }
        return new AuditReport(at, byState, byRole, byVersion, byPurpose, tally.byDay(at));
    }

    /**
     * Verifies the journal's hash chain, then that the entries this ledger reads link up one
     * after the other (so a store that reports itself intact but serves altered entries is caught).
     *
     * @return intact, or the first bad entry and why
     */
    public Verification verify() {
        Verification stored = journal.verify();
        if (!stored.isIntact()) {
            return stored;
        }
        byte[] previous = new byte[32];
        long expected = 1;
        try (Stream<JournalEntry> entries = journal.readAll()) {
            Iterator<JournalEntry> it = entries.iterator();
            while (it.hasNext()) {
                JournalEntry entry = it.next();
                if (entry.sequence() != expected) {
                    return new Verification.Broken(
                            expected,
                            "expected entry #" + expected + " but read #" + entry.sequence()
                                    + " (an entry was dropped, inserted or moved)");
                }
                if (!MessageDigest.isEqual(previous, entry.previousHash())) {
                    return new Verification.Broken(expected, "does not link to the entry before it");
                }
                previous = entry.hash();
                expected++;
            }
        }
        return new Verification.Intact(expected - 1);
    }
}
