package eu.coact.engine.schedule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import eu.coact.core.BlockId;
import eu.coact.core.Pseudonym;
import eu.coact.core.journal.Journal;
import eu.coact.core.journal.JournalEntry;
import eu.coact.core.journal.JournalEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The durable store of scheduled deliveries: every change is a journal event, so after a
 * restart the store is rebuilt exactly. At most one delivery is pending per participant
 * (scheduling again returns the pending one), a delivery is handed over at most once — also
 * across restarts — and cancelling (on pause or withdrawal) removes it.
 *
 * <p>Not thread-safe: one engine owns it.
 */
public final class ScheduledDeliveries {

    /** Event type: a delivery was scheduled. */
    public static final String SCHEDULED = "delivery.scheduled";
    /** Event type: the pending delivery was cancelled. */
    public static final String CANCELLED = "delivery.cancelled";
    /** Event type: a delivery was handed over to the engine to run. */
    public static final String HANDED_OVER = "delivery.handed-over";

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Consumer<JournalEvent> writer;
    private final Map<Pseudonym, ScheduledDelivery> pending = new HashMap<>();

    private ScheduledDeliveries(Consumer<JournalEvent> writer) {
        this.writer = writer;
    }

    /**
     * The store over a journal: rebuilt from its entries, writing each change with
     * {@link Journal#append} (durable before the method returns).
     *
     * @param journal the journal
     * @return the store
     */
    public static ScheduledDeliveries open(Journal journal) {
        ScheduledDeliveries store = new ScheduledDeliveries(journal::append);
        try (Stream<JournalEntry> entries = journal.readAll()) {
            entries.forEach(store::replay);
        }
        return store;
    }

    /**
     * An empty store whose changes go to {@code writer}, for an owner that commits several
     * events at once (group commit); rebuild it with {@link #replay} before use.
     *
     * @param writer receives each event to append
     * @return the store
     */
    public static ScheduledDeliveries writingTo(Consumer<JournalEvent> writer) {
        return new ScheduledDeliveries(Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Applies one journal entry read at start-up; entries of other types are ignored.
     *
     * @param entry the entry
     */
    public void replay(JournalEntry entry) {
        if (entry.subject().isEmpty() || !entry.type().startsWith("delivery.")) {
            return;
        }
        Pseudonym participant = entry.subject().get();
        Optional<byte[]> payload = entry.payload();
        switch (entry.type()) {
            case SCHEDULED ->
                payload.ifPresent(bytes -> {
                    Map<String, String> fields = read(bytes);
                    pending.put(
                            participant,
                            new ScheduledDelivery(
                                    participant, BlockId.of(fields.get("block")), Instant.parse(fields.get("at"))));
                });
            case CANCELLED, HANDED_OVER -> pending.remove(participant);
            default -> {
                // A future event type; nothing pending changes.
            }
        }
    }

    /**
     * Schedules a block for a participant, unless a delivery is already pending for them.
     *
     * @param participant the participant
     * @param block       the block
     * @param at          when it is due
     * @param now         the current instant (the event's time)
     * @return the pending delivery: the new one, or the one that was already pending
     */
    public ScheduledDelivery schedule(Pseudonym participant, BlockId block, Instant at, Instant now) {
        ScheduledDelivery existing = pending.get(participant);
        if (existing != null) {
            return existing;
        }
        ScheduledDelivery delivery = new ScheduledDelivery(participant, block, at);
        writer.accept(
                JournalEvent.about(participant, now, SCHEDULED, write("block", block.value(), "at", at.toString())));
        pending.put(participant, delivery);
        return delivery;
    }

    /**
     * Schedules a block without writing an event, for an owner that records the delivery in an
     * event of its own (so that one fact is one journal entry) and gives it back with
     * {@link #restore} when it replays that event.
     *
     * @param participant the participant
     * @param block       the block
     * @param at          when it is due
     * @return the new delivery, or empty when one was already pending (it stays)
     */
    public Optional<ScheduledDelivery> reserve(Pseudonym participant, BlockId block, Instant at) {
        if (pending.containsKey(participant)) {
            return Optional.empty();
        }
        ScheduledDelivery delivery = new ScheduledDelivery(participant, block, at);
        pending.put(participant, delivery);
        return Optional.of(delivery);
    }

    /**
     * Replays a delivery that was recorded in an owner's event (see {@link #reserve}).
     *
     * @param delivery the delivery
     */
    public void restore(ScheduledDelivery delivery) {
        pending.put(delivery.participant(), delivery);
    }

    /**
     * Hands a due delivery over without writing an event, for an owner whose next event
     * records the handover (and who calls {@link #claimed} when it replays that event).
     *
     * @param delivery the delivery
     * @return true when it was still pending; false when it must not run
     */
    public boolean claim(ScheduledDelivery delivery) {
        if (!delivery.equals(pending.get(delivery.participant()))) {
            return false;
        }
        pending.remove(delivery.participant());
        return true;
    }

    /**
     * Replays a handover recorded in an owner's event (see {@link #claim}).
     *
     * @param participant the participant whose pending delivery was handed over
     */
    public void claimed(Pseudonym participant) {
        pending.remove(participant);
    }

    /**
     * Cancels the participant's pending delivery, if any.
     *
     * @param participant the participant
     * @param now         the current instant
     * @return true when a delivery was pending
     */
    public boolean cancel(Pseudonym participant, Instant now) {
        if (pending.remove(participant) == null) {
            return false;
        }
        writer.accept(JournalEvent.about(participant, now, CANCELLED, write()));
        return true;
    }

    /**
     * Hands a due delivery over to be run; it is no longer pending afterwards.
     *
     * @param delivery the delivery, as returned by {@link #due} or {@link #pending}
     * @param now      the current instant
     * @return true when it was still pending and is now handed over; false when it was handed
     *         over or cancelled already (so it must not run)
     */
    public boolean handOver(ScheduledDelivery delivery, Instant now) {
        if (!delivery.equals(pending.get(delivery.participant()))) {
            return false;
        }
        pending.remove(delivery.participant());
        writer.accept(JournalEvent.about(
                delivery.participant(),
                now,
                HANDED_OVER,
                write("block", delivery.block().value(), "at", delivery.at().toString())));
        return true;
    }

    /** The participant's pending delivery, if any. */
    public Optional<ScheduledDelivery> pending(Pseudonym participant) {
        return Optional.ofNullable(pending.get(participant));
    }

    /**
     * Every pending delivery due at or before {@code now}, earliest first.
     *
     * @param now the current instant
     * @return the due deliveries; still pending until handed over
     */
    public List<ScheduledDelivery> due(Instant now) {
        List<ScheduledDelivery> due = new ArrayList<>();
        for (ScheduledDelivery delivery : pending.values()) {
            if (!delivery.at().isAfter(now)) {
                due.add(delivery);
            }
        }
        due.sort(Comparator.comparing(ScheduledDelivery::at).thenComparing(ScheduledDelivery::participant));
        return due;
    }

    /** How many deliveries are pending. */
    public int size() {
        return pending.size();
    }

    private static byte[] write(String... namesAndValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                generator.writeStringField(namesAndValues[i], namesAndValues[i + 1]);
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, String> read(byte[] bytes) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.put(name, parser.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a delivery event payload is not a JSON object", e);
        }
        return fields;
    }
}
