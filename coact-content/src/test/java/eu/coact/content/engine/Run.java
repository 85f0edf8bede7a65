package eu.coact.content.engine;

import eu.coact.content.Study;
import eu.coact.content.channel.Inbound;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.core.journal.Journal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** One engine in virtual time over a journal, with helpers to talk to it. */
final class Run {

    static final Instant MONDAY_9_MADRID =
            LocalDateTime.parse("2024-03-04T09:00:00").atZone(ZoneId.of("Europe/Madrid")).toInstant();

    final Study study;
    final Journal journal;
    final RecordingChannel channel = new RecordingChannel();
    final EngineSettings settings;
    ConversationEngine engine;
    Instant now = MONDAY_9_MADRID;

    Run(Study study) {
        this(study, new InMemoryJournal(), EngineSettings.defaults());
    }

    Run(Study study, Journal journal, EngineSettings settings) {
        this.study = study;
        this.journal = journal;
        this.settings = settings;
        this.engine = ConversationEngine.start(study, journal, channel, settings, now);
    }

    /** Stops this engine and starts a new one over the same journal, as after a crash. */
    void restart() {
        engine = ConversationEngine.start(study, journal, channel, settings, now);
    }

    void type(Pseudonym p, String text) {
        engine.receive(Inbound.typed(p, text, now));
    }

    void press(Pseudonym p, String value) {
        engine.receive(Inbound.press(p, value, now));
    }

    void advance(Duration duration) {
        Instant until = now.plus(duration);
        while (true) {
            Optional<Instant> next = engine.nextWakeUp();
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            if (next.get().isAfter(now)) {
                now = next.get();
            }
            engine.advanceTo(now);
        }
        now = until;
        engine.advanceTo(now);
    }

    /** Lets paced messages go out (a minute of virtual time). */
    void settle() {
        advance(Duration.ofMinutes(1));
    }

    ParticipantView view(Pseudonym p) {
        return engine.participant(p).orElseThrow();
    }

    static Pseudonym participant(int n) {
        return Pseudonym.of(String.format("participant-%08d", n));
    }
}
