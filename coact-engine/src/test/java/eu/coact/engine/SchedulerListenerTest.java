package eu.coact.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Inbound;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine tells a listener how late due work ran: paced messages, scheduled blocks, retries. */
class SchedulerListenerTest {

    private static final Pseudonym P = Run.participant(1);

    private record Ran(SchedulerListener.Due due, Duration late) {}

    private final List<Ran> told = new ArrayList<>();
    private final RecordingChannel channel = new RecordingChannel();
    private final ConversationEngine engine = ConversationEngine.builder(
                    Studies.standard(), new InMemoryJournal(), channel)
            .simulation()
            .schedulerListener((due, late) -> told.add(new Ran(due, late)))
            .start(Run.MONDAY_9_MADRID);
    private Instant now = Run.MONDAY_9_MADRID;

    /** Runs what is due exactly on time until nothing is due before {@code until}. */
    private void onTime(Duration duration) {
        Instant until = now.plus(duration);
        while (engine.nextWakeUp().filter(at -> !at.isAfter(until)).isPresent()) {
            now = engine.nextWakeUp().orElseThrow().isAfter(now)
                    ? engine.nextWakeUp().orElseThrow()
                    : now;
            engine.advanceTo(now);
        }
        now = until;
        engine.advanceTo(now);
    }

    /** Lets the next due work run {@code late} after it was due; returns what the listener was told. */
    private Ran late(Duration late) {
        told.clear();
        Instant due = engine.nextWakeUp().orElseThrow();
        now = due.plus(late);
        engine.advanceTo(now);
        assertThat(told).isNotEmpty();
        return told.get(0);
    }

    private String lastQuestion(String value) {
        return channel.to(P).stream()
                .filter(e ->
                        e.message().buttons().stream().anyMatch(b -> b.value().equals(value)))
                .reduce((a, b) -> b)
                .orElseThrow()
                .question();
    }

    @Test
    void aPacedMessageRunLateIsReportedWithItsLateness() {
        engine.receive(Inbound.typed(P, "hello", now));
        assertThat(late(Duration.ofSeconds(7))).isEqualTo(new Ran(SchedulerListener.Due.PACED, Duration.ofSeconds(7)));
    }

    @Test
    void onTimeWorkIsReportedAsNotLate() {
        engine.receive(Inbound.typed(P, "hello", now));
        told.clear();
        onTime(Duration.ofMinutes(1));
        assertThat(told).isNotEmpty().allMatch(r -> r.late().isZero());
    }

    @Test
    void aScheduledBlockAndARetryAreReportedAsSuch() {
        engine.receive(Inbound.typed(P, "hello", now));
        onTime(Duration.ofMinutes(1));
        engine.receive(Inbound.press(P, lastQuestion("yes"), "yes", now));
        onTime(Duration.ofMinutes(1));
        engine.receive(Inbound.press(P, lastQuestion("B"), "B", now));
        onTime(Duration.ofMinutes(1));
        // The next block waits for its slot the next day; the ticker comes an hour late, and the
        // block's first message fails: its retry then runs a quarter of a second late.
        channel.outcomes.add(Delivery.failed("network"));
        assertThat(late(Duration.ofHours(1))).isEqualTo(new Ran(SchedulerListener.Due.BLOCK, Duration.ofHours(1)));
        assertThat(channel.attempts).last().matches(a -> a.outcome() instanceof Delivery.Failed);
        assertThat(late(Duration.ofMillis(250)))
                .isEqualTo(new Ran(SchedulerListener.Due.RETRY, Duration.ofMillis(250)));
    }
}
