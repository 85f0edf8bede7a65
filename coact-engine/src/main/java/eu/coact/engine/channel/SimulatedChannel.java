package eu.coact.engine.channel;

import eu.coact.anonymise.ChannelIdentity;
import eu.coact.core.Language;
import eu.coact.core.Pseudonym;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A channel of N scripted participants in virtual time, for tests, benchmarks and demos. Each
 * participant has a channel identity that is turned into a pseudonym at this boundary, replies
 * to questions after a random delay following a {@link ScriptedBehaviour}, and may pause,
 * resume, leave or choose a language, with the commands' slash codes ({@code /pause}), which
 * work in every language. Deterministic for a given seed.
 *
 * <p>The channel does not read a clock: its driver says what time it is with {@link #at(Instant)}
 * before handing control to the engine, and collects {@link #repliesDue(Instant)}.
 */
public final class SimulatedChannel implements Channel {

    private final ScriptedBehaviour behaviour;
    private final Map<Pseudonym, Scripted> byPseudonym;
    private final List<Pseudonym> pseudonyms;
    private final PriorityQueue<Pending> replies = new PriorityQueue<>();
    private final SplittableRandom random;
    private Instant now = Instant.EPOCH;
    private long delivered;
    private long sequence;

    private SimulatedChannel(int participants, ScriptedBehaviour behaviour, ChannelPseudonyms boundary, long seed) {
        this.behaviour = behaviour;
        this.random = new SplittableRandom(seed);
        this.byPseudonym = new HashMap<>(participants * 2);
        List<Pseudonym> list = new ArrayList<>(participants);
        for (int i = 0; i < participants; i++) {
            Pseudonym pseudonym = boundary.pseudonymOf(ChannelIdentity.of("simulation", "participant " + i));
            byPseudonym.put(pseudonym, new Scripted());
            list.add(pseudonym);
        }
        this.pseudonyms = List.copyOf(list);
    }

    /**
     * A simulation of {@code participants} people.
     *
     * @param participants how many
     * @param behaviour    how they behave
     * @param boundary     turns their channel identities into pseudonyms
     * @param seed         the seed of every random choice
     * @return the channel
     */
    public static SimulatedChannel of(
            int participants, ScriptedBehaviour behaviour, ChannelPseudonyms boundary, long seed) {
        if (participants < 0) {
            throw new IllegalArgumentException("the number of participants cannot be negative");
        }
        return new SimulatedChannel(
                participants,
                Objects.requireNonNull(behaviour, "behaviour"),
                Objects.requireNonNull(boundary, "boundary"),
                seed);
    }

    /**
     * Everyone writes to the bot for the first time, spread evenly over a stretch of time, and
     * those who choose a language ask for it right after.
     *
     * @param start  when the first writes
     * @param spread over how long the others follow
     */
    public void joinAll(Instant start, Duration spread) {
        long step = pseudonyms.isEmpty() ? 0 : spread.toMillis() / pseudonyms.size();
        for (int i = 0; i < pseudonyms.size(); i++) {
            Instant at = start.plusMillis(step * i);
            Pseudonym p = pseudonyms.get(i);
            queue(at, Inbound.typed(p, "hello", at));
            Optional<Language> language = pickLanguage();
            if (language.isPresent()) {
                Instant later = at.plusMillis(1);
                queue(later, Inbound.typed(p, "/language " + language.get().tag(), later));
            }
        }
    }

    /** Sets the virtual time at which the next deliveries happen. */
    public void at(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public Delivery deliver(Envelope envelope) {
        Scripted who = byPseudonym.get(envelope.to());
        if (who == null) {
            return Delivery.blocked();
        }
        delivered++;
        who.received++;
        if (who.left) {
            who.afterLeaving++;
            return Delivery.delivered();
        }
        Pseudonym p = envelope.to();
        String reference = envelope.origin().reference();
        List<Button> buttons = envelope.message().buttons();
        if (envelope.origin().kind() == ContentKind.FAREWELL) {
            who.left = true;
            return Delivery.delivered();
        }
        if (reference.equals("system withdraw_question")) {
            reply(p, Inbound.press(p, envelope.question(), "yes", later()));
        } else if (reference.equals("system erase_question")) {
            reply(
                    p,
                    Inbound.press(
                            p, envelope.question(), random.nextDouble() < behaviour.erase() ? "yes" : "no", later()));
        } else if (!buttons.isEmpty()) {
            answer(p, who, envelope.question(), buttons);
        } else {
            int space = reference.lastIndexOf(' ');
            String typed = behaviour.typedAnswers().get(reference.substring(space + 1));
            if (typed != null && reference.startsWith("block ")) {
                reply(p, Inbound.typed(p, typed, later()));
            }
        }
        return Delivery.delivered();
    }

    private void answer(Pseudonym p, Scripted who, String question, List<Button> buttons) {
        if (random.nextDouble() < behaviour.withdraw()) {
            reply(p, Inbound.typed(p, "/withdraw", later()));
            return;
        }
        if (random.nextDouble() < behaviour.pause()) {
            Instant pauseAt = later();
            reply(p, Inbound.typed(p, "/pause", pauseAt));
            Instant resumeAt = pauseAt.plus(behaviour.pauseLength());
            reply(p, Inbound.typed(p, "/resume", resumeAt));
            who.pauses++;
            return;
        }
        Button chosen = pickButton(buttons);
        Instant at = later();
        reply(
                p,
                random.nextDouble() < behaviour.typeLabel()
                        ? Inbound.typed(p, chosen.label(), at)
                        : Inbound.press(p, question, chosen.value(), at));
    }

    private Button pickButton(List<Button> buttons) {
        int total = 0;
        for (Button button : buttons) {
            total += behaviour.answerWeights().getOrDefault(button.value(), 1);
        }
        if (total <= 0) {
            return buttons.get(0);
        }
        int roll = random.nextInt(total);
        for (Button button : buttons) {
            roll -= behaviour.answerWeights().getOrDefault(button.value(), 1);
            if (roll < 0) {
                return button;
            }
        }
        return buttons.get(buttons.size() - 1);
    }

    private Optional<Language> pickLanguage() {
        int total = behaviour.languages().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (total <= 0) {
            return Optional.empty();
        }
        int roll = random.nextInt(total);
        for (Map.Entry<Language, Integer> e : behaviour.languages().entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private Instant later() {
        long min = behaviour.fastest().toMillis();
        long max = behaviour.slowest().toMillis();
        return now.plusMillis(max > min ? min + random.nextLong(max - min + 1) : min);
    }

    private void reply(Pseudonym p, Inbound inbound) {
        queue(inbound.at(), inbound);
    }

    private void queue(Instant at, Inbound inbound) {
        replies.add(new Pending(at.toEpochMilli(), sequence++, inbound));
    }

    /** When the next scripted reply is due, if any. */
    public Optional<Instant> nextReplyAt() {
        return replies.isEmpty()
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(replies.peek().at()));
    }

    /**
     * Takes every reply due at or before {@code until}, in time order.
     *
     * @param until the current virtual time
     * @return the replies
     */
    public List<Inbound> repliesDue(Instant until) {
        long limit = until.toEpochMilli();
        List<Inbound> due = new ArrayList<>();
        while (!replies.isEmpty() && replies.peek().at() <= limit) {
            due.add(replies.poll().inbound());
        }
        return due;
    }

    /** The participants' pseudonyms, in the order they were created. */
    public List<Pseudonym> participants() {
        return pseudonyms;
    }

    /** How many messages were delivered in all. */
    public long delivered() {
        return delivered;
    }

    /**
     * What one participant experienced.
     *
     * @param participant the pseudonym
     * @return how many messages they received, how many after they left (must be none), how
     *         often they paused, and whether they left
     */
    public Experience experience(Pseudonym participant) {
        Scripted who = byPseudonym.get(participant);
        if (who == null) {
            throw new IllegalArgumentException("not a participant of this simulation");
        }
        return new Experience(who.received, who.afterLeaving, who.pauses, who.left);
    }

    /**
     * What one scripted participant experienced.
     *
     * @param received     messages received
     * @param afterLeaving messages received after the farewell (the engine must send none)
     * @param pauses       pauses they took
     * @param left         whether they left the study
     */
    public record Experience(long received, long afterLeaving, int pauses, boolean left) {}

    /** One scripted participant's memory. */
    private static final class Scripted {
        private long received;
        private long afterLeaving;
        private int pauses;
        private boolean left;
    }

    /** A reply waiting for its time; ties keep the order they were made in. */
    private record Pending(long at, long order, Inbound inbound) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
