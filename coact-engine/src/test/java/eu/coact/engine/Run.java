package eu.coact.engine;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.content.Study;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.engine.channel.Inbound;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** One engine in virtual time over a journal, with helpers to talk to it. */
final class Run {

    static final Instant MONDAY_9_MADRID = LocalDateTime.parse("2024-03-04T09:00:00")
            .atZone(ZoneId.of("Europe/Madrid"))
            .toInstant();

    final Study study;
    final Journal journal;
    final RecordingChannel channel = new RecordingChannel();
    final EngineSettings settings;
    /** Where the consent ledger keeps its entries, when the engine records consent in one. */
    final Optional<Journal> ledgerJournal;

    ConsentLedger ledger;
    private boolean ageDeclared = true;
    private List<ConsentDocument> documents = Consents.DOCUMENTS;
    ConversationEngine engine;
    Instant now = MONDAY_9_MADRID;

    Run(Study study) {
        this(study, new InMemoryJournal(), EngineSettings.defaults());
    }

    Run(Study study, Journal journal, EngineSettings settings) {
        this.study = study;
        this.journal = journal;
        this.settings = settings;
        this.ledgerJournal = Optional.empty();
        this.engine = ConversationEngine.builder(study, journal, channel)
                .simulation()
                .settings(settings)
                .start(now);
    }

    private Run(Study study, Journal journal, Journal ledgerJournal, boolean ageDeclared) {
        this(study, journal, ledgerJournal, ageDeclared, Consents.DOCUMENTS);
    }

    private Run(
            Study study, Journal journal, Journal ledgerJournal, boolean ageDeclared, List<ConsentDocument> documents) {
        this.study = study;
        this.journal = journal;
        this.settings = EngineSettings.defaults();
        this.ledgerJournal = Optional.of(ledgerJournal);
        this.ageDeclared = ageDeclared;
        this.documents = documents;
        ConsentLedger publishing = ConsentLedger.open(ledgerJournal, Consents.POLICY);
        documents.forEach(d -> publishing.publish(d, now.minusSeconds(60)));
        start();
    }

    /** An engine that records consent in a ledger sharing its journal, with these consent documents published. */
    static Run withDocuments(Study study, List<ConsentDocument> documents) {
        Journal journal = new InMemoryJournal();
        return new Run(study, journal, journal, true, documents);
    }

    /**
     * An engine that records consent in a ledger, which keeps its entries in the engine's journal
     * ({@code shared}) or in a journal of its own.
     */
    static Run withLedger(Study study, boolean shared) {
        return withLedger(study, shared, true);
    }

    /** As {@link #withLedger(Study, boolean)}; without {@code ageDeclared}, consent in the chat declares no age. */
    static Run withLedger(Study study, boolean shared, boolean ageDeclared) {
        Journal journal = new InMemoryJournal();
        return new Run(study, journal, shared ? journal : new InMemoryJournal(), ageDeclared);
    }

    private void start() {
        if (ledgerJournal.isEmpty()) {
            engine = ConversationEngine.builder(study, journal, channel)
                    .simulation()
                    .settings(settings)
                    .start(now);
            return;
        }
        ledger = ConsentLedger.open(ledgerJournal.get(), Consents.POLICY);
        LedgerConsent unbound = LedgerConsent.of(ledger, documents, eu.coact.consent.Channel.of("telegram"));
        LedgerConsent binding = ageDeclared ? unbound.withAgeDeclaredByConsenting(18) : unbound;
        engine = ConversationEngine.builder(study, journal, channel)
                .consent(binding)
                .settings(settings)
                .start(now);
    }

    /** Stops this engine (and ledger) and starts new ones over the same journals, as after a crash. */
    void restart() {
        start();
    }

    void type(Pseudonym p, String text) {
        engine.receive(Inbound.typed(p, text, now));
    }

    /** Presses a button of the latest message to {@code p} that offers {@code value}, as a person would. */
    void press(Pseudonym p, String value) {
        engine.receive(Inbound.press(p, questionOffering(p, value), value, now));
    }

    /** The question id of the latest message to {@code p} with a button of this value; empty if none. */
    String questionOffering(Pseudonym p, String value) {
        List<eu.coact.engine.channel.Envelope> sent = channel.to(p);
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).message().buttons().stream().anyMatch(b -> b.value().equals(value))) {
                return sent.get(i).question();
            }
        }
        return "";
    }

    void advance(Duration duration) {
        Instant until = now.plus(duration);
        while (true) {
            Optional<Instant> next = engine.nextWakeUp();
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            if (next.get().isAfter(now)) {
                now = next.get();
            }
            engine.advanceTo(now);
        }
        now = until;
        engine.advanceTo(now);
    }

    /** Lets paced messages go out (a minute of virtual time). */
    void settle() {
        advance(Duration.ofMinutes(1));
    }

    ParticipantView view(Pseudonym p) {
        return engine.participant(p).orElseThrow();
    }

    static Pseudonym participant(int n) {
        return Pseudonym.of(String.format("participant-%08d", n));
    }
}
