package eu.coact.engine;

import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Purpose;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The consent policy and document of the engine tests that record consent in a ledger. */
final class Consents {

    static final ConsentPolicy POLICY =
            ConsentPolicy.builder("Engine test study", "dpo@example.org").build();
    static final ConsentDocument DOCUMENT = new ConsentDocument(
            DocumentId.of("participation"),
            1,
            Language.of("en"),
            ParticipationRole.CITIZEN_SCIENTIST,
            LocalDate.of(2024, 1, 1),
            List.of(Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id(), Purpose.PUBLISH_OPEN_DATA.id()),
            Set.of(Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id()),
            "Take part in the chat, let the team analyse your answers and, if you wish, publish them as open data.",
            Optional.empty());

    /** The same document in Catalan, the test study's other language. */
    static final ConsentDocument DOCUMENT_CA = new ConsentDocument(
            DocumentId.of("participation"),
            1,
            Language.of("ca"),
            ParticipationRole.CITIZEN_SCIENTIST,
            LocalDate.of(2024, 1, 1),
            DOCUMENT.purposes(),
            DOCUMENT.mandatory(),
            "Participa al xat, deixa que l'equip analitzi les teves respostes i, si vols, publica-les com a dades obertes.",
            Optional.empty());

    /** Every document the test study needs, one per language. */
    static final List<ConsentDocument> DOCUMENTS = List.of(DOCUMENT, DOCUMENT_CA);

    /** Publishes every document in a ledger. */
    static void publishAll(ConsentLedger ledger, java.time.Instant at) {
        DOCUMENTS.forEach(d -> ledger.publish(d, at));
    }

    private Consents() {}

    /** The chat's binding to a ledger: the test study asks no age, its consent text declares adulthood. */
    static LedgerConsent binding(ConsentLedger ledger) {
        return LedgerConsent.of(ledger, DOCUMENTS, Channel.of("telegram")).withAgeDeclaredByConsenting(18);
    }
}
