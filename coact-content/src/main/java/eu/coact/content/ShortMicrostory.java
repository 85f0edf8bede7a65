package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A microstory in the short authoring form: only what belongs to this story (its text, teller,
 * social environment, themes, warnings, illustration and, for a dilemma, its own answers). The
 * questions, the confirm-and-retry construct, introduction and thanks come from the study's
 * {@link MicrostoryPattern}, so that they are written once for all stories.
 *
 * <pre>
 * microstory:
 *   id: lift-between-floors
 *   kind: C                     # C share an experience, T find solutions together
 *   environment: close          # close, professional-institutional, society
 *   teller: co-researcher, woman in her forties
 *   text: {en: "...", es: "..."}
 * </pre>
 *
 * @param id           the block id
 * @param kind         {@link BlockKind#SHARE_EXPERIENCE} ("C") or {@link BlockKind#FIND_SOLUTIONS} ("T")
 * @param teller       the teller as a pseudonym or role
 * @param environment  the social environment
 * @param themes       themes such as {@code stigma}, in written order
 * @param text         the story in every language of the study
 * @param illustration an image shown with the story, if any
 * @param options      the story's own answers, for the pattern's questions that take them
 * @param warnings     content warnings shown before the story
 * @param authorship   who wrote it
 */
public record ShortMicrostory(
        BlockId id,
        BlockKind kind,
        String teller,
        SocialEnvironment environment,
        Set<String> themes,
        LocalizedText text,
        Optional<Image> illustration,
        List<Option> options,
        Set<ContentWarning> warnings,
        Authorship authorship) {

    /** The id of the help note added after a story with content warnings. */
    public static final MessageId HELP_NOTE = MessageId.of("help");

    /** Checks presence, copies collections, and refuses kinds that are not microstories. */
    public ShortMicrostory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!kind.isMicrostory()) {
            throw new IllegalArgumentException(
                    "a microstory is share-experience or find-solutions, not " + kind.code());
        }
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(environment, "environment");
        themes = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(illustration, "illustration");
        options = List.copyOf(options);
        warnings = warnings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(warnings));
        Objects.requireNonNull(authorship, "authorship");
    }

    /** The short code of a kind as written in the short form: {@code C} or {@code T}. */
    public static String kindCode(BlockKind kind) {
        return kind == BlockKind.FIND_SOLUTIONS ? "T" : "C";
    }

    /**
     * The full microstory: this story with the pattern's introduction, questions and thanks.
     *
     * @throws IllegalArgumentException when the pattern has no template for this story's kind
     */
    public Microstory toMicrostory(MicrostoryPattern pattern) {
        StoryTemplate template = pattern.template(kind)
                .orElseThrow(() -> new IllegalArgumentException(
                        "the study's microstory pattern has no questions for " + kind.code() + " stories"));
        Sensitivity sensitivity = warnings.isEmpty()
                ? Sensitivity.none()
                : pattern.helpNote().isPresent()
                        ? Sensitivity.warning(warnings, HELP_NOTE)
                        : new Sensitivity(warnings, Optional.empty());
        return new Microstory(
                id,
                kind,
                pattern.languages(),
                teller,
                template.introduction(),
                text,
                illustration,
                environment,
                themes,
                template.questions().stream().map(q -> q.forStory(options)).toList(),
                template.thanks(),
                authorship,
                sensitivity);
    }

    /**
     * The content block this story stands for: the expanded microstory, and after its thanks the
     * pattern's help note when the story carries content warnings.
     *
     * @throws IllegalArgumentException when the pattern has no template for this story's kind
     */
    public ContentBlock toBlock(MicrostoryPattern pattern) {
        Microstory story = toMicrostory(pattern);
        ContentBlock block = story.toBlock(pattern.confirmAndRetry());
        if (story.sensitivity().helpNote().isEmpty() || pattern.helpNote().isEmpty()) {
            return block;
        }
        MessageId thanks = MessageId.of("thanks");
        Map<MessageId, Message> messages = new LinkedHashMap<>(block.messages());
        messages.put(thanks, Information.of(thanks, story.thanks(), Next.goTo(HELP_NOTE)));
        messages.put(HELP_NOTE, Information.of(HELP_NOTE, pattern.helpNote().get(), Next.end()));
        return block.withMessages(messages);
    }
}
