package eu.coact.content;

import eu.coact.core.BlockId;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.PurposeId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid content: blocks whose every message can reach the end, every text is
 * written in every declared language, and every placeholder and action has a source.
 */
public final class ContentArbitraries {

    private static final List<Language> LANGUAGES =
            List.of(Language.of("ca"), Language.of("es"), Language.of("en"), Language.of("de"), Language.of("en-GB"));

    private ContentArbitraries() {}

    /**
     * Non-blank texts in the content markup, with accents, quotes, YAML-significant characters and
     * line breaks: markup characters are escaped, and some texts are bold, italic or a link.
     */
    public static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plainTexts().map(FormattedText::escape)),
                net.jqwik.api.Tuple.of(
                        1,
                        plainTexts()
                                .map(FormattedText::escape)
                                .flatMap(t -> Arbitraries.of(
                                        "**" + t + "**",
                                        "_" + t + "_",
                                        "[" + t + "](https://example.org/a?b=1)",
                                        t + " **x** _y_"))),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                "true",
                                "No",
                                "yes",
                                "null",
                                "~",
                                "1.50",
                                "- x",
                                "#x",
                                "0x1F",
                                "2026-01-01",
                                "{}",
                                "\\[\\]",
                                "Sí")));
    }

    private static Arbitrary<String> plainTexts() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars(" .,:;!?'\"#-&*|>%@`¿¡áéíóúñçàèòüößŀ\n\t[]")
                .ofMinLength(1)
                .ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    /** Ids and values: letters (accented too), digits, '_' and '-'. */
    public static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, plainNames()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "No", "yes", "null", "1", "007", "1e3", "Sí", "Si")));
    }

    private static Arbitrary<String> plainNames() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars("_-áéíñç")
                .ofMinLength(1)
                .ofMaxLength(12);
    }

    /** Valid variable names. */
    public static Arbitrary<String> variables() {
        return Combinators.combine(Arbitraries.chars().range('a', 'z'), names()).as((first, rest) -> first + rest);
    }

    /** A non-empty subset of a few languages, in a stable order. */
    public static Arbitrary<List<Language>> languages() {
        return Arbitraries.of(LANGUAGES)
                .set()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(set -> LANGUAGES.stream().filter(set::contains).toList());
    }

    /** A text in exactly the given languages. */
    public static Arbitrary<LocalizedText> localized(List<Language> languages) {
        return texts().list().ofSize(languages.size()).map(list -> {
            Map<Language, String> texts = new LinkedHashMap<>();
            for (int i = 0; i < languages.size(); i++) {
                texts.put(languages.get(i), list.get(i));
            }
            return LocalizedText.of(texts);
        });
    }

    /** Explicit waits with millisecond precision, or the default pacing. */
    public static Arbitrary<Pacing> pacing() {
        return Arbitraries.oneOf(
                Arbitraries.just(Pacing.standard()),
                Arbitraries.longs()
                        .between(0, Pacing.LONGEST.toMillis())
                        .map(ms -> Pacing.waitFor(Duration.ofMillis(ms))));
    }

    /** Buttons with distinct values. */
    public static Arbitrary<List<Option>> options(List<Language> languages) {
        return Combinators.combine(names(), localized(languages), Arbitraries.of(true, false))
                .as(Option::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(5)
                .uniqueElements(Option::value);
    }

    /** Authorship with one to three authors. */
    public static Arbitrary<Authorship> authorship() {
        return Combinators.combine(
                        texts().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.longs()
                                .between(0, 20_000)
                                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)),
                        texts())
                .as(Authorship::new);
    }

    /** Actions that need no variable, or that read {@code variable} when there is one. */
    public static Arbitrary<List<Action>> actions(Optional<String> variable) {
        List<Arbitrary<? extends Action>> choices = new ArrayList<>(List.of(
                Arbitraries.of(Action.ConsentDecision.class).map(Action.RecordConsent::new),
                Combinators.combine(
                                Arbitraries.of(Action.ConsentDecision.class),
                                Arbitraries.of("consent", "publication-consent")
                                        .map(DocumentId::of)
                                        .optional(),
                                Arbitraries.of("take-part", "publish-open-data", "contact")
                                        .set()
                                        .ofMaxSize(3)
                                        .map(s -> s.stream()
                                                .sorted()
                                                .map(PurposeId::of)
                                                .toList()))
                        .as(Action.RecordConsent::new),
                Arbitraries.just(new Action.Pause()),
                Arbitraries.just(new Action.Resume()),
                Arbitraries.just(new Action.Withdraw())));
        variable.ifPresent(v -> {
            choices.add(variables().map(field -> new Action.SetProfileField(field, v)));
            choices.add(Arbitraries.just(new Action.ChangeFrequency(v)));
            choices.add(Arbitraries.just(new Action.SetTimeZone(v)));
        });
        return Arbitraries.oneOf(choices).map(a -> (Action) a).list().ofMaxSize(2);
    }

    /** Valid content blocks of one to eight messages. */
    public static Arbitrary<ContentBlock> blocks() {
        return Combinators.combine(
                        names(),
                        Arbitraries.of(BlockKind.class),
                        languages(),
                        names().set().ofMinSize(1).ofMaxSize(8))
                .flatAs((id, kind, languages, ids) -> block(BlockId.of(id), kind, languages, List.copyOf(ids)))
                // Edge cases of nested flat maps multiply; random generation covers the shapes well.
                .withoutEdgeCases();
    }

    private static Arbitrary<ContentBlock> block(
            BlockId id, BlockKind kind, List<Language> languages, List<String> ids) {
        List<Arbitrary<Message>> messages = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            List<MessageId> later =
                    ids.subList(i + 1, ids.size()).stream().map(MessageId::of).toList();
            messages.add(message(MessageId.of(ids.get(i)), languages, later));
        }
        return Combinators.combine(
                        Combinators.combine(messages).as(List::copyOf),
                        authorship(),
                        Arbitraries.of(ContentWarning.class).set().ofMaxSize(2),
                        Arbitraries.integers().between(0, 1000).optional(),
                        story(),
                        Arbitraries.integers().between(0, ids.size() - 1),
                        // Which of the first messages tell the story (none: the message 'story' does).
                        Arbitraries.integers().between(0, (1 << Math.min(ids.size(), 8)) - 1))
                .as((list, authorship, warnings, score, story, note, told) -> {
                    Map<MessageId, Message> byId = new LinkedHashMap<>();
                    list.forEach(m -> byId.put(m.id(), m));
                    Sensitivity sensitivity = warnings.isEmpty()
                            ? Sensitivity.none()
                            : new Sensitivity(
                                    EnumSet.copyOf(warnings),
                                    Optional.of(list.get(note).id()));
                    Set<String> answered = new LinkedHashSet<>();
                    list.forEach(m -> m.answerVariable().ifPresent(answered::add));
                    Optional<Story> details = story.map(s -> new Story(
                            s.teller(),
                            s.environment(),
                            s.themes(),
                            answered.isEmpty()
                                    ? List.of()
                                    : List.of(new AttemptedQuestion(
                                            "q", List.copyOf(answered), FinalAnswer.LAST_ATTEMPT)),
                            telling(list, told)));
                    return new ContentBlock(
                            id, kind, languages, list.get(0).id(), byId, authorship, sensitivity, score, details);
                });
    }

    private static List<MessageId> telling(List<Message> messages, int mask) {
        List<MessageId> telling = new ArrayList<>();
        for (int i = 0; i < messages.size() && i < 8; i++) {
            if ((mask & (1 << i)) != 0) {
                telling.add(messages.get(i).id());
            }
        }
        return telling;
    }

    private static Arbitrary<Optional<Story>> story() {
        return Combinators.combine(
                        texts(),
                        Arbitraries.of(SocialEnvironment.class),
                        variables().set().ofMaxSize(3))
                .as((teller, environment, themes) -> new Story(teller, environment, themes, List.of()))
                .optional(0.3);
    }

    private static Arbitrary<Message> message(MessageId id, List<Language> languages, List<MessageId> later) {
        Arbitrary<Next> plain = later.isEmpty()
                ? Arbitraries.just(Next.end())
                : Arbitraries.of(later).map(Next::goTo);
        Arbitrary<LocalizedText> text = localized(languages);
        return Arbitraries.integers()
                .between(0, 4)
                .flatMap(type -> switch (type) {
                    case 0 ->
                        Combinators.combine(text, pacing(), plain, actions(Optional.empty()))
                                .as((t, p, n, a) -> (Message) new Information(id, t, p, n, a, Map.of()));
                    case 1 ->
                        variables()
                                .flatMap(v -> Combinators.combine(
                                                text,
                                                options(languages),
                                                image(languages).optional(0.3),
                                                pacing(),
                                                plain,
                                                actions(Optional.of(v)),
                                                Arbitraries.of(true, false))
                                        .flatAs((t, o, img, p, n, a, branch) -> {
                                            if (!branch || later.isEmpty()) {
                                                return Arbitraries.just((Message) new SingleChoice(
                                                        id, t, v, o, img, p, n, a, Map.of(), DisclosureRole.NONE));
                                            }
                                            return Arbitraries.of(later)
                                                    .list()
                                                    .ofSize(o.size())
                                                    .map(targets -> {
                                                        Map<String, MessageId> cases = new LinkedHashMap<>();
                                                        for (int i = 0; i < o.size(); i++) {
                                                            cases.put(o.get(i).value(), targets.get(i));
                                                        }
                                                        return (Message) new SingleChoice(
                                                                id,
                                                                t,
                                                                v,
                                                                o,
                                                                img,
                                                                p,
                                                                Next.onAnswer(cases, Optional.of(targets.get(0))),
                                                                a,
                                                                Map.of(),
                                                                DisclosureRole.NONE);
                                                    });
                                        }));
                    case 2 ->
                        variables()
                                .flatMap(v -> Combinators.combine(
                                                text, options(languages), pacing(), plain, actions(Optional.of(v)))
                                        .as((t, o, p, n, a) -> (Message) new MultipleChoice(
                                                id, t, v, o, p, n, a, Map.of(), DisclosureRole.NONE)));
                    case 3 ->
                        variables()
                                .flatMap(v -> Combinators.combine(
                                                text,
                                                Arbitraries.integers().between(1, 4096),
                                                Arbitraries.of(TextFormat.class),
                                                localized(languages).optional(),
                                                pacing(),
                                                plain,
                                                actions(Optional.of(v)))
                                        .as((t, max, f, skip, p, n, a) -> (Message) new FreeText(
                                                id,
                                                t,
                                                v,
                                                max,
                                                f,
                                                skip,
                                                p,
                                                n,
                                                a,
                                                Map.of("echo", new Placeholder.Answer(v)),
                                                DisclosureRole.defaultFor(f)))
                                        .map(m -> withEcho((FreeText) m)));
                    default ->
                        Combinators.combine(
                                        Arbitraries.of(MediaKind.class),
                                        localized(languages),
                                        localized(languages),
                                        text.optional(),
                                        pacing(),
                                        plain)
                                .as((k, files, alt, caption, p, n) -> (Message) new Media(
                                        id,
                                        k,
                                        files,
                                        k == MediaKind.IMAGE ? alt : LocalizedText.empty(),
                                        caption.orElse(LocalizedText.empty()),
                                        p,
                                        n,
                                        List.of(),
                                        Map.of()));
                })
                .flatMap(m -> Arbitraries.of(DisclosureRole.class).map(role -> withRole(m, role)));
    }

    /** The message with a disclosure role, for the messages that take an answer. */
    private static Message withRole(Message m, DisclosureRole role) {
        if (m instanceof SingleChoice c) {
            return new SingleChoice(
                    c.id(),
                    c.text(),
                    c.variable(),
                    c.options(),
                    c.image(),
                    c.pacing(),
                    c.next(),
                    c.actions(),
                    c.fills(),
                    role);
        } else if (m instanceof MultipleChoice c) {
            return new MultipleChoice(
                    c.id(), c.text(), c.variable(), c.options(), c.pacing(), c.next(), c.actions(), c.fills(), role);
        } else if (m instanceof FreeText f) {
            return new FreeText(
                    f.id(),
                    f.text(),
                    f.variable(),
                    f.maxLength(),
                    f.format(),
                    f.skipWord(),
                    f.pacing(),
                    f.next(),
                    f.actions(),
                    f.fills(),
                    role);
        }
        return m;
    }

    /** A free-text message whose text echoes its own answer, through a value map for some languages. */
    private static Message withEcho(FreeText m) {
        Map<Language, String> echoed = new LinkedHashMap<>();
        m.text().asMap().forEach((language, text) -> echoed.put(language, text + " {echo}"));
        return new FreeText(
                m.id(),
                LocalizedText.of(echoed),
                m.variable(),
                m.maxLength(),
                m.format(),
                m.skipWord(),
                m.pacing(),
                m.next(),
                m.actions(),
                Map.of(
                        "echo",
                        new Placeholder.ValueMap(
                                m.variable(),
                                Map.of("x", LocalizedText.of(echoed)),
                                Optional.of(LocalizedText.of(echoed)))),
                DisclosureRole.defaultFor(m.format()));
    }

    private static Arbitrary<Image> image(List<Language> languages) {
        return Combinators.combine(localized(languages), localized(languages)).as(Image::new);
    }
}
