package eu.coact.content;

import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How sensitive a block is: the content warnings shown before it, and the message that gives
 * help resources afterwards when a topic needs one (suicide, self-harm).
 *
 * @param warnings the topics the block touches
 * @param helpNote the message of the block that gives help resources, if any
 */
public record Sensitivity(Set<ContentWarning> warnings, Optional<MessageId> helpNote) {

    private static final Sensitivity NONE = new Sensitivity(Set.of(), Optional.empty());

    /** Copies the set and checks presence. */
    public Sensitivity {
        Objects.requireNonNull(warnings, "warnings");
        warnings = warnings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(warnings));
        Objects.requireNonNull(helpNote, "helpNote");
    }

    /** A block that touches no sensitive topic. */
    public static Sensitivity none() {
        return NONE;
    }

    /** A block with these warnings and a help note message. */
    public static Sensitivity warning(Set<ContentWarning> warnings, MessageId helpNote) {
        return new Sensitivity(warnings, Optional.of(helpNote));
    }

    /** True when the block declares at least one warning. */
    public boolean isSensitive() {
        return !warnings.isEmpty();
    }

    /** True when one of the warnings requires a help note. */
    public boolean needsHelpNote() {
        return warnings.stream().anyMatch(ContentWarning::needsHelpNote);
    }
}
