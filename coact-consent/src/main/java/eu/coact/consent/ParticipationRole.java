package eu.coact.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private static final Map<String, ParticipationRole> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ParticipationRole::code, Function.identity()));

    private final String code;

    ParticipationRole() {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kebab-case name written in consent documents, e.g. {@code citizen-scientist}. */
    public String code() {
        return code;
    }

    /**
     * The role written as {@code code}.
     *
     * @param code a code as returned by {@link #code()}
     * @return the role, or empty if the code names none
     */
    public static Optional<ParticipationRole> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
