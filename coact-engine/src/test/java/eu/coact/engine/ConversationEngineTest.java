package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.channel.ContentKind;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

    private static final Pseudonym P = Run.participant(1);

    private static Run consented() {
        Run run = new Run(Studies.standard());
        run.type(P, "hello");
        run.settle();
        run.press(P, "yes");
        run.settle();
        return run;
    }

    private static List<JournalEntry> entries(Run run, String type) {
        try (var all = run.journal.readAll()) {
            return all.filter(e -> e.type().equals(type)).toList();
        }
    }

    @Test
    void aNewcomerGetsOnlyTheWelcomeDialogueUntilTheyConsent() {
        Run run = new Run(Studies.standard());
        run.type(P, "hello");
        run.settle();
        assertThat(run.channel.textsTo(P)).containsExactly("Welcome to the study.", "Do you consent?");
        assertThat(run.channel.to(P)).allMatch(e -> e.origin().kind() == ContentKind.SYSTEM);
        run.advance(Duration.ofDays(3));
        assertThat(run.channel.to(P)).hasSize(2);
        assertThat(run.view(P).standing()).isEqualTo(Standing.INVITED);
    }

    @Test
    void consentStartsTheFirstBlockOfTheSequenceAtOnceInsideTheWindow() {
        Run run = consented();
        assertThat(run.view(P).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(run.channel.textsTo(P))
                .containsSubsequence("Thank you for joining.", "Pau tells a story s1.", "Has it happened to you?");
        assertThat(run.channel.to(P).get(3).origin().kind()).isEqualTo(ContentKind.STUDY);
        assertThat(run.channel.last(P).message().buttons())
                .extracting(b -> b.label())
                .containsExactly("Yes", "Something similar", "I'd rather not answer");
        assertThat(run.view(P).block()).map(b -> b.value()).contains("s1");
    }

    private static Run atFirstQuestion() {
        Run run = consented();
        assertThat(run.view(P).message()).map(m -> m.value()).contains("yo");
        return run;
    }

    @Test
    void aTypedLabelInAnyCaseAnswersAndTheAnswerIsJournalledWithItsTime() {
        Run run = atFirstQuestion();
        run.type(P, "  SOMETHING similar ");
        run.settle();
        assertThat(run.channel.textsTo(P)).contains("Thank you for sharing.");
        JournalEntry answer = entries(run, ConversationEvents.ANSWERED).get(1);
        assertThat(new String(answer.payload().orElseThrow(), StandardCharsets.UTF_8))
                .contains("\"variable\":\"yo\"")
                .contains("\"value\":\"B\"");
        assertThat(answer.at()).isBefore(run.now);
        assertThat(answer.subject()).contains(P);
    }

    @Test
    void anAnswerBranchesAndFillsAValueMapTemplate() {
        Run run = atFirstQuestion();
        run.press(P, "A");
        run.settle();
        assertThat(run.channel.textsTo(P))
                .contains("You said the same.", "See you soon.")
                .doesNotContain("Thank you for sharing.");
    }

    @Test
    void somethingThatIsNotAChoiceIsRefusedAndTheQuestionStillWaits() {
        Run run = atFirstQuestion();
        run.type(P, "maybe");
        assertThat(run.channel.textsTo(P)).last().isEqualTo("Please choose one of the buttons.");
        assertThat(run.view(P).awaiting()).isTrue();
        assertThat(entries(run, ConversationEvents.ANSWERED)).hasSize(1);
    }

    @Test
    void blocksComeOneAtATimeInSequenceOrder() {
        Run run = atFirstQuestion();
        run.press(P, "B");
        run.advance(Duration.ofDays(1).plusHours(2));
        // s2 is sensitive: it starts with a warning before anything of the story.
        assertThat(run.view(P).block()).map(b -> b.value()).contains("s2");
        assertThat(run.channel.textsTo(P)).last().asString().startsWith("The next story talks about suicide");
    }

    private static Run atWarning() {
        Run run = atFirstQuestion();
        run.press(P, "B");
        run.advance(Duration.ofDays(1).plusHours(2));
        return run;
    }

    @Test
    void skippingAWarnedStoryMovesOnWithoutSendingIt() {
        Run run = atWarning();
        run.press(P, "skip");
        run.settle();
        assertThat(run.channel.textsTo(P)).doesNotContain("A hard story.");
        assertThat(entries(run, ConversationEvents.BLOCK_SKIPPED)).hasSize(1);
        assertThat(run.view(P).completed()).isEqualTo(2);
        run.advance(Duration.ofDays(1).plusHours(2));
        assertThat(run.view(P).block()).map(b -> b.value()).contains("q1");
    }

    @Test
    void aStoryThatNeedsAHelpNoteEndsWithIt() {
        Run run = atWarning();
        run.type(P, "read it");
        run.settle();
        run.press(P, "bad");
        run.settle();
        assertThat(run.channel.textsTo(P)).containsSubsequence("A hard story.", "How do you feel?", "Help: call 112.");
        assertThat(run.view(P).block()).isEmpty();
    }

    @Test
    void freeTextIsValidatedAndExplicitWaitsAreHonoured() {
        Run run = atWarning();
        run.press(P, "skip");
        run.advance(Duration.ofDays(1).plusHours(2));
        assertThat(run.channel.textsTo(P)).last().isEqualTo("Your postcode?");
        run.type(P, "x");
        assertThat(run.channel.textsTo(P)).last().asString().startsWith("Sorry, that answer");
        run.type(P, "08001");
        run.advance(Duration.ofMinutes(4));
        assertThat(run.channel.textsTo(P)).doesNotContain("Thanks, 08001.");
        run.advance(Duration.ofMinutes(2));
        assertThat(run.channel.textsTo(P)).last().isEqualTo("Thanks, 08001.");
    }

    @Test
    void aRestartResumesExactlyWhereTheParticipantWas() {
        Run run = atFirstQuestion();
        int before = run.channel.delivered.size();
        run.restart();
        run.advance(Duration.ofHours(1));
        assertThat(run.channel.delivered).hasSize(before);
        assertThat(run.view(P).message()).map(m -> m.value()).contains("yo");
        run.press(P, "A");
        run.settle();
        assertThat(run.channel.textsTo(P)).contains("You said the same.");
    }

    @Test
    void aRestartDuringPacingSendsTheNextMessageOnceAtItsTime() {
        Run run = atFirstQuestion();
        run.press(P, "A");
        run.restart();
        run.settle();
        assertThat(run.channel.textsTo(P).stream().filter("You said the same."::equals))
                .hasSize(1);
        assertThat(run.channel.textsTo(P).stream().filter("See you soon."::equals))
                .hasSize(1);
    }

    @Test
    void commandsWorkInTheParticipantsLanguageMidBlock() {
        Run run = atFirstQuestion();
        run.type(P, "language ca");
        assertThat(run.view(P).language()).isEqualTo(Studies.CA);
        // After the confirmation, the waiting question is asked again, now in Catalan.
        assertThat(run.channel.textsTo(P)).last().isEqualTo("T'ha passat?");
        run.type(P, "AJUDA");
        assertThat(run.channel.last(P).origin().kind()).isEqualTo(ContentKind.CONFIRMATION);
        assertThat(run.channel.last(P).origin().reference()).isEqualTo("system help");
        run.type(P, "pausa");
        assertThat(run.view(P).standing()).isEqualTo(Standing.PAUSED);
        assertThat(run.view(P).nextDelivery()).isEmpty();
        assertThat(run.view(P).block()).map(b -> b.value()).contains("paused");
        run.settle();
        int afterPause = run.channel.delivered.size();
        run.advance(Duration.ofDays(5));
        assertThat(run.channel.delivered).hasSize(afterPause);
        run.type(P, "reprendre");
        run.settle();
        assertThat(run.view(P).standing()).isEqualTo(Standing.ACTIVE);
        // The block left unfinished by the pause is the first not completed: it starts again, in Catalan.
        List<String> texts = run.channel.textsTo(P);
        assertThat(texts.subList(afterPause, texts.size())).contains("En Pau explica s1.");
    }

    @Test
    void settingsCommandsWithoutArgumentAskWithButtons() {
        Run run = beforeSecondBlock();
        run.type(P, "frequency");
        assertThat(run.channel.last(P).message().buttons())
                .extracting(b -> b.value())
                .containsExactlyInAnyOrder("1/day", "2/day");
        run.press(P, "2/day");
        assertThat(run.view(P).preferences().maxPerLocalDay()).isEqualTo(2);
        run.type(P, "time evening");
        assertThat(run.view(P).preferences().window()).isEqualTo(eu.coact.engine.schedule.DailyWindow.EVENING);
        run.type(P, "timezone America/Bogota");
        assertThat(run.view(P).preferences().zone().getId()).isEqualTo("America/Bogota");
        assertThat(run.view(P).nextDelivery()).isPresent();
    }

    @Test
    void withdrawingWithErasureRedactsTheJournalAndNothingIsEverSentAgain() {
        Run run = atFirstQuestion();
        run.type(P, "withdraw");
        assertThat(run.channel.textsTo(P)).last().asString().startsWith("Do you want to leave");
        run.press(P, "yes");
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWING);
        run.press(P, "yes");
        Envelope farewell = run.channel.last(P);
        assertThat(farewell.origin().kind()).isEqualTo(ContentKind.FAREWELL);
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWN);
        try (var about = run.journal.readSubject(P)) {
            List<JournalEntry> entries = about.toList();
            assertThat(entries.get(entries.size() - 1).type()).isEqualTo(ConversationEvents.ERASED);
            assertThat(entries.subList(0, entries.size() - 1)).allMatch(JournalEntry::isRedacted);
        }
        assertThat(run.journal.verify().isIntact()).isTrue();
        int count = run.channel.delivered.size();
        run.type(P, "hello");
        run.engine.broadcast(Studies.text("News", "Notícies"), run.now);
        run.restart();
        run.type(P, "resume");
        run.engine.broadcast(Studies.text("News", "Notícies"), run.now);
        run.advance(Duration.ofDays(10));
        assertThat(run.channel.delivered).hasSize(count);
        assertThat(run.view(P).standing()).isEqualTo(Standing.WITHDRAWN);
    }

    @Test
    void decidingToStayKeepsTheParticipantWhereTheyWere() {
        Run run = atFirstQuestion();
        run.type(P, "unsubscribe");
        run.press(P, "no");
        assertThat(run.view(P).standing()).isEqualTo(Standing.ACTIVE);
        assertThat(run.channel.textsTo(P)).containsSubsequence("Thank you for staying.", "Has it happened to you?");
        run.press(P, "A");
        run.settle();
        assertThat(run.channel.textsTo(P)).contains("You said the same.");
    }

    private static Run beforeSecondBlock() {
        Run run = atFirstQuestion();
        run.press(P, "A");
        run.settle();
        return run;
    }

    @Test
    void aBlockedBotPausesTheParticipant() {
        Run run = beforeSecondBlock();
        run.channel.outcomes.add(Delivery.blocked());
        run.advance(Duration.ofDays(1).plusHours(6));
        assertThat(run.view(P).standing()).isEqualTo(Standing.PAUSED);
        assertThat(run.view(P).nextDelivery()).isEmpty();
        assertThat(entries(run, ConversationEvents.PAUSED)).hasSize(1);
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffInOrder() {
        Run run = beforeSecondBlock();
        run.channel.outcomes.add(Delivery.failed("timeout"));
        run.channel.outcomes.add(Delivery.failed("timeout"));
        run.advance(Duration.ofDays(1).plusHours(6));
        assertThat(run.engine.counters().failures()).isEqualTo(2);
        assertThat(run.channel.textsTo(P)).last().asString().startsWith("The next story talks about suicide");
        assertThat(run.engine.counters().withheld()).isZero();
    }

    @Test
    void aRetryPendingAtARestartIsSentAfterItOnceWithTheMessagesHeldBehindIt() {
        Run run = atFirstQuestion();
        run.channel.outcomes.add(Delivery.failed("timeout"));
        run.type(P, "help");
        run.type(P, "frequency 2/day");
        assertThat(run.channel.attempts).last().extracting(a -> a.outcome()).isInstanceOf(Delivery.Failed.class);
        int delivered = run.channel.to(P).size();
        run.restart();
        run.settle();

        List<String> after = run
                .channel
                .to(P)
                .subList(delivered, run.channel.to(P).size())
                .stream()
                .map(e -> e.origin().reference())
                .toList();
        assertThat(after).containsExactly("system help", "system frequency_changed", "block s1 message yo");
        assertThat(entries(run, ConversationEvents.DELIVERY_FAILED)).hasSize(1);
        assertThat(entries(run, ConversationEvents.DELIVERY_HELD)).hasSize(2);
        assertThat(entries(run, ConversationEvents.DELIVERY_RECOVERED)).hasSize(1);
        run.restart();
        run.settle();
        assertThat(run.channel.to(P)).hasSize(delivered + 3);
        assertThat(run.view(P).message()).map(m -> m.value()).contains("yo");
    }

    @Test
    void aBroadcastReachesOnlyActiveParticipants() {
        Run run = consented();
        Pseudonym newcomer = Run.participant(2);
        run.type(newcomer, "hi");
        int sent = run.engine.broadcast(Studies.text("News", "Notícies"), run.now);
        assertThat(sent).isEqualTo(1);
        assertThat(run.channel.textsTo(P)).last().isEqualTo("News");
        assertThat(run.channel.textsTo(newcomer)).doesNotContain("News");
    }

    @Test
    void everySentTextIsAuthoredOrAConfiguredSystemString() {
        Run run = atWarning();
        run.press(P, "read");
        run.settle();
        run.press(P, "fine");
        run.type(P, "help");
        run.settle();
        for (Envelope envelope : run.channel.to(P)) {
            String reference = envelope.origin().reference();
            assertThat(reference).matches("block [a-z0-9_-]+ message [a-z0-9_-]+|system [a-z_]+|broadcast");
        }
    }
}
