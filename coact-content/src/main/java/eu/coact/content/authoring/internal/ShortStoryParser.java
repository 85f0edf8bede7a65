package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentWarning;
import eu.coact.content.Image;
import eu.coact.content.MicrostoryPattern;
import eu.coact.content.Option;
import eu.coact.content.ShortMicrostory;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.StoryTemplate;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a microstory written in the short form ({@code microstory:} with id, kind, environment,
 * teller, text and the like) and checks it against the study's pattern: the kind must have
 * questions in the pattern, texts must be in every language of the study, a dilemma's own
 * answers must be given exactly when the pattern asks for them.
 */
public final class ShortStoryParser {

    /** The field that marks a short-form microstory in a block file. */
    public static final String FIELD = "microstory";

    static final Set<String> FIELDS = Set.of(
            "id",
            "kind",
            "environment",
            "themes",
            "teller",
            "warning",
            "illustration",
            "text",
            "options",
            "authorship");

    private final NodeReader in;
    private final BlockParser blocks;
    private final CodeReader codeReader;
    private final StoryDetailsParser story;
    private final MessageParser messageParser;
    private final PatternParser texts;

    /** A parser reporting every problem through {@code in}. */
    public ShortStoryParser(NodeReader in) {
        this.in = in;
        this.blocks = new BlockParser(in);
        this.codeReader = new CodeReader(in);
        this.story = new StoryDetailsParser(in);
        this.messageParser = new MessageParser(in);
        this.texts = new PatternParser(in);
    }

    /**
     * Reads one short-form story.
     *
     * @param node    the mapping under {@code microstory}
     * @param pointer where that mapping is in the document
     * @param pattern the study's pattern; without one, the story is reported and not read
     * @return the story, or empty when it has errors (all reported)
     */
    public Optional<ShortMicrostory> story(JsonNode node, String pointer, Optional<MicrostoryPattern> pattern) {
        int before = in.errors();
        if (!in.object(node, pointer, "a microstory", FIELDS, Set.of("id", "kind", "environment", "teller", "text"))) {
            return Optional.empty();
        }
        in.context("");
        Optional<BlockId> id = in.parsed(node.get("id"), NodeReader.child(pointer, "id"), "block id", BlockId::of);
        id.ifPresent(b -> in.context("microstory " + b));
        if (pattern.isEmpty()) {
            in.error(
                    "missing-pattern",
                    "A microstory in the short form takes its questions from the study: declare "
                            + "them once in the 'microstories:' section of study.yaml, and read the story with its study.",
                    pointer);
            return Optional.empty();
        }
        List<Language> languages = pattern.get().languages();
        String kindAt = NodeReader.child(pointer, "kind");
        Optional<BlockKind> kind = in.text(node.get("kind"), kindAt, "a story kind (C or T)")
                .flatMap(code -> {
                    Optional<BlockKind> known = PatternParser.kind(code);
                    if (known.isEmpty()) {
                        in.error(
                                "unknown-value",
                                "'" + code + "' is not a story kind; write C (share an experience) or "
                                        + "T (find solutions together).",
                                kindAt);
                    }
                    return known;
                });
        Optional<StoryTemplate> template = kind.flatMap(k -> {
            Optional<StoryTemplate> declared = pattern.get().template(k);
            if (declared.isEmpty()) {
                in.error(
                        "unknown-story-kind",
                        "The study's 'microstories:' section has no questions for " + ShortMicrostory.kindCode(k)
                                + " stories; add them there.",
                        kindAt);
            }
            return declared;
        });
        Optional<SocialEnvironment> environment = story.environment(node, pointer);
        Optional<String> teller = in.text(node.get("teller"), NodeReader.child(pointer, "teller"), "the teller");
        teller.filter(String::isBlank)
                .ifPresent(t -> in.error(
                        "empty-text",
                        "Name the teller (a pseudonym or a " + "role).",
                        NodeReader.child(pointer, "teller")));
        List<String> themes = story.themes(node, pointer);
        List<ContentWarning> warnings = in.list(
                        node.get("warning"),
                        NodeReader.child(pointer, "warning"),
                        "content warnings",
                        (n, p) -> codeReader.field(
                                n,
                                p,
                                "content warning",
                                ContentWarning::fromCode,
                                () -> CodeReader.codes(ContentWarning.values(), ContentWarning::code)))
                .orElse(List.of());
        if (warnings.stream().anyMatch(ContentWarning::needsHelpNote)
                && pattern.get().helpNote().isEmpty()) {
            in.error(
                    "missing-help-note",
                    "A story about suicide or self-harm is followed by a message with help "
                            + "resources: write it once as 'help-note' in the study's 'microstories:' section.",
                    NodeReader.child(pointer, "warning"));
        }
        Optional<LocalizedText> text =
                texts.text(node.get("text"), NodeReader.child(pointer, "text"), "story", languages);
        Optional<Image> illustration =
                messageParser.image(node.get("illustration"), NodeReader.child(pointer, "illustration"), languages);
        String optionsAt = NodeReader.child(pointer, "options");
        List<Option> options = texts.options(node.get("options"), optionsAt, languages);
        template.ifPresent(t -> {
            if (t.takesStoryOptions() && options.isEmpty()) {
                in.error(
                        "missing-options",
                        "This kind of story asks for the story's own answers: list them under "
                                + "'options' (value and label).",
                        node.has("options") ? optionsAt : pointer);
            } else if (t.takesStoryOptions()) {
                Set<String> shared = new HashSet<>();
                t.questions().stream()
                        .filter(q -> q.storyOptions())
                        .forEach(q -> q.options().forEach(o -> shared.add(o.value())));
                for (int i = 0; i < options.size(); i++) {
                    if (shared.contains(options.get(i).value())) {
                        in.error(
                                "duplicate-value",
                                "The value '" + options.get(i).value() + "' is also a button "
                                        + "the study adds to every story's answers; choose another.",
                                optionsAt + "/" + i + "/value");
                    }
                }
            } else if (node.has("options")) {
                in.error(
                        "unused-options",
                        "The study asks " + ShortMicrostory.kindCode(kind.orElseThrow())
                                + " stories only its own questions, so these options would never be shown.",
                        optionsAt);
            }
        });
        Optional<Authorship> authorship = blocks.authorship(node.get("authorship"), pointer);
        if (in.errors() > before
                || id.isEmpty()
                || kind.isEmpty()
                || environment.isEmpty()
                || teller.isEmpty()
                || text.isEmpty()
                || authorship.isEmpty()) {
            return Optional.empty();
        }
        try {
            ShortMicrostory story = new ShortMicrostory(
                    id.get(),
                    kind.get(),
                    teller.get(),
                    environment.get(),
                    new LinkedHashSet<>(themes),
                    text.get(),
                    illustration,
                    options,
                    warnings.isEmpty() ? Set.of() : EnumSet.copyOf(warnings),
                    authorship.get());
            story.toBlock(pattern.get());
            return Optional.of(story);
        } catch (IllegalArgumentException e) {
            // Names that collide once expanded (a question variable equal to a fixed message id).
            in.error(
                    "invalid-microstory",
                    "The story cannot be expanded with the study's pattern: " + e.getMessage() + ".",
                    pointer);
            return Optional.empty();
        }
    }
}
