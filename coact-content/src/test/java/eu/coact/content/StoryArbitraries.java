package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated microstory patterns and short-form stories that fit them. */
public final class StoryArbitraries {

    private StoryArbitraries() {}

    /** A pattern in the given languages with one or both story kinds. */
    public static Arbitrary<MicrostoryPattern> patterns(List<Language> languages) {
        Arbitrary<Map<BlockKind, StoryTemplate>> kinds = Combinators.combine(
                        templates(languages, false).optional(),
                        templates(languages, true).optional())
                .as((c, t) -> {
                    Map<BlockKind, StoryTemplate> map = new EnumMap<>(BlockKind.class);
                    c.ifPresent(x -> map.put(BlockKind.SHARE_EXPERIENCE, x));
                    t.ifPresent(x -> map.put(BlockKind.FIND_SOLUTIONS, x));
                    return map;
                })
                .filter(map -> !map.isEmpty());
        Arbitrary<ConfirmAndRetry> confirm = Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        ContentArbitraries.localized(languages),
                        ContentArbitraries.options(languages).filter(o -> o.size() >= 2),
                        ContentArbitraries.localized(languages),
                        Arbitraries.of(FinalAnswer.class))
                .as((attempts, text, buttons, saved, rule) ->
                        new ConfirmAndRetry(attempts, text, buttons.get(0), buttons.get(1), saved, rule));
        return Combinators.combine(
                        kinds, confirm, ContentArbitraries.localized(languages).optional())
                .as((k, c, help) -> new MicrostoryPattern(languages, k, c, help));
    }

    private static Arbitrary<StoryTemplate> templates(List<Language> languages, boolean storyOptions) {
        Arbitrary<List<PatternQuestion>> questions = Combinators.combine(
                        ContentArbitraries.variables().filter(v -> !v.startsWith("v_")),
                        ContentArbitraries.localized(languages),
                        ContentArbitraries.options(languages),
                        Arbitraries.of(true, false))
                .as((variable, text, options, shared) -> storyOptions && shared
                        ? new PatternQuestion(variable, text, List.of(Option.missing("nvr_shared", text)), true)
                        : new PatternQuestion(variable, text, options, false))
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .uniqueElements(PatternQuestion::variable)
                // Attempt ids of one question must not be confirmation ids of another (v_x_1).
                .filter(list -> list.stream().noneMatch(q -> q.variable().startsWith("v_")));
        return Combinators.combine(
                        ContentArbitraries.localized(languages), questions, ContentArbitraries.localized(languages))
                .as(StoryTemplate::new);
    }

    /** A short-form story that the pattern can expand. */
    public static Arbitrary<ShortMicrostory> stories(MicrostoryPattern pattern) {
        List<BlockKind> kinds = new ArrayList<>(pattern.kinds().keySet());
        List<Language> languages = pattern.languages();
        return Combinators.combine(
                        ContentArbitraries.names(),
                        Arbitraries.of(kinds),
                        ContentArbitraries.texts(),
                        Arbitraries.of(SocialEnvironment.class),
                        ContentArbitraries.names().set().ofMaxSize(3),
                        ContentArbitraries.localized(languages),
                        Combinators.combine(
                                        ContentArbitraries.names().map(n -> n + ".png"),
                                        ContentArbitraries.localized(languages))
                                .as((file, alt) -> new Image(sameIn(languages, file), alt))
                                .optional(),
                        ContentArbitraries.options(languages))
                .flatAs((id, kind, teller, environment, themes, text, image, options) -> Combinators.combine(
                                Arbitraries.of(ContentWarning.class).set().ofMaxSize(2),
                                ContentArbitraries.authorship())
                        .as((warnings, authorship) -> {
                            boolean takes = pattern.template(kind).orElseThrow().takesStoryOptions();
                            Set<ContentWarning> fitting = pattern.helpNote().isPresent()
                                    ? warnings
                                    : warnings.stream()
                                            .filter(w -> !w.needsHelpNote())
                                            .collect(java.util.stream.Collectors.toSet());
                            return new ShortMicrostory(
                                    BlockId.of(id),
                                    kind,
                                    teller,
                                    environment,
                                    themes,
                                    text,
                                    image,
                                    takes
                                            ? options.stream()
                                                    .filter(o -> !o.value().equals("nvr_shared"))
                                                    .toList()
                                            : List.of(),
                                    fitting,
                                    authorship);
                        }))
                .filter(s -> !s.options().isEmpty()
                        || !pattern.template(s.kind()).orElseThrow().takesStoryOptions())
                .withoutEdgeCases();
    }

    private static eu.coact.core.LocalizedText sameIn(List<Language> languages, String text) {
        Map<Language, String> texts = new java.util.LinkedHashMap<>();
        languages.forEach(l -> texts.put(l, text));
        return eu.coact.core.LocalizedText.of(texts);
    }

    /**
     * Studies of one to four short-form stories with their generated pattern; the stories stand
     * in for the system blocks, since what is generated here is the short form.
     */
    public static Arbitrary<Study> studies() {
        return ContentArbitraries.languages()
                .flatMap(StoryArbitraries::patterns)
                .flatMap(pattern -> stories(pattern)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(4)
                        .uniqueElements(s -> s.id().value().toLowerCase(java.util.Locale.ROOT))
                        .map(stories -> study(pattern, stories)))
                .withoutEdgeCases();
    }

    private static Study study(MicrostoryPattern pattern, List<ShortMicrostory> stories) {
        Map<BlockId, ContentBlock> blocks = new java.util.LinkedHashMap<>();
        Map<BlockId, ShortMicrostory> shortStories = new java.util.LinkedHashMap<>();
        for (ShortMicrostory story : stories) {
            blocks.put(story.id(), story.toBlock(pattern));
            shortStories.put(story.id(), story);
        }
        Map<SystemRole, BlockId> system = new EnumMap<>(SystemRole.class);
        for (SystemRole role : List.of(SystemRole.WELCOME, SystemRole.PAUSE, SystemRole.RESUME)) {
            system.put(role, stories.get(0).id());
        }
        StudyPlan plan = new StudyPlan(
                eu.coact.core.StudyId.of("generated"),
                pattern.languages(),
                stories.stream().map(ShortMicrostory::id).toList(),
                system,
                Frequency.daily(),
                Set.of(Frequency.daily()));
        return new Study(plan, blocks, java.util.Optional.of(pattern), shortStories);
    }

    /** The file names of a story's illustration, which a study folder must hold. */
    public static List<String> mediaFiles(ShortMicrostory story) {
        return story.illustration()
                .map(i -> List.copyOf(i.file().asMap().values()))
                .orElse(List.of());
    }
}
