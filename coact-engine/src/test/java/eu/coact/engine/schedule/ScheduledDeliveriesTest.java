package eu.coact.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.InMemoryJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ScheduledDeliveriesTest {

    private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");

    /** One step of a random run: schedule, cancel, let time pass and hand over what is due, or restart. */
    record Step(String kind, int participant, int block, int minutes) {}

    @Provide
    Arbitrary<List<Step>> runs() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of("schedule", "schedule", "cancel", "run-due", "run-due", "restart"),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 600))
                .as(Step::new);
        return step.list().ofMaxSize(60);
    }

    private static Pseudonym participant(int n) {
        return Pseudonym.of("participant-" + "0".repeat(8) + n);
    }

    @Property(tries = 300)
    void aRestartNeverDuplicatesADelivery(@ForAll("runs") List<Step> steps) {
        InMemoryJournal journal = new InMemoryJournal();
        ScheduledDeliveries store = ScheduledDeliveries.open(journal);
        Instant now = START;
        List<ScheduledDelivery> handedOver = new ArrayList<>();
        Set<ScheduledDelivery> cancelled = new HashSet<>();
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutes()));
            Pseudonym p = participant(step.participant());
            switch (step.kind()) {
                case "schedule" ->
                    store.schedule(
                            p, BlockId.of("b" + step.block()), now.plus(Duration.ofMinutes(step.minutes())), now);
                case "cancel" -> {
                    var pending = store.pending(p);
                    assertThat(store.cancel(p, now)).isEqualTo(pending.isPresent());
                    pending.ifPresent(cancelled::add);
                }
                case "run-due" -> {
                    for (ScheduledDelivery due : store.due(now)) {
                        assertThat(store.handOver(due, now)).isTrue();
                        assertThat(store.handOver(due, now))
                                .as("a second hand-over is refused")
                                .isFalse();
                        handedOver.add(due);
                    }
                }
                default -> store = ScheduledDeliveries.open(journal);
            }
        }
        store = ScheduledDeliveries.open(journal);
        for (ScheduledDelivery due : store.due(now.plus(Duration.ofDays(365)))) {
            assertThat(handedOver)
                    .as("nothing handed over comes back after a restart")
                    .doesNotContain(due);
            assertThat(cancelled).as("nothing cancelled comes back").doesNotContain(due);
        }
        assertThat(new HashSet<>(handedOver))
                .as("each delivery is handed over once")
                .hasSize(handedOver.size());
        assertThat(handedOver).noneMatch(cancelled::contains);
    }

    @Property(tries = 200)
    void atMostOneDeliveryIsPendingPerParticipant(
            @ForAll @Size(max = 20) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 3) Integer> participants) {
        ScheduledDeliveries store = ScheduledDeliveries.open(new InMemoryJournal());
        Set<Integer> distinct = new HashSet<>();
        for (int n : participants) {
            ScheduledDelivery first = store.schedule(participant(n), BlockId.of("b1"), START.plusSeconds(n), START);
            ScheduledDelivery again = store.schedule(participant(n), BlockId.of("b2"), START.plusSeconds(99), START);
            assertThat(again).isEqualTo(first);
            distinct.add(n);
        }
        assertThat(store.size()).isEqualTo(distinct.size());
    }

    @Test
    void theStoreIsRebuiltExactlyFromItsJournal() {
        InMemoryJournal journal = new InMemoryJournal();
        ScheduledDeliveries store = ScheduledDeliveries.open(journal);
        store.schedule(participant(1), BlockId.of("b1"), START.plusSeconds(60), START);
        store.schedule(participant(2), BlockId.of("b2"), START.plusSeconds(120), START);
        store.cancel(participant(2), START);
        ScheduledDeliveries reopened = ScheduledDeliveries.open(journal);
        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.pending(participant(1)))
                .contains(new ScheduledDelivery(participant(1), BlockId.of("b1"), START.plusSeconds(60)));
        assertThat(reopened.due(START)).isEmpty();
        assertThat(reopened.due(START.plusSeconds(60))).hasSize(1);
    }
}
