package eu.coact.export;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.ReleaseId;
import eu.coact.anonymise.ReleasePseudonyms;
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
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.ContentBlock;
import eu.coact.content.FinalAnswer;
import eu.coact.content.FreeText;
import eu.coact.content.Frequency;
import eu.coact.content.Information;
import eu.coact.content.Message;
import eu.coact.content.Microstory;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Sensitivity;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.StoryQuestion;
import eu.coact.content.Study;
import eu.coact.content.StudyPlan;
import eu.coact.core.BlockId;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.Pseudonym;
import eu.coact.core.PurposeId;
import eu.coact.core.StudyId;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small study for release tests: a profile questionnaire (gender, age band, lived experience,
 * caregiver), a feedback question answered in free text, and two microstories asked with
 * confirm-and-retry; a consent ledger and answers recorded in one journal, as the engine writes them.
 */
public final class ReleaseFixture {

    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    public static final PurposeId TAKE_PART = Purpose.TAKE_PART.id();
    public static final PurposeId PROCESS = Purpose.PROCESS_ANSWERS.id();
    public static final PurposeId PUBLISH = Purpose.PUBLISH_OPEN_DATA.id();
    public static final PurposeId QUOTE = Purpose.QUOTE_FREE_TEXT.id();
    public static final List<String> GENDERS = List.of("woman", "man", "nonbinary");
    public static final List<String> AGES = List.of("18-29", "30-49", "50-64", "65+");
    public static final List<String> STORY_ANSWERS = List.of("same", "similar", "none", "nvr");
    public static final List<String> STORIES = List.of("lift", "park_bench");
    static final Channel TELEGRAM = Channel.of("telegram");
    static final Language EN = Language.of("en");
    static final Language CA = Language.of("ca");

    /** How a participant stands with consent. */
    public enum Standing {
        PUBLISHES,
        QUOTES,
        MANDATORY_ONLY,
        NEVER_CONSENTED,
        DECLINED,
        WITHDRAWN,
        ERASED
    }

    /** One participant of the fixture and what they answer. */
    public record Person(
            Pseudonym id,
            Standing standing,
            String gender,
            String age,
            String lived,
            String carer,
            List<String> storyAnswers,
            String comment) {}

    private ReleaseFixture() {}

    static LocalizedText text(String en, String ca) {
        return LocalizedText.of("en", en, "ca", ca);
    }

    private static Option option(String value, String en, String ca) {
        return Option.of(value, text(en, ca));
    }

    private static Option rather() {
        return Option.missing("nvr", text("I'd rather not answer", "Prefereixo no respondre"));
    }

    private static final Authorship AUTHORS =
            Authorship.by(List.of("co-researcher group"), LocalDate.of(2026, 1, 10), "release tests");

