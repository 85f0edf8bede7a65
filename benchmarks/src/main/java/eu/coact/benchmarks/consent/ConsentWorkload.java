package eu.coact.benchmarks.consent;

import eu.coact.consent.Actor;
import eu.coact.consent.Channel;
import eu.coact.consent.ConsentDocument;
import eu.coact.consent.ConsentLedger;
import eu.coact.consent.ConsentPolicy;
import eu.coact.consent.Eligibility;
import eu.coact.consent.ParticipationRole;
import eu.coact.consent.Purpose;
import eu.coact.consent.Transition;
import eu.coact.consent.WithdrawalChoice;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.journal.InMemoryJournal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds consent ledgers of a given size for the consent benchmarks. */
final class ConsentWorkload {

    static final ConsentPolicy POLICY =
            ConsentPolicy.builder("Benchmark study", "dpo@example.org").build();
    static final ConsentDocument DOCUMENT = new ConsentDocument(
            DocumentId.of("participant-consent"),
            1,
            Language.of("en"),
            ParticipationRole.CITIZEN_SCIENTIST,
            LocalDate.of(2024, 1, 1),
            List.of(
                    Purpose.TAKE_PART.id(),
                    Purpose.PROCESS_ANSWERS.id(),
                    Purpose.PUBLISH_OPEN_DATA.id(),
                    Purpose.QUOTE_FREE_TEXT.id(),
                    Purpose.RECONTACT.id()),
            Set.of(Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id()),
            "A consent text for benchmarks: take part, let us analyse your answers, and choose the rest.",
            Optional.empty());
    private static final Channel CHANNEL = Channel.of("telegram");
    private static final Instant START = Instant.parse("2024-02-01T00:00:00Z");

    private ConsentWorkload() {}

    static Pseudonym participant(int i) {
        return Pseudonym.of("benchmark-participant-" + i);
    }

    /**
     * A journal holding a publication and {@code events} transitions: five per participant
     * (first contact, document shown, consent given, then pause and resume, a purpose change,
     * or a withdrawal), in time order.
     */
    static InMemoryJournal journalOf(int events) {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, POLICY);
        ledger.publish(DOCUMENT, START);
        Set<PurposeId> granted =
                Set.of(Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id(), Purpose.PUBLISH_OPEN_DATA.id());
        long second = 1;
        int written = 0;
        for (int i = 0; written < events; i++) {
            Pseudonym p = participant(i);
            List<Transition> steps = List.of(
                    new Transition.FirstContact(
                            p, START.plusSeconds(second++), Actor.SYSTEM, CHANNEL, ParticipationRole.CITIZEN_SCIENTIST),
                    new Transition.DocumentShown(
                            p, START.plusSeconds(second++), Actor.SYSTEM, CHANNEL, DOCUMENT.reference()),
                    new Transition.ConsentGiven(
                            p,
                            START.plusSeconds(second++),
                            Actor.PARTICIPANT,
                            CHANNEL,
                            DOCUMENT.reference(),
                            granted,
                            Eligibility.declaredAge(18 + i % 60)),
                    fourth(p, i, START.plusSeconds(second++)),
                    fifth(p, i, START.plusSeconds(second++)));
            for (Transition step : steps) {
                if (written++ < events) {
                    ledger.record(step);
                }
            }
        }
        return journal;
    }

    private static Transition fourth(Pseudonym p, int i, Instant at) {
        return switch (i % 3) {
            case 0 -> new Transition.ContactPaused(p, at, Actor.PARTICIPANT, CHANNEL);
            case 1 -> new Transition.PurposeChanged(p, at, Actor.PARTICIPANT, CHANNEL, Purpose.RECONTACT.id(), true);
            default ->
                new Transition.PurposeChanged(p, at, Actor.PARTICIPANT, CHANNEL, Purpose.QUOTE_FREE_TEXT.id(), true);
        };
    }

    private static Transition fifth(Pseudonym p, int i, Instant at) {
        return switch (i % 3) {
            case 0 -> new Transition.ContactResumed(p, at, Actor.PARTICIPANT, CHANNEL);
            case 1 -> new Transition.ConsentWithdrawn(p, at, Actor.PARTICIPANT, CHANNEL, WithdrawalChoice.STOP_CONTACT);
            default -> new Transition.PurposeChanged(p, at, Actor.PARTICIPANT, CHANNEL, Purpose.RECONTACT.id(), true);
        };
    }

    /** A ledger in which each of {@code participants} people was shown the document and consented. */
    static ConsentLedger activeLedger(int participants) {
        InMemoryJournal journal = new InMemoryJournal();
        ConsentLedger ledger = ConsentLedger.open(journal, POLICY);
        ledger.publish(DOCUMENT, START);
        Set<PurposeId> granted = Set.of(Purpose.TAKE_PART.id(), Purpose.PROCESS_ANSWERS.id());
        long second = 1;
        for (int i = 0; i < participants; i++) {
            Pseudonym p = participant(i);
            ledger.record(new Transition.DocumentShown(
                    p, START.plusSeconds(second++), Actor.PARTICIPANT, CHANNEL, DOCUMENT.reference()));
            ledger.record(new Transition.ConsentGiven(
                    p,
                    START.plusSeconds(second++),
                    Actor.PARTICIPANT,
                    CHANNEL,
                    DOCUMENT.reference(),
                    granted,
                    Eligibility.declaredAge(30)));
            if (i % 4 == 3) {
                ledger.record(new Transition.ContactPaused(p, START.plusSeconds(second++), Actor.PARTICIPANT, CHANNEL));
            }
        }
        return ledger;
    }
}
