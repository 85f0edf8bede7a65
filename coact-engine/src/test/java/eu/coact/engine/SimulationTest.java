package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.anonymise.KeyId;
import eu.coact.anonymise.PseudonymDomain;
import eu.coact.anonymise.PseudonymKey;
import eu.coact.anonymise.Pseudonymiser;
import eu.coact.content.Study;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.FileJournal;
import eu.coact.core.journal.ForwardingJournal;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEvent;
import eu.coact.core.journal.SequenceRange;
import eu.coact.engine.channel.ChannelPseudonyms;
import eu.coact.engine.channel.Inbound;
import eu.coact.engine.channel.ScriptedBehaviour;
import eu.coact.engine.channel.SimulatedChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {

    private static final byte[] KEY =
            "simulation key, long enough for HMAC-SHA-256 use".getBytes(StandardCharsets.UTF_8);
    private static final PseudonymDomain DOMAIN = PseudonymDomain.of("engine-test", "participation");
    private static final Instant START = Run.MONDAY_9_MADRID;

    /** The channel boundary: the study's keyed pseudonyms (a fixed key, so runs can be compared). */
    private static ChannelPseudonyms boundary() {
        return ChannelPseudonyms.of(Pseudonymiser.of(PseudonymKey.of(KeyId.of("k1"), KEY), DOMAIN));
    }

    private static Study study() {
        return Studies.of(List.of(
                Studies.story("s1"),
                Studies.sensitive("s2"),
                Studies.questionnaire("q1"),
                Studies.story("s3"),
                Studies.story("s4")));
    }

    private static ScriptedBehaviour lively() {
        return ScriptedBehaviour.standard()
                .withAnswers(Map.of("yes", 20, "no", 1, "read", 3, "skip", 1), 0.2)
                .withTypedAnswer("postcode", "08001")
                .withPauses(0.02, Duration.ofDays(1))
                .withWithdrawals(0.01, 0.5)
                .withLanguages(Map.of(Studies.CA, 1, Studies.EN, 1));
    }

    @Test
    void scriptedParticipantsGoThroughTheWholeSequenceAndNobodyIsContactedAfterLeaving() {
        Study study = study();
        Journal journal = new InMemoryJournal();
        SimulatedChannel channel = SimulatedChannel.of(60, lively(), boundary(), 42);
        ConversationEngine engine =
                ConversationEngine.builder(study, journal, channel).simulation().start(START);
        channel.joinAll(START, Duration.ofHours(1));
        Simulation simulation = Simulation.of(engine, channel, Duration.ofSeconds(1), START);
        simulation.runUntil(START.plus(Duration.ofDays(30)));

        int finished = 0;
        int left = 0;
        for (Pseudonym p : channel.participants()) {
            SimulatedChannel.Experience experience = channel.experience(p);
            assertThat(experience.afterLeaving()).isZero();
            ParticipantView view = engine.participant(p).orElseThrow();
            if (experience.left()) {
                left++;
                assertThat(view.standing()).isEqualTo(Standing.WITHDRAWN);
            } else if (view.standing() == Standing.ACTIVE) {
                assertThat(view.completed()).isEqualTo(study.plan().sequence().size());
                finished++;
            }
        }
        assertThat(finished).isGreaterThan(30);
        assertThat(finished + left).isGreaterThan(50);
        assertThat(engine.counters().withheld()).isZero();
        assertThat(journal.verify().isIntact()).isTrue();
    }

    @Test
    void repliesAndTheTimersDueWithThemAreCommittedInOneGroupCommitPerStep() {
        Study study = study();
        CountingJournal journal = new CountingJournal(new InMemoryJournal());
        SimulatedChannel channel = SimulatedChannel.of(
                40, ScriptedBehaviour.standard().withTypedAnswer("postcode", "08001"), boundary(), 3);
        ConversationEngine engine =
                ConversationEngine.builder(study, journal, channel).simulation().start(START);
        channel.joinAll(START, Duration.ofMinutes(10));
        Instant now = START;
        int stepsWithReplies = 0;
        int commitsBefore = journal.commits;
        for (int second = 1; second <= 3 * 24 * 3600; second += 30) {
            now = START.plusSeconds(second);
            channel.at(now);
            List<Inbound> due = channel.repliesDue(now);
            int commits = journal.commits;
            long entries = journal.lastSequence();
            engine.receiveAndAdvance(due, now);
            assertThat(journal.commits - commits)
                    .as("group commits in one step")
                    .isLessThanOrEqualTo(1);
            if (!due.isEmpty()) {
                stepsWithReplies++;
                assertThat(journal.lastSequence()).isGreaterThan(entries);
            }
        }
        assertThat(stepsWithReplies).isGreaterThan(20);
        assertThat(journal.commits).isGreaterThan(commitsBefore);
        assertThat(engine.counters().sent()).isGreaterThan(100);
        assertThat(journal.verify().isIntact()).isTrue();
    }

    /** Counts group commits (calls of appendAll) of the journal it wraps. */
    private static final class CountingJournal extends ForwardingJournal {
        int commits;

        CountingJournal(Journal journal) {
            super(journal);
        }

        @Override
        public long append(JournalEvent event) {
            commits++;
            return super.append(event);
        }

        @Override
        public SequenceRange appendAll(List<JournalEvent> events) {
            commits++;
            return super.appendAll(events);
        }
    }

    @Test
    void restartsInTheMiddleChangeNothingForParticipants(@TempDir Path directory) throws IOException {
        Study study = study();
        ScriptedBehaviour calm = ScriptedBehaviour.standard().withTypedAnswer("postcode", "08001");
        SimulatedChannel uninterrupted = SimulatedChannel.of(20, calm, boundary(), 7);
        ConversationEngine one = ConversationEngine.builder(study, new InMemoryJournal(), uninterrupted)
                .simulation()
                .start(START);
        uninterrupted.joinAll(START, Duration.ofMinutes(30));
        Simulation.of(one, uninterrupted, Duration.ZERO, START).runUntil(START.plus(Duration.ofDays(20)));

        SimulatedChannel restarted = SimulatedChannel.of(20, calm, boundary(), 7);
        Journal journal = FileJournal.open(directory.resolve("journal"));
        ConversationEngine engine = ConversationEngine.builder(study, journal, restarted)
                .simulation()
                .start(START);
        restarted.joinAll(START, Duration.ofMinutes(30));
        Instant now = START;
        for (int day = 1; day <= 20; day++) {
            now = Simulation.of(engine, restarted, Duration.ZERO, now).runUntil(START.plus(Duration.ofDays(day)));
            engine = ConversationEngine.builder(study, journal, restarted)
                    .simulation()
                    .start(now);
        }
        int completedAll = 0;
        for (Pseudonym p : restarted.participants()) {
            assertThat(restarted.experience(p).received())
                    .as("same messages, none twice")
                    .isEqualTo(uninterrupted.experience(p).received());
            ParticipantView view = engine.participant(p).orElseThrow();
            assertThat(view).isEqualTo(one.participant(p).orElseThrow());
            if (view.completed() == study.plan().sequence().size()) {
                completedAll++;
            }
        }
        // About half refuse consent (the calm script presses buttons evenly); the others finish.
        assertThat(completedAll).isGreaterThan(4);
        journal.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes)
                        .as("no channel identity in the journal")
                        .doesNotContain("participant 1")
                        .doesNotContain("simulation");
            }
        }
    }
}
