package eu.coact.examples;

import eu.coact.content.Study;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.engine.ConversationEngine;
import eu.coact.engine.ParticipantView;
import eu.coact.engine.Simulation;
import eu.coact.engine.Standing;
import eu.coact.engine.channel.SimulatedChannel;
import eu.coact.examples.study.StudyCheck;
import eu.coact.examples.study.StudyConsent;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs a study with simulated participants through the real conversation engine, on a real
 * journal, in virtual time: recruitment over two weeks, then as long as anyone still has
 * something to receive or to answer.
 */
final class DemoSimulation {

    /** A Monday morning in Barcelona: recruitment starts. */
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private static final Duration RECRUITMENT = Duration.ofDays(14);
    private static final int LONGEST_RUN_DAYS = 400;

    private final StudyCheck check;
    private final Study study;
    private final int participants;
    private final long seed;
    private final Duration batch;

    /**
     * A simulation.
     *
     * @param batch replies and timers this close together in virtual time are handled together, with one group
     *              commit, as a busy bot handles what arrives while it writes
     */
    DemoSimulation(StudyCheck check, int participants, long seed, Duration batch) {
        this.check = check;
        this.study = check.study().orElseThrow();
        this.participants = participants;
        this.seed = seed;
        this.batch = batch;
    }

    /** Runs the study on the journal, recording consent in the study's ledger there; returns what happened. */
    DemoOutcome run(Journal journal, StudyConsent consent, ProgressBar progress) {
        byte[] key = new byte[32];
        // The pseudonym key only has to be secret within one run; derived from the seed, runs repeat exactly.
        new SplittableRandom(seed).nextBytes(key);
        SimulatedChannel channel =
                SimulatedChannel.of(participants, DemoBehaviour.of(study), StudyConsent.pseudonyms(study, key), seed);
        ConversationEngine engine = ConversationEngine.builder(study, journal, channel)
                .consent(consent.binding())
                .settings(check.settings())
                .start(START);
        channel.joinAll(START, RECRUITMENT);
        Simulation simulation = Simulation.of(engine, channel, batch, START);
        long expectedDays = RECRUITMENT.toDays() + 2L * study.plan().sequence().size() + 7;
        int day = 0;
        while (day < LONGEST_RUN_DAYS
                && (engine.nextWakeUp().isPresent() || channel.nextReplyAt().isPresent())) {
            day++;
            simulation.runUntil(START.plus(Duration.ofDays(day)));
            progress.show(
                    Math.min(0.99, (double) day / expectedDays),
                    "day " + day + ", " + engine.counters().answers() + " answers");
        }
        progress.done("day " + day + ", " + engine.counters().answers() + " answers");
        return outcome(engine, channel, journal, consent, Duration.ofDays(day));
    }

    private DemoOutcome outcome(
            ConversationEngine engine, SimulatedChannel channel, Journal journal, StudyConsent consent, Duration time) {
        Map<Standing, Integer> byStanding = new EnumMap<>(Standing.class);
        int paused = 0;
        int withdrew = 0;
        int erased = 0;
        for (Pseudonym p : channel.participants()) {
            Standing standing =
                    engine.participant(p).map(ParticipantView::standing).orElse(Standing.INVITED);
            byStanding.merge(standing, 1, Integer::sum);
            SimulatedChannel.Experience experience = channel.experience(p);
            if (experience.pauses() > 0) {
                paused++;
            }
            if (standing == Standing.WITHDRAWN) {
                withdrew++;
                try (Stream<JournalEntry> entries = journal.readSubject(p)) {
                    if (entries.anyMatch(JournalEntry::isRedacted)) {
                        erased++;
                    }
                }
            }
        }
        int declined = byStanding.getOrDefault(Standing.INVITED, 0);
        return new DemoOutcome(
                channel.participants().size(),
                byStanding,
                declined,
                paused,
                withdrew,
                erased,
                engine.counters().answers(),
                engine.counters().sent(),
                engine.counters().withheld(),
                time,
                journal.verify(),
                consent.ledger().verify(),
                consent.ledger().audit(START.plus(time)));
    }
}
