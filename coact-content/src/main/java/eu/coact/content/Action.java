package eu.coact.content;

import eu.coact.core.DocumentId;
import eu.coact.core.PurposeId;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named, typed side effect that the engine executes when a message has been answered (or
 * shown, for messages without an answer). Content never contains code: these are the only
 * effects a block can have.
 */
public sealed interface Action
        permits Action.RecordConsent,
                ReadsAnswer,
                Action.Pause,
                Action.Resume,
                Action.Withdraw,
                Action.NextBlockAtOnce {

    /** The action names used in files, in the order they are documented. */
    List<String> NAMES = ActionNames.IN_ORDER;

    /** The name used in files, e.g. {@code record-consent}. */
    default String name() {
        return ActionNames.of(this);
    }

    /** The answer variable this action reads, if any. */
    default Optional<String> reads() {
        return Optional.empty();
    }

    /** Whether a participant gave or refused consent. */
    enum ConsentDecision {
        /** Consent given: the participant becomes active. */
        GIVEN,
        /** Consent refused. */
        REFUSED;

        /** The name used in files. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The decision written as {@code code} in a file, if there is one. */
        public static Optional<ConsentDecision> fromCode(String code) {
            return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
        }
    }

    /**
     * Records the participant's consent decision. With a consent ledger, a decision names the
     * consent document it answers and, when given, the purposes it grants; a second decision
     * given for the same document grants further optional purposes (or, refused, revokes them).
     *
     * @param decision given or refused
     * @param document the consent document the decision answers; empty: the study's only one
     * @param grants   the purposes this decision grants (given) or revokes (refused); empty
     *                 when given: the document's mandatory purposes
     */
    record RecordConsent(ConsentDecision decision, Optional<DocumentId> document, List<PurposeId> grants)
            implements Action {
        /** Checks presence and copies the purposes. */
        public RecordConsent {
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(document, "document");
            grants = List.copyOf(grants);
            if (Set.copyOf(grants).size() != grants.size()) {
                throw new IllegalArgumentException("a consent decision names each purpose once");
            }
        }

        /**
         * A decision about the study's only consent document, granting its mandatory purposes.
         *
         * @param decision given or refused
         */
        public RecordConsent(ConsentDecision decision) {
            this(decision, Optional.empty(), List.of());
        }
    }

    /**
     * Stores an answer in the participant's profile.
     *
     * @param field    the profile field, e.g. {@code gender}
     * @param variable the answer variable whose value is stored
     */
    record SetProfileField(
            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String field,

            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String variable)
            implements ReadsAnswer {
        /** Checks presence. */
        public SetProfileField {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * Changes the delivery frequency to the one chosen in an answer (a value such as {@code 2/day}).
     *
     * @param variable the answer variable holding the frequency
     */
    record ChangeFrequency(
            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String variable) implements ReadsAnswer {
        /** Checks presence. */
        public ChangeFrequency {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * Sets the participant's time zone from an answer (an IANA zone id or a local time).
     *
     * @param variable the answer variable holding the zone or local time
     */
    record SetTimeZone(
            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String variable) implements ReadsAnswer {
        /** Checks presence. */
        public SetTimeZone {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * Sets the participant's language from an answer (a language tag of the study, such as {@code ca}).
     *
     * @param variable the answer variable holding the language tag
     */
    record SetLanguage(
            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String variable) implements ReadsAnswer {
        /** Checks presence. */
        public SetLanguage {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * Sets the time of day deliveries come at from an answer: {@code morning}, {@code midday},
     * {@code evening}, {@code any}, or hours written {@code 08:00-12:00}.
     *
     * @param variable the answer variable holding the time of day
     */
    record SetTimeOfDay(
            @Pattern(regexp = VariableName.PATTERN, message = VariableName.RULE)
            String variable) implements ReadsAnswer {
        /** Checks presence. */
        public SetTimeOfDay {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /** Pauses deliveries to the participant until they resume. */
    record Pause() implements Action {}

    /** Resumes deliveries after a pause. */
    record Resume() implements Action {}

    /** The participant leaves the study (withdrawal). */
    record Withdraw() implements Action {}

    /**
     * Declares that the block after this one follows at once when this block ends, instead of
     * waiting for the participant's next delivery slot: for onboarding (welcome, then training,
     * then the profile questionnaire). It is a property of the whole block, wherever it is written.
     */
    record NextBlockAtOnce() implements Action {}
}
