package eu.coact.consent;

import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The sample study of the tests: its policy and the consent documents in its folder. */
final class SampleStudy {

    static final PurposeId TAKE_PART = Purpose.TAKE_PART.id();
    static final PurposeId PROCESS = Purpose.PROCESS_ANSWERS.id();
    static final PurposeId PUBLISH = Purpose.PUBLISH_OPEN_DATA.id();
    static final PurposeId QUOTE = Purpose.QUOTE_FREE_TEXT.id();
    static final PurposeId RECONTACT = Purpose.RECONTACT.id();
    static final Channel TELEGRAM = Channel.of("telegram");
    static final Instant START = Instant.parse("2024-02-01T09:00:00Z");

    private static final List<ConsentDocument> DOCUMENTS = ConsentDocument.loadAll(
                    consentDirectory(), PurposeCatalogue.studyDefaults())
            .orElseThrow();

    private SampleStudy() {}

    static Path consentDirectory() {
        try {
            return Path.of(Objects.requireNonNull(SampleStudy.class.getResource("/studies/sample/consent"))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ConsentPolicy policy() {
        return ConsentPolicy.builder("Grup de Recerca en Salut Comunitària", "proteccio-dades@example.org")
                .minimumAge(18)
                .build();
    }

    static List<ConsentDocument> documents() {
        return DOCUMENTS;
    }

    static ConsentDocument document(String id, int version, String language) {
        return DOCUMENTS.stream()
                .filter(d -> d.id().equals(DocumentId.of(id))
                        && d.version() == version
                        && d.language().equals(Language.of(language)))
                .findFirst()
                .orElseThrow();
    }

    static ConsentDocument v1() {
        return document("participant-consent", 1, "en");
    }

    static ConsentDocument v1Catalan() {
        return document("participant-consent", 1, "ca");
    }

    static ConsentDocument v2() {
        return document("participant-consent", 2, "en");
    }

    static ConsentDocument coResearcher() {
        return document("co-researcher-agreement", 1, "ca");
    }

    static Pseudonym participant(int n) {
        return Pseudonym.of("participant-pseudonym-" + String.format("%04d", n));
    }

    static Instant minutes(long m) {
        return START.plusSeconds(60 * m);
    }

    /** What a test adds to one participant's consent: it records transitions and returns the next free minute. */
    @FunctionalInterface
    interface Afterwards {
        long record(ConsentLedger ledger, int index, Pseudonym participant, long minute);
    }

    /**
     * Publishes the first document and lets {@code people} participants consent to take part,
     * process and publish, one minute apart, each followed by what {@code afterwards} records.
     */
    static void enrol(ConsentLedger ledger, int people, Afterwards afterwards) {
        long minute = 0;
        ledger.publish(v1(), minutes(minute++));
        for (int i = 0; i < people; i++) {
            Pseudonym p = participant(i);
            ledger.record(new Transition.FirstContact(
                    p, minutes(minute++), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
            ledger.record(new Transition.DocumentShown(p, minutes(minute++), Actor.SYSTEM, TELEGRAM, v1().reference()));
            ledger.record(new Transition.ConsentGiven(
                    p,
                    minutes(minute++),
                    Actor.PARTICIPANT,
                    TELEGRAM,
                    v1().reference(),
                    Set.of(TAKE_PART, PROCESS, PUBLISH),
                    Eligibility.declaredAge(40)));
            minute = afterwards.record(ledger, i, p, minute);
        }
    }
}
