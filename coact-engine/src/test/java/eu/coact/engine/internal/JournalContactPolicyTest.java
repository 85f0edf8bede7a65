package eu.coact.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.content.record.ConversationEvents;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.ContentKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JournalContactPolicyTest {

    private static final Pseudonym P = eu.coact.core.Pseudonym.of("participant-00000007");
    private static final Instant T = Instant.parse("2024-03-04T08:00:00Z");

    private static void record(InMemoryJournal journal, String type) {
        journal.append(JournalEvent.about(P, T, type, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void someoneUnknownGetsSystemDialoguesAndConfirmationsOnly() {
        JournalContactPolicy gate = JournalContactPolicy.over(new InMemoryJournal());
        assertThat(gate.permit(P, ContentKind.SYSTEM)).isTrue();
        assertThat(gate.permit(P, ContentKind.CONFIRMATION)).isTrue();
        assertThat(gate.permit(P, ContentKind.STUDY)).isFalse();
        assertThat(gate.permit(P, ContentKind.FAREWELL)).isFalse();
    }

    @Test
    void consentOpensStudyContentAndPauseClosesItAgainAsSoonAsItIsJournalled() {
        InMemoryJournal journal = new InMemoryJournal();
        JournalContactPolicy gate = JournalContactPolicy.over(journal);
        record(journal, ConversationEvents.CONSENT_GIVEN);
        assertThat(gate.permit(P, ContentKind.STUDY)).isTrue();
        record(journal, ConversationEvents.PAUSED);
        assertThat(gate.permit(P, ContentKind.STUDY)).isFalse();
        assertThat(gate.permit(P, ContentKind.SYSTEM)).isFalse();
        assertThat(gate.permit(P, ContentKind.CONFIRMATION)).isTrue();
        record(journal, ConversationEvents.RESUMED);
        assertThat(gate.permit(P, ContentKind.STUDY)).isTrue();
    }

    @Test
    void afterWithdrawalExactlyOneFarewellAndNeverAnythingAfterARestart() {
        InMemoryJournal journal = new InMemoryJournal();
        JournalContactPolicy gate = JournalContactPolicy.over(journal);
        record(journal, ConversationEvents.CONSENT_GIVEN);
        record(journal, ConversationEvents.WITHDRAWAL_CONFIRMED);
        assertThat(gate.permit(P, ContentKind.STUDY)).isFalse();
        assertThat(gate.permit(P, ContentKind.CONFIRMATION)).isTrue();
        record(journal, ConversationEvents.WITHDREW);
        assertThat(gate.permit(P, ContentKind.CONFIRMATION)).isFalse();
        assertThat(gate.permit(P, ContentKind.FAREWELL)).isTrue();
        assertThat(gate.permit(P, ContentKind.FAREWELL)).isFalse();
        // Consent facts after a withdrawal cannot reopen the gate.
        record(journal, ConversationEvents.CONSENT_GIVEN);
        assertThat(gate.permit(P, ContentKind.STUDY)).isFalse();
        JournalContactPolicy restarted = JournalContactPolicy.over(journal);
        for (ContentKind kind : ContentKind.values()) {
            assertThat(restarted.permit(P, kind)).as(kind.name()).isFalse();
        }
    }

    @Test
    void anErasedParticipantStaysWithdrawnThoughTheirPayloadsAreGone() {
        InMemoryJournal journal = new InMemoryJournal();
        record(journal, ConversationEvents.CONSENT_GIVEN);
        record(journal, ConversationEvents.WITHDREW);
        journal.redactSubject(P);
        JournalContactPolicy gate = JournalContactPolicy.over(journal);
        assertThat(gate.standing(P)).isEqualTo(Standing.WITHDRAWN);
        assertThat(gate.permit(P, ContentKind.STUDY)).isFalse();
    }
}
