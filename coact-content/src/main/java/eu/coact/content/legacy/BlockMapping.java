package eu.coact.content.legacy;

import eu.coact.content.BlockKind;
import eu.coact.content.ContentWarning;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.SystemRole;
import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the mapping file says about one legacy block that its JSON does not: the settings role
 * it plays, its kind, and the story metadata analysis needs. Immutable; no component is null.
 *
 * @param role        the settings dialogue the block is (time zone, frequency, language, ...)
 * @param kind        the block's kind, when the legacy category is not the one to keep
 * @param teller      who tells the story, a pseudonym or a role
 * @param environment the social environment of the story
 * @param themes      themes such as {@code loneliness}
 * @param warnings    content warnings; they need a help note
 * @param helpNote    the message with help contacts shown after a sensitive story
 * @param values      answer values of the block's buttons to write another way, e.g. {@code mati} as
 *                    {@code morning}, the value a settings action understands
 * @param storyMessages the messages that tell the story, in order; empty when the mapping names
 *                    none, and then the text-bearing messages before the block's first question do
 */
public record BlockMapping(
        Optional<SystemRole> role,
        Optional<BlockKind> kind,
        Optional<String> teller,
        Optional<SocialEnvironment> environment,
        Set<String> themes,
        Set<ContentWarning> warnings,
        Optional<MessageId> helpNote,
        Map<String, String> values,
        List<MessageId> storyMessages) {

    private static final BlockMapping NONE = new BlockMapping(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            Set.of(),
            Optional.empty(),
            Map.of(),
            List.of());

    /** Checks presence and copies the sets, keeping their order. */
    public BlockMapping {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(environment, "environment");
        themes = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
        warnings = Collections.unmodifiableSet(new LinkedHashSet<>(warnings));
        Objects.requireNonNull(helpNote, "helpNote");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        storyMessages = List.copyOf(storyMessages);
    }

    /** Nothing said about the block. */
    public static BlockMapping none() {
        return NONE;
    }
}
