package eu.coact.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who caused a transition: the participant themself, a researcher of the study, or the system. */
public enum Actor {
    /** The participant, through a channel they use. */
    PARTICIPANT,
    /** A member of the research team, e.g. acting on a request received by post. */
    RESEARCHER,
    /** The software, e.g. a scheduled re-consent campaign. */
    SYSTEM;

    private static final Map<String, Actor> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Actor::code, Function.identity()));

    private final String code;

    Actor() {
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** The lower-case name used in the ledger and in receipts. */
    public String code() {
        return code;
    }

    /**
     * The actor written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the actor, or empty if the code names none
     */
    public static Optional<Actor> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
