package eu.coact.content;

import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The study's one definition of how microstories are asked, from the {@code microstories:}
 * section of {@code study.yaml}: per story kind the introduction, questions and thanks; the
 * confirm-and-retry construct with its final-answer rule; and the help note that follows
 * sensitive stories. Every story written in the short form is expanded with it, so the
 * questions are written once, not copied per story.
 *
 * @param languages       the study's languages, which every text of the pattern and of each story covers
 * @param kinds           the template per microstory kind (share-experience, find-solutions)
 * @param confirmAndRetry how each answer is confirmed and retried, and which attempt counts
 * @param helpNote        the help resources shown after a story with content warnings, if the study has them
 */
public record MicrostoryPattern(
        List<Language> languages,
        Map<BlockKind, StoryTemplate> kinds,
        ConfirmAndRetry confirmAndRetry,
        Optional<LocalizedText> helpNote) {

    /** Checks presence, copies the map, and refuses kinds that are not microstories. */
    public MicrostoryPattern {
        languages = List.copyOf(languages);
        Objects.requireNonNull(kinds, "kinds");
        kinds.keySet().forEach(kind -> {
            if (!kind.isMicrostory()) {
                throw new IllegalArgumentException(
                        "a microstory pattern is for share-experience or find-solutions, " + "not " + kind.code());
            }
        });
        kinds = kinds.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kinds));
        Objects.requireNonNull(confirmAndRetry, "confirmAndRetry");
        Objects.requireNonNull(helpNote, "helpNote");
    }

    /** The template for stories of this kind, if the study declares one. */
    public Optional<StoryTemplate> template(BlockKind kind) {
        return Optional.ofNullable(kinds.get(kind));
    }
}
