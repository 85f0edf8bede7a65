package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.BlockKind;
import eu.coact.content.ConfirmAndRetry;
import eu.coact.content.FinalAnswer;
import eu.coact.content.MicrostoryPattern;
import eu.coact.content.Option;
import eu.coact.content.PatternQuestion;
import eu.coact.content.StoryTemplate;
import eu.coact.content.VariableName;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.read.NodeReader;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code microstories:} section of {@code study.yaml}: per story kind ({@code C},
 * {@code T}) the introduction, questions and thanks; the confirm-and-retry construct; and the
 * help note. Every text must be written in every language of the study.
 */
public final class PatternParser {

    /** The section's name in the study file. */
    public static final String SECTION = "microstories";

    private final NodeReader in;
    private final CodeReader codeReader;
    private final MessageParser messageParser;

    /** A parser reporting every problem through {@code in}. */
    public PatternParser(NodeReader in) {
        this.in = in;
        this.codeReader = new CodeReader(in);
        this.messageParser = new MessageParser(in);
    }

    /** The short code of a microstory kind written in a file ({@code C}, {@code T} or the long code). */
    static Optional<BlockKind> kind(String code) {
        return switch (code) {
            case "C" -> Optional.of(BlockKind.SHARE_EXPERIENCE);
            case "T" -> Optional.of(BlockKind.FIND_SOLUTIONS);
            default -> BlockKind.fromCode(code).filter(BlockKind::isMicrostory);
        };
    }

    /**
     * The pattern, or empty when the section is absent or has errors (all reported).
     *
     * @param node      the section
     * @param languages the study's languages
     */
    public Optional<MicrostoryPattern> pattern(JsonNode node, List<Language> languages) {
        String at = "/" + SECTION;
        int before = in.errors();
        if (!in.object(
                node,
                at,
                "the microstories section",
                Set.of("C", "T", "confirm-and-retry", "help-note"),
                Set.of("confirm-and-retry"))) {
            return Optional.empty();
        }
        if (!node.has("C") && !node.has("T")) {
            in.error(
                    "missing-field",
                    "The microstories section needs the questions of at least one story kind: "
                            + "'C' (share an experience) or 'T' (find solutions together).",
                    at);
        }
        Map<BlockKind, StoryTemplate> kinds = new EnumMap<>(BlockKind.class);
        for (String code : List.of("C", "T")) {
            if (node.has(code)) {
                template(node.get(code), NodeReader.child(at, code), languages)
                        .ifPresent(t -> kinds.put(kind(code).orElseThrow(), t));
            }
        }
        Optional<ConfirmAndRetry> confirm =
                confirmAndRetry(node.get("confirm-and-retry"), NodeReader.child(at, "confirm-and-retry"), languages);
        Optional<LocalizedText> helpNote =
                text(node.get("help-note"), NodeReader.child(at, "help-note"), "help note", languages);
        if (in.errors() > before || confirm.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MicrostoryPattern(languages, kinds, confirm.get(), helpNote));
    }

