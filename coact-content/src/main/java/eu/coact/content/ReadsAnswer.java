package eu.coact.content;

import java.util.Optional;

/**
 * An action that takes its value from one answer of the participant: it reads the answer
 * variable it names, and nothing else.
 */
sealed interface ReadsAnswer extends Action
        permits Action.SetProfileField,
                Action.ChangeFrequency,
                Action.SetTimeZone,
                Action.SetLanguage,
                Action.SetTimeOfDay {

    /** The answer variable the action reads. */
    String variable();

    @Override
    default Optional<String> reads() {
        return Optional.of(variable());
    }
}
