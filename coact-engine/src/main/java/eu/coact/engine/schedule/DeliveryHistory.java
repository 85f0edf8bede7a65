package eu.coact.engine.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scheduler needs to know of a participant's past deliveries: when they last
 * completed a block, and when recent deliveries started (the last week is enough).
 *
 * @param lastCompletion   when the participant last finished a block, if ever
 * @param recentDeliveries when recent deliveries were sent, in any order
 */
public record DeliveryHistory(Optional<Instant> lastCompletion, List<Instant> recentDeliveries) {

    /** Copies the list. */
    public DeliveryHistory {
        Objects.requireNonNull(lastCompletion, "lastCompletion");
        recentDeliveries = List.copyOf(recentDeliveries);
    }

    /** A participant who has not received anything yet. */
    public static DeliveryHistory none() {
        return new DeliveryHistory(Optional.empty(), List.of());
    }

    /** This history after one more delivery that started at {@code sent} and completed at {@code completed}. */
    public DeliveryHistory after(Instant sent, Instant completed) {
        java.util.ArrayList<Instant> deliveries = new java.util.ArrayList<>(recentDeliveries);
        deliveries.add(sent);
        return new DeliveryHistory(Optional.of(completed), deliveries);
    }
}
