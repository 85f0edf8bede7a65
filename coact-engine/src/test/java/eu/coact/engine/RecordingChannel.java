package eu.coact.engine;

import eu.coact.core.Pseudonym;
import eu.coact.engine.channel.Channel;
import eu.coact.engine.channel.Delivery;
import eu.coact.engine.channel.Envelope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Records what the engine delivers; can be told to fail the next deliveries. */
final class RecordingChannel implements Channel {

    final List<Envelope> delivered = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final Deque<Delivery> outcomes = new ArrayDeque<>();

    /** One delivery attempt and its outcome, in the order they happened. */
    record Attempt(Envelope envelope, Delivery outcome) {}

    @Override
    public Delivery deliver(Envelope envelope) {
        Delivery outcome = outcomes.isEmpty() ? Delivery.delivered() : outcomes.poll();
        attempts.add(new Attempt(envelope, outcome));
        if (outcome instanceof Delivery.Delivered) {
            delivered.add(envelope);
        }
        return outcome;
    }

    List<Envelope> to(Pseudonym p) {
        return delivered.stream().filter(e -> e.to().equals(p)).toList();
    }

    List<String> textsTo(Pseudonym p) {
        return to(p).stream().map(e -> e.message().text()).toList();
    }

    Envelope last(Pseudonym p) {
        List<Envelope> all = to(p);
        return all.get(all.size() - 1);
    }
}
