package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A short first-person story of lived experience with its questions, as a co-researcher
 * writes it. {@link #toBlock(ConfirmAndRetry)} turns it into a content block, applying the
 * study's one confirm-and-retry construct to every question instead of copying it per story.
 *
 * @param id           the block id
 * @param kind         {@link BlockKind#SHARE_EXPERIENCE} ("C") or {@link BlockKind#FIND_SOLUTIONS} ("T")
 * @param languages    the declared languages
 * @param teller       the teller as a pseudonym or role
 * @param introduction who tells the story, per language, e.g. "Pau wants to share an experience."
 * @param text         the story per language
 * @param illustration an image shown with the story, if any
 * @param environment  the social environment
 * @param themes       themes such as {@code stigma}
 * @param questions    the questions, in order
 * @param thanks       the closing message
 * @param authorship   who wrote it
 * @param sensitivity  content warnings
 */
public record Microstory(
        BlockId id,
        BlockKind kind,
        List<Language> languages,
        String teller,
        LocalizedText introduction,
        LocalizedText text,
        Optional<Image> illustration,
        SocialEnvironment environment,
        Set<String> themes,
        List<StoryQuestion> questions,
        LocalizedText thanks,
        Authorship authorship,
        Sensitivity sensitivity) {

    /** Checks presence, copies collections, and refuses kinds that are not microstories. */
    public Microstory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!kind.isMicrostory()) {
            throw new IllegalArgumentException(
                    "a microstory is share-experience or find-solutions, not " + kind.code());
        }
        languages = List.copyOf(languages);
        Objects.requireNonNull(teller, "teller");
        Objects.requireNonNull(introduction, "introduction");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(illustration, "illustration");
        Objects.requireNonNull(environment, "environment");
        themes = Set.copyOf(themes);
        questions = List.copyOf(questions);
        Objects.requireNonNull(thanks, "thanks");
        Objects.requireNonNull(authorship, "authorship");
        Objects.requireNonNull(sensitivity, "sensitivity");
    }

    /**
     * The content block: introduction, story, then per question its attempts with
     * confirmations, then thanks. Message ids follow the original convention: attempt
     * {@code yo_2}, confirmation {@code v_yo_2}, saved note {@code s_yo}.
     *
     * @param pattern the study's confirm-and-retry construct
     * @return the block, with {@link Story} details naming each question's attempts
     */
    public ContentBlock toBlock(ConfirmAndRetry pattern) {
        List<Message> messages = new ArrayList<>();
        MessageId storyId = Story.STORY_MESSAGE;
        MessageId thanksId = MessageId.of("thanks");
        List<MessageId> starts = new ArrayList<>();
        for (StoryQuestion q : questions) {
            starts.add(MessageId.of(pattern.attemptVariable(q.variable(), 1)));
        }
        starts.add(thanksId);
        messages.add(Information.of(MessageId.of("intro"), introduction, Next.goTo(storyId)));
        Next afterStory = Next.goTo(starts.get(0));
        messages.add(illustration
                .<Message>map(image -> new Media(
                        storyId,
                        MediaKind.IMAGE,
                        image.file(),
                        image.alt(),
                        text,
                        Pacing.standard(),
                        afterStory,
                        List.of(),
                        Map.of()))
                .orElseGet(() -> Information.of(storyId, text, afterStory)));
        List<AttemptedQuestion> attempted = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            StoryQuestion q = questions.get(i);
            MessageId following = starts.get(i + 1);
            List<String> attempts = new ArrayList<>();
            for (int attempt = 1; attempt <= pattern.attempts(); attempt++) {
                String variable = pattern.attemptVariable(q.variable(), attempt);
                attempts.add(variable);
                boolean last = attempt == pattern.attempts();
                MessageId after = last
                        ? MessageId.of("s_" + q.variable())
                        : MessageId.of(pattern.confirmVariable(q.variable(), attempt));
                messages.add(
                        SingleChoice.of(MessageId.of(variable), q.question(), variable, q.options(), Next.goTo(after)));
                if (last) {
                    messages.add(Information.of(after, pattern.saved(), Next.goTo(following)));
                } else {
                    Map<String, MessageId> cases = new LinkedHashMap<>();
                    cases.put(pattern.yes().value(), following);
                    cases.put(pattern.no().value(), MessageId.of(pattern.attemptVariable(q.variable(), attempt + 1)));
                    messages.add(SingleChoice.of(
                            after,
                            pattern.confirm(),
                            after.value(),
                            List.of(pattern.yes(), pattern.no()),
                            Next.onAnswer(cases, Optional.empty())));
                }
            }
            attempted.add(new AttemptedQuestion(q.variable(), attempts, pattern.rule()));
        }
        messages.add(Information.of(thanksId, thanks, Next.end()));
        ContentBlock plain = ContentBlock.of(id, kind, languages, messages, authorship);
        return new ContentBlock(
                id,
                kind,
                languages,
                plain.entry(),
                plain.messages(),
                authorship,
                sensitivity,
                Optional.empty(),
                Optional.of(new Story(teller, environment, themes, attempted)));
    }
}
