package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentFile;
import eu.coact.consent.ParticipantState;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import eu.coact.engine.channel.Outgoing;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consent stays true when the process stops, or a delivery is lost, while the consent document
 * is on its way: nobody is recorded as shown a document that did not reach them in full, they
 * get the document again, and the consent they then give is to the document they received.
 */
class ConsentInterruptedTest {

    private static final Pseudonym P = Run.participant(1);

    @TempDir
    Path media;

    /** The English and Catalan documents, each with its file in {@link #media}. */
    private List<ConsentDocument> documents;

    @BeforeEach
    void documentsWithTheirFiles() throws IOException {
        documents = Consents.withFiles(media);
    }

    @Test
    void aStopBetweenTheTextAndTheFileSendsTheWholeDocumentAgainAndRecordsItShownOnlyThen() {
        Run run = run();
        run.channel.stopBefore = e -> e.message() instanceof Outgoing.Document;

        assertThatThrownBy(() -> run.type(P, "hello")).isInstanceOf(RecordingChannel.ProcessStopped.class);
        assertThat(run.channel.textsTo(P)).containsExactly(Consents.DOCUMENT.text());
        assertThat(run.channel.files).isEmpty();
        // The text alone reached them before the stop: the record must not say they were shown the document.
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Prospective.class);

        run.restart();
        run.settle();

        assertThat(run.channel.textsTo(P)).containsSubsequence(Consents.DOCUMENT.text(), Consents.DOCUMENT.text());
        assertThat(run.channel.files).containsExactly(Consents.ENGLISH_PDF);
        assertShownExactlyWhatWasDelivered(run);
        consentAndCheck(run);
    }

    @Test
    void aStopBeforeAnyOfTheDocumentWasHandedOverSendsItAfterTheRestartBeforeTheQuestion() {
        Run run = run();
        run.channel.stopBefore = e -> e.message().text().equals(Consents.DOCUMENT.text());

        assertThatThrownBy(() -> run.type(P, "hello")).isInstanceOf(RecordingChannel.ProcessStopped.class);
        assertThat(run.channel.to(P)).isEmpty();
        run.restart();
        run.settle();

        List<String> texts = run.channel.textsTo(P);
        assertThat(texts).contains(Consents.DOCUMENT.text());
        if (texts.contains("Do you consent?")) {
            assertThat(texts.indexOf(Consents.DOCUMENT.text())).isLessThan(texts.indexOf("Do you consent?"));
        }
        assertShownExactlyWhatWasDelivered(run);
        consentAndCheck(run);
    }

    @Test
    void aDecisionAboutADocumentThatDidNotArriveInFullIsNotConsentAndTheDocumentComesAgain() {
        Run run = run();
        // The text is delivered, the file waits for a retry, and the process restarts before it:
        // the file then arrives with no record of the text before it in this process.
        run.channel.outcomes.add(Delivery.delivered());
        run.channel.outcomes.add(Delivery.failed("network"));
        run.type(P, "hello");
        run.restart();
        run.advance(Duration.ofMinutes(5));
        assertThat(run.channel.files).containsExactly(Consents.ENGLISH_PDF);
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Prospective.class);
        run.settle();

        run.press(P, "yes");
        run.settle();

        assertThat(run.ledger.state(P).orElseThrow())
                .as("no consent to a document the record does not show as delivered")
                .isNotInstanceOf(ParticipantState.Active.class);
        assertThat(events(run, eu.coact.content.record.ConversationEvents.CONSENT_NOT_RECORDED))
                .isEqualTo(1);
        assertThat(run.channel.files)
                .as("the document came again, file included")
                .hasSize(2);
        assertShownExactlyWhatWasDelivered(run);
        consentAndCheck(run);
    }

    private Run run() {
        Run run = Run.withDocuments(Studies.standard(), documents);
        run.channel.readingFilesFrom(media);
        return run;
    }

    /** The participant consents to the question now open: consent stands, to the document they received. */
    private void consentAndCheck(Run run) {
        run.press(P, "yes");
        run.settle();
        assertThat(run.ledger.state(P).orElseThrow())
                .isInstanceOfSatisfying(
                        ParticipantState.Active.class,
                        active -> assertThat(active.accepted())
                                .isEqualTo(documents.get(0).reference()));
    }

    /** The document is recorded as shown with the digest of the text and file the channel delivered last. */
    private void assertShownExactlyWhatWasDelivered(Run run) {
        List<Envelope> sent = run.channel.to(P);
        String text = null;
        for (Envelope e : sent) {
            if (e.message() instanceof Outgoing.Text && e.message().text().equals(Consents.DOCUMENT.text())) {
                text = e.message().text();
            }
        }
        byte[] file = run.channel.files.get(run.channel.files.size() - 1);
        String delivered = ConsentDocument.digestOf(text, Optional.of(ConsentFile.sha256Of(file)));
        assertThat(run.ledger.state(P).orElseThrow())
                .isInstanceOfSatisfying(
                        ParticipantState.Informed.class,
                        informed -> assertThat(informed.shown().digest()).isEqualTo(delivered));
    }

    private static long events(Run run, String type) {
        try (Stream<JournalEntry> entries = run.journal.readAll()) {
            return entries.filter(e -> e.type().equals(type)).count();
        }
    }
}
