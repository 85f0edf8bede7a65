package eu.coact.consent;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways of taking part in a citizen-social-science study; each role has its own consent
 * documents and purposes.
 */
public enum ParticipationRole {
    /** A person with lived experience (or a relative) who co-designs the research and writes microstories. */
    CO_RESEARCHER,
    /** A representative of an institution who frames the research and acts on its results. */
    KNOWLEDGE_COALITION_MEMBER,
    /** Anyone who joins, consents and answers microstories. */
    CITIZEN_SCIENTIST;

    /** The kebab-case name written in consent documents, e.g. {@code citizen-scientist}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The role written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the role, or empty if the code names none
     */
    public static Optional<ParticipationRole> fromCode(String code) {
        for (ParticipationRole role : values()) {
            if (role.code().equals(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
