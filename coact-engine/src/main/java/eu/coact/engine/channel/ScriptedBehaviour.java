package eu.coact.engine.channel;

import eu.coact.core.Language;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the scripted participants of a {@link SimulatedChannel} behave. Immutable; start from
 * {@link #standard()} and replace parts.
 *
 * @param fastest       the shortest time before a reply
 * @param slowest       the longest time before a reply
 * @param answerWeights how likely each button value is chosen (values not listed weigh 1)
 * @param typeLabel     the chance of typing a button's label instead of pressing it
 * @param typedAnswers  what to type when a message with this id (and no buttons) arrives
 * @param pause         the chance, per question, of pausing instead of answering
 * @param pauseLength   how long a pause lasts before the participant resumes
 * @param withdraw      the chance, per question, of leaving the study
 * @param erase         the chance that someone who leaves also erases their answers
 * @param languages     how likely each language is chosen on joining (empty: keep the default)
 */
public record ScriptedBehaviour(
        Duration fastest,
        Duration slowest,
        Map<String, Integer> answerWeights,
        double typeLabel,
        Map<String, String> typedAnswers,
        double pause,
        Duration pauseLength,
        double withdraw,
        double erase,
        Map<Language, Integer> languages) {

    /** Checks the values and copies the maps. */
    public ScriptedBehaviour {
        Objects.requireNonNull(fastest, "fastest");
        Objects.requireNonNull(slowest, "slowest");
        if (fastest.isNegative() || slowest.compareTo(fastest) < 0) {
            throw new IllegalArgumentException("reply delays are not negative and the slowest is at least the fastest");
        }
        answerWeights = Collections.unmodifiableMap(new LinkedHashMap<>(answerWeights));
        typedAnswers = Collections.unmodifiableMap(new LinkedHashMap<>(typedAnswers));
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        Objects.requireNonNull(pauseLength, "pauseLength");
        for (double chance : new double[] {typeLabel, pause, withdraw, erase}) {
            if (chance < 0 || chance > 1) {
                throw new IllegalArgumentException("a chance is between 0 and 1");
            }
        }
    }

    /** Replies within 10 seconds to 10 minutes, buttons pressed evenly, nobody pauses or leaves. */
    public static ScriptedBehaviour standard() {
        return new ScriptedBehaviour(
                Duration.ofSeconds(10),
                Duration.ofMinutes(10),
                Map.of(),
                0,
                Map.of(),
                0,
                Duration.ofDays(2),
                0,
                0,
                Map.of());
    }

    /** With other reply delays. */
    public ScriptedBehaviour withDelays(Duration newFastest, Duration newSlowest) {
        return new ScriptedBehaviour(
                newFastest,
                newSlowest,
                answerWeights,
                typeLabel,
                typedAnswers,
                pause,
                pauseLength,
                withdraw,
                erase,
                languages);
    }

    /** With weights for button values, and a chance of typing labels instead of pressing. */
    public ScriptedBehaviour withAnswers(Map<String, Integer> weights, double typeLabelChance) {
        return new ScriptedBehaviour(
                fastest,
                slowest,
                weights,
                typeLabelChance,
                typedAnswers,
                pause,
                pauseLength,
                withdraw,
                erase,
                languages);
    }

    /** With a text typed whenever the message with this id arrives. */
    public ScriptedBehaviour withTypedAnswer(String messageId, String text) {
        Map<String, String> copy = new LinkedHashMap<>(typedAnswers);
        copy.put(messageId, text);
        return new ScriptedBehaviour(
                fastest, slowest, answerWeights, typeLabel, copy, pause, pauseLength, withdraw, erase, languages);
    }

    /** With pauses: their chance per question and their length. */
    public ScriptedBehaviour withPauses(double chance, Duration length) {
        return new ScriptedBehaviour(
                fastest, slowest, answerWeights, typeLabel, typedAnswers, chance, length, withdraw, erase, languages);
    }

    /** With withdrawals: their chance per question, and the chance of erasing too. */
    public ScriptedBehaviour withWithdrawals(double chance, double eraseChance) {
        return new ScriptedBehaviour(
                fastest,
                slowest,
                answerWeights,
                typeLabel,
                typedAnswers,
                pause,
                pauseLength,
                chance,
                eraseChance,
                languages);
    }

    /** With language choices on joining, by weight. */
    public ScriptedBehaviour withLanguages(Map<Language, Integer> weights) {
        return new ScriptedBehaviour(
                fastest, slowest, answerWeights, typeLabel, typedAnswers, pause, pauseLength, withdraw, erase, weights);
    }
}
