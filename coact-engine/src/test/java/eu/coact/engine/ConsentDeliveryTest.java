package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ParticipantState;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Consent shown is consent delivered: the consent block first sends the document itself, in the
 * participant's language, and the ledger records it as shown with the digest of exactly the text
 * the channel took, before any consent question; and an engine cannot be wired without a consent
 * source.
 */
class ConsentDeliveryTest {

    private static final Pseudonym P = Run.participant(1);

    @Test
    void theDocumentItselfGoesFirstAndIsRecordedAsShownWithTheDigestOfWhatWasSent() {
        Run run = Run.withLedger(Studies.standard(), true);
        run.type(P, "hello");
        run.settle();
        List<Envelope> sent = run.channel.to(P);
        assertThat(sent.get(0).message().text()).isEqualTo(Consents.DOCUMENT.text());
        assertThat(sent.get(0).origin().kind()).isEqualTo(ContentKind.SYSTEM);
        int question = sent.stream().map(e -> e.message().text()).toList().indexOf("Do you consent?");
        assertThat(question).isPositive();
        ParticipantState state = run.ledger.state(P).orElseThrow();
        assertThat(state).isInstanceOf(ParticipantState.Informed.class);
        assertThat(((ParticipantState.Informed) state).shown().digest()).isEqualTo(Consents.DOCUMENT.digest());
    }

    @Test
    void aParticipantInCatalanIsShownTheCatalanDocument() {
        Study english = Studies.standard();
        StudyPlan plan = english.plan();
        Study catalanFirst = new Study(
                new StudyPlan(
                        plan.id(),
                        List.of(Studies.CA, Studies.EN),
                        plan.sequence(),
                        plan.system(),
                        plan.defaultFrequency(),
                        plan.allowedFrequencies()),
                english.blocks());
        Run run = Run.withLedger(catalanFirst, false);
        run.type(P, "hola");
        run.settle();
        assertThat(run.channel.to(P).get(0).message().text()).isEqualTo(Consents.DOCUMENT_CA.text());
        assertThat(run.channel.textsTo(P)).doesNotContain(Consents.DOCUMENT.text());
        assertThat(((ParticipantState.Informed) run.ledger.state(P).orElseThrow()).shown())
                .isEqualTo(Consents.DOCUMENT_CA.reference());
    }

    @Test
    void aDocumentThatDidNotReachTheChannelIsNotRecordedAsShownUntilItDoes() {
        Run run = Run.withLedger(Studies.standard(), true);
        run.channel.outcomes.add(Delivery.failed("network"));
        run.type(P, "hello");
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Prospective.class);
        run.advance(Duration.ofMinutes(5));
        assertThat(run.channel.to(P).get(0).message().text()).isEqualTo(Consents.DOCUMENT.text());
        assertThat(run.ledger.state(P).orElseThrow()).isInstanceOf(ParticipantState.Informed.class);
    }

    @Test
    void anEngineWithoutAConsentSourceDoesNotStart() {
        RecordingChannel channel = new RecordingChannel();
        assertThatThrownBy(() -> ConversationEngine.builder(Studies.standard(), new InMemoryJournal(), channel)
                        .start(Run.MONDAY_9_MADRID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consent(LedgerConsent)")
                .hasMessageContaining("simulation()");
        assertThat(channel.attempts).isEmpty();
    }

    @Test
    void anEngineWhoseLedgerLacksAPublishedDocumentForAStudyLanguageDoesNotStart() {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, Consents.POLICY);
        ledger.publish(Consents.DOCUMENT, Run.MONDAY_9_MADRID.minusSeconds(60));
        assertThatThrownBy(() -> ConversationEngine.builder(Studies.standard(), journal, new RecordingChannel())
                        .consent(Consents.binding(ledger))
                        .start(Run.MONDAY_9_MADRID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in ca is not published");
        assertThatThrownBy(() -> ConversationEngine.builder(Studies.standard(), journal, new RecordingChannel())
                        .consent(eu.coact.engine.LedgerConsent.of(
                                ledger, List.of(Consents.DOCUMENT), eu.coact.consent.Channel.of("telegram")))
                        .start(Run.MONDAY_9_MADRID))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no consent document in ca");
    }
}
