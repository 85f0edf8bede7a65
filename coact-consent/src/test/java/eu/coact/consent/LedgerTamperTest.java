package eu.coact.consent;

import static eu.coact.consent.SampleStudy.TELEGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.coact.core.journal.ForwardingJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalException;
import eu.coact.core.journal.Verification;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whoever alters the stored ledger (a flipped byte, an entry dropped, inserted or moved) is
 * caught by {@link ConsentLedger#verify()}, which names the first entry that no longer fits.
 */
class LedgerTamperTest {

    /** A ledger of several participants with erasures, so tampering hits every kind of entry. */
    private static TamperableJournal ledgerOf(int people) {
        TamperableJournal journal = new TamperableJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, SampleStudy.policy());
        SampleStudy.enrol(ledger, people, (l, i, p, minute) -> {
            if (i % 3 == 2) {
                l.record(new Transition.DataErased(p, SampleStudy.minutes(minute), Actor.PARTICIPANT, TELEGRAM));
                return minute + 1;
            }
            return minute;
        });
        assertThat(ledger.verify().isIntact()).isTrue();
        return journal;
    }

    private static long firstBad(Journal journal) {
        Verification tampered = verifyLedger(journal);
        assertThat(tampered).isInstanceOf(Verification.Broken.class);
        return ((Verification.Broken) tampered).firstBadSequence();
    }

    private static Verification verifyLedger(Journal journal) {
        // Opening may fail on a tampered store; verification must not.
        try {
            return ConsentLedger.open(journal, SampleStudy.policy()).verify();
        } catch (JournalException e) {
            return journal.verify();
        }
    }

    @Property(tries = 60)
    void aFlippedPayloadByteIsNamed(
            @ForAll @IntRange(min = 1, max = 8) int people,
            @ForAll @IntRange(max = 1000) int at,
            @ForAll @IntRange(max = 500) int byteIndex) {
        TamperableJournal journal = ledgerOf(people);
        int position = firstUnredacted(journal, at);

        journal.flipPayloadByte(position, byteIndex);

        assertThat(firstBad(journal)).isEqualTo(position + 1L);
    }

    @Property(tries = 60)
    void aChangedTimeIsNamed(@ForAll @IntRange(min = 1, max = 8) int people, @ForAll @IntRange(max = 1000) int at) {
        TamperableJournal journal = ledgerOf(people);
        int position = at % journal.size();

        journal.shiftTime(position);

        assertThat(firstBad(journal)).isEqualTo(position + 1L);
    }

    @Property(tries = 60)
    void aDroppedEntryIsNamed(@ForAll @IntRange(min = 1, max = 8) int people, @ForAll @IntRange(max = 1000) int at) {
        TamperableJournal journal = ledgerOf(people);
        int position = at % (journal.size() - 1);

        journal.drop(position);

        assertThat(firstBad(journal)).isEqualTo(position + 1L);
    }

    @Property(tries = 60)
    void anInsertedEntryIsNamed(
            @ForAll @IntRange(min = 1, max = 8) int people,
            @ForAll @IntRange(max = 1000) int from,
            @ForAll @IntRange(max = 1000) int at) {
        TamperableJournal journal = ledgerOf(people);
        int position = at % journal.size();
        // A copy of an entry put right in front of itself is the same chain with the original moved.
        int source = (position + 1 + from % (journal.size() - 1)) % journal.size();
        journal.insertCopy(source, position);

        assertThat(firstBad(journal)).isEqualTo(position + 1L);
    }

    @Property(tries = 60)
    void reorderedEntriesAreNamed(
            @ForAll @IntRange(min = 1, max = 8) int people,
            @ForAll @IntRange(max = 1000) int a,
            @ForAll @IntRange(min = 1, max = 1000) int distance) {
        TamperableJournal journal = ledgerOf(people);
        int first = a % (journal.size() - 1);
        int second = first + 1 + distance % (journal.size() - first - 1);

        journal.swap(first, second);

        assertThat(firstBad(journal)).isEqualTo(first + 1L);
    }

    @Example
    void aStoreThatClaimsToBeIntactButServesAlteredEntriesIsCaught() {
        InMemoryJournal real = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(real, SampleStudy.policy());
        ledger.publish(SampleStudy.v1(), SampleStudy.minutes(0));
        for (int i = 0; i < 3; i++) {
            ledger.record(new Transition.FirstContact(
                    SampleStudy.participant(i),
                    SampleStudy.minutes(i + 1),
                    Actor.SYSTEM,
                    TELEGRAM,
                    ParticipationRole.CITIZEN_SCIENTIST));
        }
        Journal lying = new DroppingJournal(real, 3);

        assertThat(lying.verify().isIntact()).isTrue();
        assertThat(ConsentLedger.open(lying, SampleStudy.policy()).verify())
                .isEqualTo(new Verification.Broken(
                        3, "expected entry #3 but read #4 (an entry was dropped, " + "inserted or moved)"));
    }

    @Example
    void aPayloadThatIsNoLongerATransitionStopsReplayNamingTheEntry() {
        TamperableJournal journal = ledgerOf(1);
        journal.flipPayloadByte(2, 0);

        assertThatThrownBy(() -> ConsentLedger.open(journal, SampleStudy.policy()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("#3");
    }

    private static int firstUnredacted(TamperableJournal journal, int at) {
        List<JournalEntry> entries;
        try (Stream<JournalEntry> all = journal.readAll()) {
            entries = all.toList();
        }
        for (int k = 0; k < entries.size(); k++) {
            int position = (at + k) % entries.size();
            if (!entries.get(position).isRedacted()) {
                return position;
            }
        }
        throw new IllegalStateException("every entry is redacted");
    }

    /** A store that verifies its own chain but leaves one entry out when read. */
    private static final class DroppingJournal extends ForwardingJournal {
        private final long hidden;

        DroppingJournal(Journal delegate, long hidden) {
            super(delegate);
            this.hidden = hidden;
        }

        @Override
        public Stream<JournalEntry> read(long fromInclusive, long toInclusive) {
            return delegate().read(fromInclusive, toInclusive).filter(e -> e.sequence() != hidden);
        }
    }
}
