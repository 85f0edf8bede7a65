package eu.coact.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a content block is for, as written in a block file ({@code kind: share-experience}). */
public enum BlockKind {
    /** A microstory that asks "have you had the same experience?" (original code C). */
    SHARE_EXPERIENCE,
    /** A microstory with a dilemma: "what would you do?" (original code T). */
    FIND_SOLUTIONS,
    /** A questionnaire, such as the socio-demographic profile. */
    QUESTIONNAIRE,
    /** An information or thank-you text. */
    INFORMATION,
    /** Training for citizen scientists. */
    TRAINING,
    /** A message marking a participant's progress. */
    ENGAGEMENT_MILESTONE,
    /** A settings or system dialogue: welcome and consent, language, frequency, pause, resume, leaving. */
    SYSTEM;

    /** The name used in files, e.g. {@code share-experience}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind written as {@code code} in a file, if there is one. */
    public static Optional<BlockKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** True for the two microstory kinds. */
    public boolean isMicrostory() {
        return this == SHARE_EXPERIENCE || this == FIND_SOLUTIONS;
    }
}