    private Optional<StoryTemplate> template(JsonNode node, String at, List<Language> languages) {
        int before = in.errors();
        if (!in.object(
                node,
                at,
                "the questions of a story kind",
                Set.of("introduction", "questions", "thanks"),
                Set.of("introduction", "questions", "thanks"))) {
            return Optional.empty();
        }
        Optional<LocalizedText> introduction =
                text(node.get("introduction"), NodeReader.child(at, "introduction"), "introduction", languages);
        Optional<List<PatternQuestion>> questions = in.list(
                node.get("questions"),
                NodeReader.child(at, "questions"),
                "the questions",
                (n, p) -> question(n, p, languages));
        Optional<LocalizedText> thanks = text(node.get("thanks"), NodeReader.child(at, "thanks"), "thanks", languages);
        questions.ifPresent(list -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!seen.add(list.get(i).variable())) {
                    in.error(
                            "duplicate-variable",
                            "The variable '" + list.get(i).variable() + "' names two "
                                    + "questions of this story kind.",
                            NodeReader.child(at, "questions") + "/" + i + "/variable");
                }
            }
            if (list.isEmpty()) {
                in.error(
                        "missing-field",
                        "A story kind needs at least one question.",
                        NodeReader.child(at, "questions"));
            }
        });
        if (in.errors() > before || introduction.isEmpty() || questions.isEmpty() || thanks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoryTemplate(introduction.get(), questions.get(), thanks.get()));
    }

    private Optional<PatternQuestion> question(JsonNode node, String at, List<Language> languages) {
        int before = in.errors();
        if (!in.object(
                node,
                at,
                "a story question",
                Set.of("variable", "text", "options", "story-options"),
                Set.of("variable", "text"))) {
            return Optional.empty();
        }
        Optional<String> variable = in.text(node.get("variable"), NodeReader.child(at, "variable"), "a variable name");
        variable.filter(v -> !VariableName.isValid(v))
                .ifPresent(v -> in.error(
                        "invalid-variable",
                        "'" + v + "': " + VariableName.RULE + ".",
                        NodeReader.child(at, "variable")));
        Optional<LocalizedText> text = text(node.get("text"), NodeReader.child(at, "text"), "question", languages);
        boolean storyOptions = in.bool(
                        node.get("story-options"), NodeReader.child(at, "story-options"), "story-options")
                .orElse(false);
        List<Option> options = options(node.get("options"), NodeReader.child(at, "options"), languages);
        if (!storyOptions && options.isEmpty() && !node.has("options")) {
            in.error(
                    "missing-field",
                    "A story question needs 'options' (its buttons), or 'story-options: true' "
                            + "when each story brings its own.",
                    at);
        }
        if (in.errors() > before || variable.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PatternQuestion(variable.get(), text.get(), options, storyOptions));
    }

    private Optional<ConfirmAndRetry> confirmAndRetry(JsonNode node, String at, List<Language> languages) {
        int before = in.errors();
        if (!in.object(
                node,
                at,
                "the confirm-and-retry construct",
                Set.of("attempts", "confirm", "yes", "no", "saved", "final"),
                Set.of("attempts", "confirm", "yes", "no", "saved"))) {
            return Optional.empty();
        }
        Optional<Integer> attempts =
                in.integer(node.get("attempts"), NodeReader.child(at, "attempts"), "the number of attempts");
        attempts.filter(n -> n < 1 || n > 9)
                .ifPresent(n -> in.error(
                        "invalid-value",
                        "A question is asked " + "between 1 and 9 times, not " + n + ".",
                        NodeReader.child(at, "attempts")));
        Optional<LocalizedText> confirm =
                text(node.get("confirm"), NodeReader.child(at, "confirm"), "confirmation question", languages);
        Optional<Option> yes = button(node.get("yes"), NodeReader.child(at, "yes"), languages);
        Optional<Option> no = button(node.get("no"), NodeReader.child(at, "no"), languages);
        if (yes.isPresent()
                && no.isPresent()
                && yes.get().value().equals(no.get().value())) {
            in.error(
                    "duplicate-value",
                    "The confirming and the retrying button need different values.",
                    NodeReader.child(at, "no") + "/value");
        }
        Optional<LocalizedText> saved = text(node.get("saved"), NodeReader.child(at, "saved"), "saved note", languages);
        Optional<FinalAnswer> rule = node.has("final")
                ? codeReader.field(
                        node.get("final"),
                        NodeReader.child(at, "final"),
                        "final-answer rule",
                        FinalAnswer::fromCode,
                        () -> CodeReader.codes(FinalAnswer.values(), FinalAnswer::code))
                : Optional.of(FinalAnswer.LAST_ATTEMPT);
        if (in.errors() > before
                || attempts.isEmpty()
                || confirm.isEmpty()
                || yes.isEmpty()
                || no.isEmpty()
                || saved.isEmpty()
                || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ConfirmAndRetry(attempts.get(), confirm.get(), yes.get(), no.get(), saved.get(), rule.get()));
    }

    private Optional<Option> button(JsonNode node, String at, List<Language> languages) {
        Optional<Option> option = messageParser.option(node, at, languages);
        option.ifPresent(o -> covers(o.label(), NodeReader.child(at, "label"), "label", languages));
        return option;
    }

    /** Buttons, each label in every language, with distinct values. */
    List<Option> options(JsonNode node, String at, List<Language> languages) {
        List<Option> options = in.list(node, at, "the buttons", (n, p) -> button(n, p, languages))
                .orElse(List.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (!seen.add(options.get(i).value())) {
                in.error(
                        "duplicate-value",
                        "Two buttons have the value '" + options.get(i).value() + "'.",
                        at + "/" + i + "/value");
            }
        }
        return options;
    }

    /** A text written in exactly the study's languages. */
    Optional<LocalizedText> text(JsonNode node, String at, String what, List<Language> languages) {
        Optional<LocalizedText> text = in.localized(node, at, what, languages);
        return text.filter(t -> covers(t, at, what, languages));
    }

    private boolean covers(LocalizedText text, String at, String what, List<Language> languages) {
        boolean fine = true;
        Set<Language> missing = text.missing(languages);
        if (!missing.isEmpty()) {
            in.error(
                    "missing-translation",
                    "The " + what + " has no text in " + tags(missing) + "; the study is written in " + tags(languages)
                            + ".",
                    at);
            fine = false;
        }
        Set<Language> extra = new LinkedHashSet<>(text.languages());
        languages.forEach(extra::remove);
        if (!extra.isEmpty()) {
            in.error(
                    "undeclared-language",
                    "The " + what + " is written in " + tags(extra) + ", which the study does not declare ("
                            + tags(languages) + ").",
                    at);
            fine = false;
        }
        for (Language language : text.blank()) {
            in.error("empty-text", "The " + what + " in " + language.tag() + " is empty.", at);
            fine = false;
        }
        return fine;
    }

    private static String tags(Collection<Language> languages) {
        return String.join(", ", languages.stream().map(Language::tag).toList());
    }
}
