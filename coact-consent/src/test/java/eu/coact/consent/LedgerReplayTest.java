package eu.coact.consent;

import static eu.coact.consent.SampleStudy.TELEGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.JournalException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replay reads payload after payload with one parser; a payload it cannot read stops replay and
 * names the entry, and a long ledger (more bytes than one parser may read) replays exactly.
 */
class LedgerReplayTest {

    private static InMemoryJournal ledgerOf(int people) {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, SampleStudy.policy());
        SampleStudy.enrol(ledger, people, (l, i, p, minute) -> {
            if (i % 4 == 1) {
                l.record(new Transition.ContactPaused(p, SampleStudy.minutes(minute), Actor.PARTICIPANT, TELEGRAM));
                return minute + 1;
            }
            return minute;
        });
        return journal;
    }

    /** The same events, with the payload of entry {@code sequence} rewritten. */
    private static InMemoryJournal rewritten(InMemoryJournal original, long sequence, UnaryOperator<String> change) {
        InMemoryJournal copy = new InMemoryJournal();
        try (Stream<JournalEntry> entries = original.readAll()) {
            for (JournalEntry entry : (Iterable<JournalEntry>) entries::iterator) {
                JournalEvent event = entry.event().orElseThrow();
                if (entry.sequence() == sequence) {
                    String payload = new String(event.payload(), StandardCharsets.UTF_8);
                    byte[] changed = change.apply(payload).getBytes(StandardCharsets.UTF_8);
                    event = JournalEvent.about(entry.subject().orElseThrow(), entry.at(), entry.type(), changed);
                }
                copy.append(event);
            }
        }
        return copy;
    }

    @Test
    void aLedgerLongerThanOneParserMayReadReplaysToTheSameStates() {
        InMemoryJournal journal = ledgerOf(12_000);
        long payloadBytes;
        try (Stream<JournalEntry> entries = journal.readAll()) {
            payloadBytes =
                    entries.mapToLong(e -> e.payload().orElseThrow().length).sum();
        }
        assertThat(payloadBytes)
                .as("more than half the 8 MiB a parser may read")
                .isGreaterThan(4L << 20);

        ConsentLedger replayed = ConsentLedger.open(journal, SampleStudy.policy());

        assertThat(replayed.states()).hasSize(12_000);
        assertThat(replayed.state(SampleStudy.participant(11_999)).orElseThrow().stage())
                .isEqualTo(ParticipantState.Stage.ACTIVE);
        assertThat(replayed.state(SampleStudy.participant(11_997)).orElseThrow().stage())
                .isEqualTo(ParticipantState.Stage.PAUSED);
    }

    @Test
    void aCutPayloadStopsReplayNamingItsEntryEvenWhenEarlierOnesWereRead() {
        InMemoryJournal cut = rewritten(ledgerOf(3), 6, payload -> payload.substring(0, payload.length() / 2));

        assertThatThrownBy(() -> ConsentLedger.open(cut, SampleStudy.policy()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("#6");
    }

    @Test
    void twoObjectsInOnePayloadAreRefused() {
        InMemoryJournal doubled = rewritten(ledgerOf(3), 4, payload -> payload + payload);

        assertThatThrownBy(() -> ConsentLedger.open(doubled, SampleStudy.policy()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("#4");
    }

    @Test
    void whatFollowsAPayloadIsNotReadAsPartOfTheNextOne() {
        // An object left open would swallow the next entry's fields if the parser were not checked.
        InMemoryJournal open = rewritten(ledgerOf(3), 2, payload -> payload.substring(0, payload.length() - 1));

        assertThatThrownBy(() -> ConsentLedger.open(open, SampleStudy.policy()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("#2");
    }

    @Test
    void trailingSpacesAfterAPayloadDoNoHarm() {
        InMemoryJournal spaced = rewritten(ledgerOf(3), 3, payload -> payload + "  \n");

        assertThat(ConsentLedger.open(spaced, SampleStudy.policy()).states().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        List.of(SampleStudy.participant(0), SampleStudy.participant(1), SampleStudy.participant(2)));
    }
}
