package eu.coact.consent;

import java.util.Locale;
import java.util.Optional;

/** Who caused a transition: the participant themself, a researcher of the study, or the system. */
public enum Actor {
    /** The participant, through a channel they use. */
    PARTICIPANT,
    /** A member of the research team, e.g. acting on a request received by post. */
    RESEARCHER,
    /** The software, e.g. a scheduled re-consent campaign. */
    SYSTEM;

    /** The lower-case name used in the ledger and in receipts. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The actor written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the actor, or empty if the code names none
     */
    public static Optional<Actor> fromCode(String code) {
        for (Actor actor : values()) {
            if (actor.code().equals(code)) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }
}
