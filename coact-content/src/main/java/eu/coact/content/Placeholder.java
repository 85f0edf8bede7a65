package eu.coact.content;

import eu.coact.core.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What fills a {@code {name}} placeholder in a message text: an earlier answer as it is, or a
 * text chosen by the answer's value from a value map. Never code or expressions.
 */
public sealed interface Placeholder permits Placeholder.Answer, Placeholder.ValueMap {

    /** The answer variable the placeholder is filled from. */
    String variable();

    /**
     * The earlier answer itself, e.g. a time the participant typed.
     *
     * @param variable the answer variable
     */
    record Answer(String variable) implements Placeholder {
        /** Checks presence. */
        public Answer {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * A text per answer value, e.g. gender {@code m} → "you are a man".
     *
     * @param variable  the answer variable
     * @param cases     answer value to text
     * @param otherwise the text for any other value (including no answer), if given
     */
    record ValueMap(String variable, Map<String, LocalizedText> cases, Optional<LocalizedText> otherwise)
            implements Placeholder {
        /** Copies the cases, keeping their order. */
        public ValueMap {
            Objects.requireNonNull(variable, "variable");
            cases = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(cases, "cases")));
            Objects.requireNonNull(otherwise, "otherwise");
        }

        /** The text for an answer value, falling back to {@code otherwise}. */
        public Optional<LocalizedText> textFor(String value) {
            LocalizedText text = cases.get(value);
            return text != null ? Optional.of(text) : otherwise;
        }
    }
}
