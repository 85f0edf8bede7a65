package eu.coact.engine;

import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Purpose;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The bytes of the English document's file. */
    static final byte[] ENGLISH_PDF = "%PDF-1.4 information sheet (en)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** The bytes of the Catalan document's file. */
    static final byte[] CATALAN_PDF = "%PDF-1.4 full informatiu (ca)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Writes both documents' files under {@code consent/} in a media folder and returns the two
     * documents, each with its file.
     */
    static List<ConsentDocument> withFiles(Path media) throws IOException {
        Files.createDirectories(media.resolve("consent"));
        Files.write(media.resolve("consent/en.pdf"), ENGLISH_PDF);
        Files.write(media.resolve("consent/ca.pdf"), CATALAN_PDF);
        return List.of(
                DOCUMENT.withFile(pdf("consent/en.pdf", ENGLISH_PDF)),
                DOCUMENT_CA.withFile(pdf("consent/ca.pdf", CATALAN_PDF)));
    }

    private static ConsentFile pdf(String name, byte[] bytes) {
        return new ConsentFile(name, "application/pdf", ConsentFile.sha256Of(bytes));
    }

    private Consents() {}

    /** The chat's binding to a ledger: the test study asks no age, its consent text declares adulthood. */
    static LedgerConsent binding(ConsentLedger ledger) {
        return LedgerConsent.of(ledger, DOCUMENTS, Channel.of("telegram")).withAgeDeclaredByConsenting(18);
    }
}
