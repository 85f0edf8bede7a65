package eu.coact.consent;

import static eu.coact.consent.SampleStudy.PROCESS;
import static eu.coact.consent.SampleStudy.TAKE_PART;
import static eu.coact.consent.SampleStudy.TELEGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * After an erasure, nothing a participant sent remains anywhere in the store — consent payloads
 * and other modules' answers alike — while everyone else's data stays and the chain verifies.
 * Runs on every journal implementation in {@link JournalUnderTest#all()}.
 */
class ErasureTest {

    @Provide
    Arbitrary<JournalUnderTest> journals() {
        return Arbitraries.of(JournalUnderTest.all());
    }

    @Provide
    Arbitrary<String> answers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(12).ofMaxLength(40);
    }

    @Property(tries = 50)
    void noPayloadOfAnErasedParticipantRemainsInTheStore(
            @ForAll("journals") JournalUnderTest store,
            @ForAll @IntRange(min = 2, max = 6) int people,
            @ForAll @IntRange(max = 5) int erasedIndex,
            @ForAll("answers") String secret) {
        Journal journal = store.open().get();
        ConsentLedger ledger = ConsentLedger.open(journal, SampleStudy.policy());
        long minute = 0;
        ledger.publish(SampleStudy.v1(), SampleStudy.minutes(minute++));
        for (int i = 0; i < people; i++) {
            Pseudonym p = SampleStudy.participant(i);
            ledger.record(new Transition.DocumentShown(
                    p,
                    SampleStudy.minutes(minute++),
                    Actor.PARTICIPANT,
                    TELEGRAM,
                    SampleStudy.v1().reference()));
            ledger.record(new Transition.ConsentGiven(
                    p,
                    SampleStudy.minutes(minute++),
                    Actor.PARTICIPANT,
                    TELEGRAM,
                    SampleStudy.v1().reference(),
                    Set.of(TAKE_PART, PROCESS),
                    Eligibility.declaredAge(30).withSupport("note " + secret + " " + i)));
            journal.append(JournalEvent.about(
                    p,
                    SampleStudy.minutes(minute++),
                    "content.answer",
                    ("{\"free-text\":\"" + secret + " " + i + "\"}").getBytes(StandardCharsets.UTF_8)));
        }
        int erased = erasedIndex % people;
        Pseudonym gone = SampleStudy.participant(erased);

        ledger.record(new Transition.DataErased(gone, SampleStudy.minutes(minute), Actor.PARTICIPANT, TELEGRAM));

        assertThat(store.stores(journal, bytes(secret + " " + erased))).isFalse();
        // Headers and the tombstone keep the pseudonym (the chain needs it); payloads must not.
        assertThat(JournalUnderTest.payloadsMention(journal, bytes(gone.value())))
                .isFalse();
        for (int i = 0; i < people; i++) {
            if (i != erased) {
                assertThat(store.stores(journal, bytes(secret + " " + i))).isTrue();
            }
        }
        assertThat(journal.verify().isIntact()).isTrue();
        assertThat(ledger.verify().isIntact()).isTrue();
        assertThat(ConsentLedger.open(journal, SampleStudy.policy()).states()).isEqualTo(ledger.states());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