    public static Study study() {
        List<Message> profile = List.of(
                SingleChoice.of(
                        MessageId.of("gender"),
                        text("Your gender?", "El teu gènere?"),
                        "gender",
                        List.of(
                                option("woman", "Woman", "Dona"), option("man", "Man", "Home"),
                                option("nonbinary", "Non-binary", "No binari"), rather()),
                        Next.goTo(MessageId.of("age_band"))),
                SingleChoice.of(
                        MessageId.of("age_band"),
                        text("Your age?", "La teva edat?"),
                        "age_band",
                        List.of(
                                option("18-29", "18-29", "18-29"),
                                option("30-49", "30-49", "30-49"),
                                option("50-64", "50-64", "50-64"),
                                option("65+", "65 or more", "65 o **més**"),
                                rather()),
                        Next.goTo(MessageId.of("lived"))),
                SingleChoice.of(
                        MessageId.of("lived"),
                        text("Lived experience?", "Experiència pròpia?"),
                        "lived",
                        List.of(option("yes", "Yes", "Sí"), option("no", "No", "No"), rather()),
                        Next.goTo(MessageId.of("carer"))),
                SingleChoice.of(
                        MessageId.of("carer"),
                        text("Do you **care** for someone?", "_Cuides_ algú?"),
                        "carer",
                        List.of(option("yes", "Yes", "Sí"), option("no", "No", "No"), rather()),
                        Next.end()));
        ContentBlock profileBlock =
                ContentBlock.of(BlockId.of("profile"), BlockKind.QUESTIONNAIRE, List.of(EN, CA), profile, AUTHORS);
        ContentBlock feedback = ContentBlock.of(
                BlockId.of("feedback"),
                BlockKind.QUESTIONNAIRE,
                List.of(EN, CA),
                List.of(
                        FreeText.of(
                                MessageId.of("comment"),
                                text("Anything to add?", "Vols afegir res?"),
                                "comment",
                                500,
                                Next.goTo(MessageId.of("bye"))),
                        Information.of(MessageId.of("bye"), text("Thanks.", "Gràcies."), Next.end())),
                AUTHORS);
        ConfirmAndRetry pattern = new ConfirmAndRetry(
                2,
                text("Do you confirm?", "Ho confirmes?"),
                option("yes", "Yes", "Sí"),
                option("no", "No", "No"),
                text("Saved.", "Desat."),
                FinalAnswer.LAST_ATTEMPT);
        Map<BlockId, ContentBlock> blocks = new LinkedHashMap<>();
        blocks.put(profileBlock.id(), profileBlock);
        for (String id : STORIES) {
            List<Option> abc = List.of(
                    option("same", "Yes", "Sí"),
                    option("similar", "Something similar", "Semblant"),
                    option("none", "Nothing like it", "Res semblant"),
                    rather());
            Microstory story = new Microstory(
                    BlockId.of(id),
                    BlockKind.SHARE_EXPERIENCE,
                    List.of(EN, CA),
                    "Pau, a carer",
                    text("Pau wants to share something.", "En Pau vol compartir una cosa."),
                    text(
                            "Call me on 612 345 678, said my neighbour in the lift.",
                            "Truca'm al 612 345 678, em va dir la veïna a l'ascensor."),
                    Optional.empty(),
                    id.equals("lift") ? SocialEnvironment.SOCIETY : SocialEnvironment.CLOSE,
                    Set.of("stigma", "neighbours"),
                    List.of(
                            new StoryQuestion("yo", text("Has it happened to you?", "T'ha passat?"), abc),
                            new StoryQuestion("others", text("To someone around you?", "A algú del teu entorn?"), abc)),
                    text("Thanks!", "Gràcies!"),
                    AUTHORS,
                    Sensitivity.none());
            ContentBlock block = story.toBlock(pattern);
            blocks.put(block.id(), block);
        }
        blocks.put(feedback.id(), feedback);
        List<BlockId> sequence = new ArrayList<>(blocks.keySet());
        StudyPlan plan = new StudyPlan(
                StudyId.of("release-test"),
                List.of(EN, CA),
                sequence,
                Map.of(),
                Frequency.daily(),
                Set.of(Frequency.daily()));
        return new Study(plan, blocks);
    }

    public static ConsentDocument document() {
        return new ConsentDocument(
                DocumentId.of("participant-consent"),
                1,
                EN,
                ParticipationRole.CITIZEN_SCIENTIST,
                LocalDate.of(2026, 1, 15),
                List.of(TAKE_PART, PROCESS, PUBLISH, QUOTE),
                Set.of(TAKE_PART, PROCESS),
                "Take part in the study; you may also allow publication and quoting.",
                Optional.empty());
    }

    public static ConsentLedger ledger(Journal journal) {
        ConsentLedger ledger = ConsentLedger.open(
                journal,
                ConsentPolicy.builder("Research group", "data-protection@example.org")
                        .minimumAge(18)
                        .build());
        ledger.publish(document(), START.minusSeconds(3600));
        return ledger;
    }

