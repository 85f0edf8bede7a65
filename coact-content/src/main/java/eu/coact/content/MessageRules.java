package eu.coact.content;

import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The checks every message's constructor makes on the parts messages share, so that each variant
 * states only what is its own.
 */
final class MessageRules {

    private MessageRules() {}

    /** A message has an id, a text (possibly empty, never absent), a pacing and a way on. */
    static void requireCommon(MessageId id, LocalizedText text, Pacing pacing, Next next) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pacing, "pacing");
        Objects.requireNonNull(next, "next");
    }

    /** A question names the variable its answer is stored under and what that answer can reveal. */
    static void requireQuestion(String variable, DisclosureRole disclosure) {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(disclosure, "disclosure");
    }

    /** The placeholder fillers, copied in the order they were written. */
    static Map<String, Placeholder> fills(Map<String, Placeholder> fills) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fills));
    }
}
