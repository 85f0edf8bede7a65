package eu.coact.examples;

import eu.coact.consent.AuditReport;
import eu.coact.core.journal.Verification;
import eu.coact.engine.Standing;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened in a simulated run of a study: where every participant ended up, and what the
 * engine did.
 *
 * @param participants how many people joined
 * @param byStanding    how many ended in each standing (every standing present, perhaps with 0)
 * @param declined      those who were asked for consent and did not give it
 * @param paused        those who paused at least once
 * @param withdrew      those who left the study
 * @param erased        those who left and asked for their answers to be erased
 * @param answers       answers recorded
 * @param messages      messages sent
 * @param withheld      messages the consent gate stopped (the engine should never need it: 0)
 * @param studyTime     how long the study ran, in the simulation's time
 * @param journal       the result of verifying the journal's hash chain afterwards
 * @param ledger        the result of verifying the consent ledger's entries and chain afterwards
 * @param audit         the consent ledger's audit report at the end: counts only, no pseudonyms
 */
public record DemoOutcome(
        int participants,
        Map<Standing, Integer> byStanding,
        int declined,
        int paused,
        int withdrew,
        int erased,
        long answers,
        long messages,
        long withheld,
        Duration studyTime,
        Verification journal,
        Verification ledger,
        AuditReport audit) {

    /** Copies the map, with every standing present. */
    public DemoOutcome {
        EnumMap<Standing, Integer> all = new EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) {
            all.put(s, byStanding.getOrDefault(s, 0));
        }
        byStanding = Collections.unmodifiableMap(all);
        Objects.requireNonNull(studyTime, "studyTime");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(audit, "audit");
    }

    /** Whether both the journal and the consent ledger verified. */
    public boolean intact() {
        return journal.isIntact() && ledger.isIntact();
    }

    /** How many ended in a standing. */
    public int count(Standing standing) {
        return byStanding.get(standing);
    }
}
