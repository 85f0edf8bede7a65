package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ParticipantState;
import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Outgoing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consent document with a file: the participant gets the text and then the file, before any
 * consent question, and the ledger records as shown the digest of exactly the text and the file
 * bytes the channel delivered; a file that is not the published one is never recorded as shown.
 */
class ConsentFileDeliveryTest {

    private static final Pseudonym P = Run.participant(1);
    private static final byte[] ENGLISH = Consents.ENGLISH_PDF;
    private static final byte[] CATALAN = Consents.CATALAN_PDF;

    @TempDir
    Path media;

    private List<ConsentDocument> documents;

    @BeforeEach
    void files() throws IOException {
        documents = Consents.withFiles(media);
    }

    @Test
    void theTextThenTheFileGoBeforeTheQuestionAndTheLedgerHoldsTheDigestOfTheDeliveredBytes() {
        Run run = Run.withDocuments(Studies.standard(), documents);
        run.channel.readingFilesFrom(media);

        run.type(P, "hello");
        run.settle();

        List<Envelope> sent = run.channel.to(P);
        assertThat(sent.get(0).message()).isInstanceOf(Outgoing.Text.class);
        assertThat(sent.get(0).message().text()).isEqualTo(Consents.DOCUMENT.text());
        assertThat(sent.get(1).message())
                .isInstanceOfSatisfying(
                        Outgoing.Document.class, file -> assertThat(file.file()).isEqualTo("consent/en.pdf"));
        int question = sent.stream().map(e -> e.message().text()).toList().indexOf("Do you consent?");
        assertThat(question).isGreaterThan(1);
        assertThat(run.channel.files).hasSize(1);
        String delivered = ConsentDocument.digestOf(
                sent.get(0).message().text(), Optional.of(ConsentFile.sha256Of(run.channel.files.get(0))));
        ParticipantState state = run.ledger.state(P).orElseThrow();
        assertThat(state)
                .isInstanceOfSatisfying(
                        ParticipantState.Informed.class,
                        informed -> assertThat(informed.shown().digest())
                                .isEqualTo(delivered)
                                .isEqualTo(documents.get(0).digest())
                                .isNotEqualTo(Consents.DOCUMENT.digest()));
    }

    @Test
    void theTextAloneIsNotShownUntilTheFileHasFollowedIt() {
        Run run = Run.withDocuments(Studies.standard(), documents);
        run.channel.readingFilesFrom(media);
        run.channel.outcomes.add(Delivery.delivered());
        run.channel.outcomes.add(Delivery.failed("network"));

        run.type(P, "hello");

        assertThat(run.channel.textsTo(P)).containsExactly(Consents.DOCUMENT.text());
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Prospective.class);
        run.advance(Duration.ofMinutes(5));
        assertThat(run.channel.files).hasSize(1);
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Informed.class);
    }

    @Test
    void aFileThatIsNotThePublishedOneIsNeitherDeliveredNorRecordedAsShownNorFollowedByTheQuestion()
            throws IOException {
        Run run = Run.withDocuments(Studies.standard(), documents);
        run.channel.readingFilesFrom(media);
        // Someone replaces the PDF after the document was published: its bytes are no longer the promised ones.
        Files.write(media.resolve("consent/en.pdf"), CATALAN);

        run.type(P, "hello");
        run.advance(Duration.ofMinutes(30));

        assertThat(run.channel.files).isEmpty();
        assertThat(run.channel.textsTo(P)).containsExactly(Consents.DOCUMENT.text());
        assertThat(run.channel.attempts).anySatisfy(a -> assertThat(a.outcome()).isInstanceOf(Delivery.Failed.class));
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Prospective.class);
    }

    @Test
    void whoeverChangesLanguageBeforeDecidingGetsTheDocumentInTheNewLanguageAndConsentsToThatOne() {
        Run run = Run.withDocuments(Studies.standard(), documents);
        run.channel.readingFilesFrom(media);
        run.type(P, "hello");
        run.settle();

        run.type(P, "language ca");
        run.settle();

        assertThat(run.channel.textsTo(P)).contains(Consents.DOCUMENT_CA.text());
        assertThat(run.channel.files).hasSize(2);
        assertThat(run.channel.files.get(1)).isEqualTo(CATALAN);
        assertThat(run.ledger.state(P).orElseThrow())
                .isInstanceOfSatisfying(
                        ParticipantState.Informed.class,
                        informed -> assertThat(informed.shown())
                                .isEqualTo(documents.get(1).reference()));
        run.press(P, "yes");
        run.settle();
        assertThat(run.ledger.state(P).orElseThrow().document())
                .contains(documents.get(1).reference());
    }
}