    public static ReleasePseudonyms pseudonyms() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (i * 7 + 3);
        }
        return ReleasePseudonyms.of(
                PseudonymKey.of(KeyId.of("release-test"), secret), StudyId.of("release-test"), ReleaseId.of("1.0.0"));
    }

    public static Pseudonym participant(int n) {
        return Pseudonym.of("participant-pseudonym-" + String.format("%06d", n));
    }

    /**
     * Records one participant: their consent transitions in the ledger and their answers in the
     * journal, each at its own second from {@code at}.
     *
     * @return the time after the last event
     */
    public static Instant record(ConsentLedger ledger, Journal journal, Person person, Instant at) {
        Instant t = at;
        Pseudonym p = person.id();
        ledger.record(new Transition.FirstContact(
                p, t = t.plusSeconds(1), Actor.SYSTEM, TELEGRAM, ParticipationRole.CITIZEN_SCIENTIST));
        if (person.standing() == Standing.NEVER_CONSENTED) {
            return t;
        }
        ledger.record(new Transition.DocumentShown(
                p, t = t.plusSeconds(1), Actor.SYSTEM, TELEGRAM, document().reference()));
        if (person.standing() == Standing.DECLINED) {
            ledger.record(new Transition.ConsentDeclined(p, t = t.plusSeconds(1), Actor.PARTICIPANT, TELEGRAM));
            return t;
        }
        Set<PurposeId> granted = switch (person.standing()) {
            case MANDATORY_ONLY -> Set.of(TAKE_PART, PROCESS);
            case QUOTES -> Set.of(TAKE_PART, PROCESS, PUBLISH, QUOTE);
            default -> Set.of(TAKE_PART, PROCESS, PUBLISH);
        };
        ledger.record(new Transition.ConsentGiven(
                p,
                t = t.plusSeconds(1),
                Actor.PARTICIPANT,
                TELEGRAM,
                document().reference(),
                granted,
                Eligibility.declaredAge(30)));
        List<JournalEvent> events = new ArrayList<>();
        String[][] profile = {
            {"gender", person.gender()},
            {"age_band", person.age()},
            {"lived", person.lived()},
            {"carer", person.carer()}
        };
        for (String[] field : profile) {
            if (field[1] != null) {
                events.add(answered(p, t = t.plusSeconds(1), "profile", field[0], field[1]));
            }
        }
        events.add(completed(p, t = t.plusSeconds(1), "profile"));
        for (int s = 0; s < STORIES.size() && s < person.storyAnswers().size(); s++) {
            String story = STORIES.get(s);
            String answer = person.storyAnswers().get(s);
            // A first attempt, a retry, then the confirmed second attempt: the second one counts.
            events.add(answered(p, t = t.plusSeconds(1), story, "yo_1", "none"));
            events.add(answered(p, t = t.plusSeconds(1), story, "v_yo_1", "no"));
            events.add(answered(p, t = t.plusSeconds(1), story, "yo_2", answer));
            events.add(answered(p, t = t.plusSeconds(1), story, "others_1", "similar"));
            events.add(answered(p, t = t.plusSeconds(1), story, "v_others_1", "yes"));
            events.add(completed(p, t = t.plusSeconds(1), story));
        }
        if (person.comment() != null) {
            events.add(answered(p, t = t.plusSeconds(1), "feedback", "comment", person.comment()));
            events.add(completed(p, t = t.plusSeconds(1), "feedback"));
        }
        journal.appendAll(events);
        switch (person.standing()) {
            case WITHDRAWN ->
                ledger.record(new Transition.ConsentWithdrawn(
                        p, t = t.plusSeconds(1), Actor.PARTICIPANT, TELEGRAM, WithdrawalChoice.STOP_CONTACT));
            case ERASED ->
                ledger.record(new Transition.DataErased(p, t = t.plusSeconds(1), Actor.PARTICIPANT, TELEGRAM));
            default -> {
                // Stays as consented.
            }
        }
        return t;
    }

    public static JournalEvent answered(Pseudonym p, Instant at, String block, String variable, String value) {
        return JournalEvent.about(
                p,
                at,
                "conversation.answered",
                json("block", block, "message", variable, "variable", variable, "value", value));
    }

    public static JournalEvent completed(Pseudonym p, Instant at, String block) {
        return JournalEvent.about(p, at, "conversation.block-completed", json("block", block));
    }

    private static byte[] json(String... namesAndValues) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(namesAndValues[i])).append(':').append(quote(namesAndValues[i + 1]));
        }
        return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Records 240 participants in every consent standing and writes their release under
     * {@code dir/release}, with k = 2 and the default threshold; fails unless the release reads
     * back valid.
     *
     * @return the release directory
     */
    public static Path sampleRelease(Path dir) throws IOException {
        return sampleRelease(dir, "en");
    }

    /** The sample release written in one of the study's languages (en or ca). */
    public static Path sampleRelease(Path dir, String language) throws IOException {
        return sampleRelease(dir, language, study());
    }

    /** The sample population's mix of consent standings, repeated: participant i has the i-th. */
    private static final List<Standing> STANDINGS = List.of(
            Standing.PUBLISHES,
            Standing.PUBLISHES,
            Standing.PUBLISHES,
            Standing.PUBLISHES,
            Standing.QUOTES,
            Standing.QUOTES,
            Standing.MANDATORY_ONLY,
            Standing.WITHDRAWN,
            Standing.ERASED,
            Standing.PUBLISHES,
            Standing.DECLINED,
            Standing.NEVER_CONSENTED);

    /**
     * The consent standing of the sample population's participant {@code i}.
     *
     * @param i the participant's number
     * @return their standing in the repeating mix
     */
    public static Standing standingOf(int i) {
        return STANDINGS.get(i % STANDINGS.size());
    }

    /**
     * The sample release of another study with the same profile, story variables and feedback
     * (its blocks shaped differently, e.g. as an imported legacy study numbers its messages).
     */
    public static Path sampleRelease(Path dir, String language, Study study) throws IOException {
        eu.coact.core.journal.InMemoryJournal journal = new eu.coact.core.journal.InMemoryJournal();
        ConsentLedger ledger = ledger(journal);
        Instant t = START;
        for (int i = 0; i < 240; i++) {
            Standing standing = standingOf(i);
            t = record(
                    ledger,
                    journal,
                    new Person(
                            participant(i),
                            standing,
                            GENDERS.get(i % 2),
                            AGES.get((i / 2) % 2),
                            i % 17 == 0 ? "nvr" : (i % 3 == 0 ? "yes" : "no"),
                            i % 5 == 0 ? null : (i % 4 == 0 ? "yes" : "no"),
                            List.of(STORY_ANSWERS.get(i % 4), STORY_ANSWERS.get((i / 4) % 3)),
                            standing == Standing.QUOTES ? "I felt the same" : null),
                    t);
        }
        ReleaseConfig config = ReleaseConfigReader.read(studyFolder(dir.resolve("study"), "2", "refuse", 10, language))
                .orElseThrow();
        ReleaseResult result = StudyRelease.configure(config)
                .write(
                        new ReleaseInputs(study, ledger, journal, pseudonyms(), t.plusSeconds(60)),
                        dir.resolve("release"));
        Path release = ((ReleaseResult.Written) result).summary().directory();
        // Every release a test writes is read back and checked against its own Table Schemas.
        eu.coact.core.problem.Problems problems = eu.coact.export.datapackage.DataPackageReader.standard()
                .read(release)
                .problems();
        if (!problems.isEmpty()) {
            throw new AssertionError("the sample release does not read back valid:\n" + problems.render());
        }
        return release;
    }

    /** Writes a study folder with {@code release.yaml} and its hierarchy files; returns the folder. */
    public static Path studyFolder(Path dir, String k, String whenViolated, int threshold) throws IOException {
        return studyFolder(dir, k, whenViolated, threshold, "en");
    }

    /** The same study folder, with the release written in a language (titles in Catalan for ca). */
    public static Path studyFolder(Path dir, String k, String whenViolated, int threshold, String language)
            throws IOException {
        Files.createDirectories(dir.resolve("hierarchies"));
        Files.writeString(dir.resolve("hierarchies/gender.csv"), "woman;*\nman;*\nnonbinary;*\n");
        Files.writeString(
                dir.resolve("hierarchies/age_band.csv"), "18-29;18-49;*\n30-49;18-49;*\n50-64;50+;*\n65+;50+;*\n");
        String yaml = """
                title: CoAct release test
                description: Answers to two microstories, for tests.
                version: 1.0.0
                released: 2026-11-21
                publisher: Research group
                language: %s
                licence: CC-BY-4.0
                creators:
                  - organisation: Co-researchers of the release test
                contributors:
                  - organisation: Knowledge coalition of the release test
                    role: ResearchGroup
                  - given: Ada
                    family: Researcher
                    role: ProjectLeader
                keywords: [mental health, microstories]
                name: coact-release-test
                sources:
                  - title: CoAct chatbot journal
                purposes:
                  publication: publish-open-data
                  quoting: quote-free-text
                participants:
                  quasi-identifiers:
                    gender: hierarchies/gender.csv
                    age_band: hierarchies/age_band.csv
                  sensitive: [lived, carer]
                disclosure:
                  models:
                    - k-anonymity: %s
                    - distinct-l-diversity: {attribute: lived, l: 2}
                    - distinct-l-diversity: {attribute: carer, l: 2}
                  suppression-limit: 0.1
                  when-violated: %s
                small-cell-threshold: %d
                answered-at: week
                indicators:
                  - id: same-experience
                    title: Has had the same experience
                    unit: answers
                    numerator: {question: yo, answers: [same]}
                    denominator: {question: yo}
                    breakdowns: [gender, age_band, lived, carer]
                """.formatted(language, k, whenViolated, threshold);
        if (language.equals("ca")) {
            yaml = yaml.replace("title: CoAct release test", "title: Publicació de prova de CoAct")
                    .replace("title: Has had the same experience", "title: Ha viscut la mateixa experiència")
                    .replace("unit: answers", "unit: respostes");
        }
        Files.writeString(dir.resolve("release.yaml"), yaml);
        return dir;
    }
}
