package eu.coact.content.authoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Action;
import eu.coact.content.AttemptedQuestion;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.ContentWarning;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FinalAnswer;
import eu.coact.content.FreeText;
import eu.coact.content.Image;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.MultipleChoice;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.Sensitivity;
import eu.coact.content.SingleChoice;
import eu.coact.content.SocialEnvironment;
import eu.coact.content.Story;
import eu.coact.content.TextFormat;
import eu.coact.core.BlockId;
import eu.coact.core.DocumentId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.PurposeId;
import eu.coact.core.read.NodeReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the tree of one block, as written in a block file, into a {@link ContentBlock}. Reports
 * every problem it finds; returns a block only when the part it read has no error.
 */
public final class BlockParser {

    static final Set<String> BLOCK_FIELDS =
            Set.of("id", "kind", "languages", "entry", "authorship", "sensitivity", "score", "story", "messages");
    private static final Set<String> COMMON = Set.of("type", "text", "wait", "next", "actions", "fill");
    private static final Map<String, Set<String>> MESSAGE_FIELDS = Map.of(
            "information", COMMON,
            "single-choice", with(COMMON, "variable", "options", "image", "disclosure"),
            "multiple-choice", with(COMMON, "variable", "options", "disclosure"),
            "free-text", with(COMMON, "variable", "max-length", "format", "skip-word", "disclosure"),
            "media", with(COMMON, "media", "file", "alt"));

    private final NodeReader in;

    /** A parser reporting every problem through {@code in}. */
    public BlockParser(NodeReader in) {
        this.in = in;
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new LinkedHashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /**
     * Reads one block.
     *
     * @param node    the block's mapping
     * @param pointer where it is in the document
     * @return the block, or empty when it has errors (all reported)
     */
    public Optional<ContentBlock> block(JsonNode node, String pointer) {
        int before = errorCount();
        if (!in.object(node, pointer, "a block", BLOCK_FIELDS, Set.of("id", "kind", "languages", "messages"))) {
            return Optional.empty();
        }
        in.context("");
        Optional<BlockId> id = in.parsed(node.get("id"), NodeReader.child(pointer, "id"), "block id", BlockId::of);
        id.ifPresent(b -> in.context("block " + b));
        Optional<BlockKind> kind = enumField(
                node.get("kind"),
                NodeReader.child(pointer, "kind"),
                "block kind",
                BlockKind::fromCode,
                () -> codes(BlockKind.values(), BlockKind::code));
        Optional<List<Language>> languages = in.list(
                node.get("languages"), NodeReader.child(pointer, "languages"), "the declared languages", in::language);
        List<Language> declared = languages.orElse(List.of());
        Optional<Authorship> authorship = authorship(node.get("authorship"), pointer);
        Sensitivity sensitivity = sensitivity(node.get("sensitivity"), NodeReader.child(pointer, "sensitivity"));
        Optional<Integer> score = in.integer(node.get("score"), NodeReader.child(pointer, "score"), "a score");
        Optional<Story> story = story(node.get("story"), NodeReader.child(pointer, "story"));
        Map<MessageId, Message> messages = new LinkedHashMap<>();
        JsonNode messageNodes = node.get("messages");
        String messagesAt = NodeReader.child(pointer, "messages");
        if (messageNodes != null && !messageNodes.isNull()) {
            if (!messageNodes.isObject()) {
                in.error("wrong-type", "Expected the messages as a mapping of message id to message.", messagesAt);
            } else {
                for (Map.Entry<String, JsonNode> field : messageNodes.properties()) {
                    String at = NodeReader.child(messagesAt, field.getKey());
                    Optional<MessageId> messageId = in.messageIdKey(field.getKey(), at);
                    if (messageId.isPresent()) {
                        message(messageId.get(), field.getValue(), at, declared)
                                .ifPresent(m -> messages.put(m.id(), m));
                    }
                }
                if (messageNodes.isEmpty()) {
                    in.error("no-messages", "A block needs at least one message.", messagesAt);
                }
            }
        }
        Optional<MessageId> entry = node.has("entry")
                ? in.messageId(node.get("entry"), NodeReader.child(pointer, "entry"))
                : messages.keySet().stream().findFirst();
        if (errorCount() > before
                || id.isEmpty()
                || kind.isEmpty()
                || languages.isEmpty()
                || authorship.isEmpty()
                || entry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ContentBlock(
                id.get(),
                kind.get(),
                languages.get(),
                entry.get(),
                messages,
                authorship.get(),
                sensitivity,
                score,
                story));
    }

    private int errorCount() {
        return in.errors();
    }

    Optional<Authorship> authorship(JsonNode node, String blockPointer) {
        String pointer = NodeReader.child(blockPointer, "authorship");
        if (node == null || node.isNull()) {
            in.error(
                    "missing-authorship",
                    "Every block needs authorship (authors as pseudonyms or roles, date, "
                            + "source): all content is written by people, and readers must be able to tell by whom.",
                    blockPointer);
            return Optional.empty();
        }
        if (!in.object(
                node,
                pointer,
                "authorship",
                Set.of("authors", "date", "source"),
                Set.of("authors", "date", "source"))) {
            return Optional.empty();
        }
        Optional<List<String>> authors = in.list(
                node.get("authors"),
                NodeReader.child(pointer, "authors"),
                "the authors",
                (n, p) -> in.text(n, p, "an author"));
        Optional<LocalDate> date = date(node.get("date"), NodeReader.child(pointer, "date"));
        Optional<String> source = in.text(node.get("source"), NodeReader.child(pointer, "source"), "the source");
        if (authors.isEmpty() || date.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Authorship(authors.get(), date.get(), source.get()));
    }

    private Optional<LocalDate> date(JsonNode node, String pointer) {
        Optional<String> text = in.text(node, pointer, "a date (YYYY-MM-DD)");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            in.error("invalid-value", "'" + text.get() + "' is not a date written as YYYY-MM-DD.", pointer);
            return Optional.empty();
        }
    }

    private Sensitivity sensitivity(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Sensitivity.none();
        }
        if (!in.object(node, pointer, "the sensitivity", Set.of("warnings", "help-note"), Set.of())) {
            return Sensitivity.none();
        }
        List<ContentWarning> warnings = in.list(
                        node.get("warnings"),
                        NodeReader.child(pointer, "warnings"),
                        "content warnings",
                        (n, p) -> enumField(
                                n,
                                p,
                                "content warning",
                                ContentWarning::fromCode,
                                () -> codes(ContentWarning.values(), ContentWarning::code)))
                .orElse(List.of());
        Optional<MessageId> helpNote = node.has("help-note")
                ? in.messageId(node.get("help-note"), NodeReader.child(pointer, "help-note"))
                : Optional.empty();
        return new Sensitivity(warnings.isEmpty() ? Set.of() : EnumSet.copyOf(warnings), helpNote);
    }

    private Optional<Story> story(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!in.object(
                node,
                pointer,
                "the story details",
                Set.of("teller", "environment", "themes", "questions", "telling"),
                Set.of("teller", "environment"))) {
            return Optional.empty();
        }
        Optional<String> teller = in.text(node.get("teller"), NodeReader.child(pointer, "teller"), "the teller");
        Optional<SocialEnvironment> environment = enumField(
                node.get("environment"),
                NodeReader.child(pointer, "environment"),
                "social environment",
                SocialEnvironment::fromCode,
                () -> codes(SocialEnvironment.values(), SocialEnvironment::code));
        List<String> themes = in.list(
                        node.get("themes"),
                        NodeReader.child(pointer, "themes"),
                        "the themes",
                        (n, p) -> in.text(n, p, "a theme"))
                .orElse(List.of());
        List<AttemptedQuestion> questions = in.list(
                        node.get("questions"),
                        NodeReader.child(pointer, "questions"),
                        "the questions",
                        this::attemptedQuestion)
                .orElse(List.of());
        Optional<List<MessageId>> telling = telling(node.get("telling"), NodeReader.child(pointer, "telling"));
        if (teller.isEmpty() || environment.isEmpty() || telling.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Story(teller.get(), environment.get(), new LinkedHashSet<>(themes), questions, telling.get()));
    }

    /** The messages that tell the story, each once; none written means the message {@code story}. */
    private Optional<List<MessageId>> telling(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.of(List.of());
        }
        Optional<List<MessageId>> read = in.list(node, pointer, "the messages that tell the story", in::messageId);
        if (read.isPresent() && read.get().isEmpty()) {
            in.error(
                    "invalid-value",
                    "Name at least one message that tells the story, or leave 'telling' out.",
                    pointer);
            return Optional.empty();
        }
        if (read.isPresent() && Set.copyOf(read.get()).size() != read.get().size()) {
            in.error("duplicate-value", "Each message tells the story once.", pointer);
            return Optional.empty();
        }
        return read;
    }

    private Optional<AttemptedQuestion> attemptedQuestion(JsonNode node, String pointer) {
        if (!in.object(
                node, pointer, "a question", Set.of("variable", "attempts", "final"), Set.of("variable", "attempts"))) {
            return Optional.empty();
        }
        Optional<String> variable = in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable");
        Optional<List<String>> attempts = in.list(
                node.get("attempts"),
                NodeReader.child(pointer, "attempts"),
                "the attempt variables",
                (n, p) -> in.text(n, p, "a variable"));
        Optional<FinalAnswer> rule = node.has("final")
                ? enumField(
                        node.get("final"),
                        NodeReader.child(pointer, "final"),
                        "final-answer rule",
                        FinalAnswer::fromCode,
                        () -> codes(FinalAnswer.values(), FinalAnswer::code))
                : Optional.of(FinalAnswer.LAST_ATTEMPT);
        if (variable.isEmpty() || attempts.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttemptedQuestion(variable.get(), attempts.get(), rule.get()));
    }

    private Optional<Message> message(MessageId id, JsonNode node, String pointer, List<Language> declared) {
        if (node == null || !node.isObject()) {
            in.error("wrong-type", "Expected a message (a mapping of fields) here.", pointer);
            return Optional.empty();
        }
        Optional<String> type = in.text(node.get("type"), NodeReader.child(pointer, "type"), "a message type");
        if (type.isEmpty()) {
            if (!node.has("type")) {
                in.error(
                        "missing-field",
                        "A message needs a 'type': one of "
                                + String.join(
                                        ", ",
                                        MESSAGE_FIELDS.keySet().stream()
                                                .sorted()
                                                .toList()) + ".",
                        pointer);
            }
            return Optional.empty();
        }
        Set<String> known = MESSAGE_FIELDS.get(type.get());
        if (known == null) {
            in.error(
                    "unknown-message-type",
                    "Unknown message type '" + type.get() + "'; the types are: "
                            + String.join(
                                    ", ",
                                    MESSAGE_FIELDS.keySet().stream().sorted().toList()) + ".",
                    NodeReader.child(pointer, "type"));
            return Optional.empty();
        }
        Set<String> required = switch (type.get()) {
            case "single-choice", "multiple-choice" -> Set.of("text", "variable", "options");
            case "free-text" -> Set.of("text", "variable", "max-length");
            case "media" -> Set.of("media", "file");
            default -> Set.of("text");
        };
        int before = errorCount();
        in.object(node, pointer, "a " + type.get() + " message", known, required);
        LocalizedText text = in.localized(node.get("text"), NodeReader.child(pointer, "text"), "text", declared)
                .orElse(LocalizedText.empty());
        Pacing pacing = pacing(node.get("wait"), NodeReader.child(pointer, "wait"));
        Optional<Next> next = next(node.get("next"), NodeReader.child(pointer, "next"));
        List<Action> actions = in.list(
                        node.get("actions"), NodeReader.child(pointer, "actions"), "the actions", this::action)
                .orElse(List.of());
        Map<String, Placeholder> fills = in.map(
                        node.get("fill"),
                        NodeReader.child(pointer, "fill"),
                        "the placeholder fills",
                        (n, p) -> placeholder(n, p, declared))
                .orElse(Map.of());
        String variable = in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable name")
                .orElse("");
        Optional<DisclosureRole> role = node.has("disclosure")
                ? enumField(
                        node.get("disclosure"),
                        NodeReader.child(pointer, "disclosure"),
                        "disclosure role",
                        DisclosureRole::fromCode,
                        () -> codes(DisclosureRole.values(), DisclosureRole::code))
                : Optional.empty();
        Message message = switch (type.get()) {
            case "information" -> new Information(id, text, pacing, next.orElse(Next.end()), actions, fills);
            case "single-choice" ->
                new SingleChoice(
                        id,
                        text,
                        variable,
                        options(node, pointer, declared),
                        image(node.get("image"), NodeReader.child(pointer, "image"), declared),
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills,
                        role.orElse(DisclosureRole.NONE));
            case "multiple-choice" ->
                new MultipleChoice(
                        id,
                        text,
                        variable,
                        options(node, pointer, declared),
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills,
                        role.orElse(DisclosureRole.NONE));
            case "free-text" ->
                freeText(
                        node,
                        pointer,
                        declared,
                        new FreeText(
                                id,
                                text,
                                variable,
                                1,
                                TextFormat.TEXT,
                                Optional.empty(),
                                pacing,
                                next.orElse(Next.end()),
                                actions,
                                fills,
                                DisclosureRole.defaultFor(TextFormat.TEXT)),
                        role);
            default ->
                new Media(
                        id,
                        enumField(
                                        node.get("media"),
                                        NodeReader.child(pointer, "media"),
                                        "media kind",
                                        MediaKind::fromCode,
                                        () -> codes(MediaKind.values(), MediaKind::code))
                                .orElse(MediaKind.DOCUMENT),
                        in.localized(node.get("file"), NodeReader.child(pointer, "file"), "file name", declared)
                                .orElse(LocalizedText.empty()),
                        in.localized(node.get("alt"), NodeReader.child(pointer, "alt"), "alternative text", declared)
                                .orElse(LocalizedText.empty()),
                        text,
                        pacing,
                        next.orElse(Next.end()),
                        actions,
                        fills);
        };
        return errorCount() > before ? Optional.empty() : Optional.of(message);
    }

    /**
     * A free-text message from the fields of {@code shape} and those read here; a formatted answer
     * whose author declared no role is a quasi-identifier ({@link DisclosureRole#defaultFor}).
     */
    private FreeText freeText(
            JsonNode node, String pointer, List<Language> declared, FreeText shape, Optional<DisclosureRole> role) {
        TextFormat format = node.has("format")
                ? enumField(
                                node.get("format"),
                                NodeReader.child(pointer, "format"),
                                "text format",
                                TextFormat::fromCode,
                                () -> codes(TextFormat.values(), TextFormat::code))
                        .orElse(TextFormat.TEXT)
                : TextFormat.TEXT;
        return new FreeText(
                shape.id(),
                shape.text(),
                shape.variable(),
                in.integer(node.get("max-length"), NodeReader.child(pointer, "max-length"), "a length")
                        .orElse(1),
                format,
                in.localized(node.get("skip-word"), NodeReader.child(pointer, "skip-word"), "skip word", declared),
                shape.pacing(),
                shape.next(),
                shape.actions(),
                shape.fills(),
                role.orElse(DisclosureRole.defaultFor(format)));
    }

    private List<Option> options(JsonNode node, String pointer, List<Language> declared) {
        return in.list(
                        node.get("options"),
                        NodeReader.child(pointer, "options"),
                        "the buttons",
                        (n, p) -> option(n, p, declared))
                .orElse(List.of());
    }

    Optional<Option> option(JsonNode node, String pointer, List<Language> declared) {
        if (!in.object(node, pointer, "a button", Set.of("value", "label", "missing"), Set.of("value", "label"))) {
            return Optional.empty();
        }
        Optional<String> value = in.scalar(node.get("value"), NodeReader.child(pointer, "value"), "a value");
        Optional<LocalizedText> label =
                in.localized(node.get("label"), NodeReader.child(pointer, "label"), "label", declared);
        boolean missing = in.bool(node.get("missing"), NodeReader.child(pointer, "missing"), "missing")
                .orElse(false);
        if (value.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Option(value.get(), label.get(), missing));
    }

    Optional<Image> image(JsonNode node, String pointer, List<Language> declared) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!in.object(node, pointer, "an image", Set.of("file", "alt"), Set.of("file", "alt"))) {
            return Optional.empty();
        }
        Optional<LocalizedText> file =
                in.localized(node.get("file"), NodeReader.child(pointer, "file"), "file name", declared);
        Optional<LocalizedText> alt =
                in.localized(node.get("alt"), NodeReader.child(pointer, "alt"), "alternative text", declared);
        if (file.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Image(file.get(), alt.get()));
    }

    private Pacing pacing(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Pacing.standard();
        }
        if (!node.isNumber()) {
            in.error(
                    "wrong-type",
                    "Expected the wait in seconds (a number) here, or nothing for the default pacing.",
                    pointer);
            return Pacing.standard();
        }
        BigDecimal seconds = node.decimalValue();
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Pacing.LONGEST.toSeconds())) > 0) {
            in.error("invalid-wait", "A wait is between 0 seconds and 24 hours (86400 seconds).", pointer);
            return Pacing.standard();
        }
        long millis = seconds.movePointRight(3).longValue();
        return Pacing.waitFor(Duration.ofMillis(millis));
    }

    private Optional<Next> next(JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return Optional.of(Next.end());
        }
        if (node.isTextual()) {
            return in.messageId(node, pointer).map(Next::goTo);
        }
        if (node.isObject() && node.has("valid")) {
            return typedBranch(node, pointer);
        }
        if (!in.object(node, pointer, "a branch", Set.of("variable", "cases", "otherwise"), Set.of("cases"))) {
            return Optional.empty();
        }
        Optional<Map<String, MessageId>> cases = in.map(
                node.get("cases"),
                NodeReader.child(pointer, "cases"),
                "the branch cases (answer value to message id)",
                in::messageId);
        Optional<MessageId> otherwise = node.has("otherwise")
                ? in.messageId(node.get("otherwise"), NodeReader.child(pointer, "otherwise"))
                : Optional.empty();
        if (cases.isEmpty() || (node.has("otherwise") && otherwise.isEmpty())) {
            return Optional.empty();
        }
        if (node.has("variable")) {
            return in.text(node.get("variable"), NodeReader.child(pointer, "variable"), "a variable name")
                    .map(v -> Next.onEarlierAnswer(v, cases.get(), otherwise));
        }
        return Optional.of(Next.onAnswer(cases.get(), otherwise));
    }

    /** {@code {valid: id, skipped: id, invalid: id}}: a typed answer chooses by its shape. */
    private Optional<Next> typedBranch(JsonNode node, String pointer) {
        if (!in.object(
                node,
                pointer,
                "a branch on a typed answer's shape",
                Set.of("valid", "skipped", "invalid"),
                Set.of("valid"))) {
            return Optional.empty();
        }
        Optional<MessageId> valid = in.messageId(node.get("valid"), NodeReader.child(pointer, "valid"));
        Optional<MessageId> skipped = node.has("skipped")
                ? in.messageId(node.get("skipped"), NodeReader.child(pointer, "skipped"))
                : Optional.empty();
        Optional<MessageId> invalid = node.has("invalid")
                ? in.messageId(node.get("invalid"), NodeReader.child(pointer, "invalid"))
                : Optional.empty();
        if (valid.isEmpty()
                || (node.has("skipped") && skipped.isEmpty())
                || (node.has("invalid") && invalid.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Next.onTyped(valid.get(), skipped, invalid));
    }

    private Optional<Action> action(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            in.error("wrong-type", "Expected an action (a mapping with a 'type') here.", pointer);
            return Optional.empty();
        }
        Optional<String> type = in.text(node.get("type"), NodeReader.child(pointer, "type"), "an action type");
        if (type.isEmpty()) {
            if (!node.has("type")) {
                in.error(
                        "missing-field",
                        "An action needs a 'type'; the actions are: " + String.join(", ", Action.NAMES) + ".",
                        pointer);
            }
            return Optional.empty();
        }
        Set<String> fields = switch (type.get()) {
            case "record-consent" -> Set.of("type", "decision", "document", "grants");
            case "set-profile-field" -> Set.of("type", "field", "from");
            case "change-frequency", "set-time-zone", "set-language", "set-time-of-day" -> Set.of("type", "from");
            case "pause", "resume", "withdraw", "next-block-at-once" -> Set.of("type");
            default -> null;
        };
        if (fields == null) {
            in.error(
                    "unknown-action",
                    "Unknown action '" + type.get() + "'; the actions are: " + String.join(", ", Action.NAMES) + ".",
                    NodeReader.child(pointer, "type"));
            return Optional.empty();
        }
        Set<String> required = new LinkedHashSet<>(fields);
        required.remove("type");
        required.remove("document");
        required.remove("grants");
        if (!in.object(node, pointer, "the action " + type.get(), fields, required)) {
            return Optional.empty();
        }
        Optional<String> from = in.text(node.get("from"), NodeReader.child(pointer, "from"), "a variable name");
        return switch (type.get()) {
            case "record-consent" -> recordConsent(node, pointer);
            case "set-profile-field" ->
                in.text(node.get("field"), NodeReader.child(pointer, "field"), "a profile field")
                        .flatMap(f -> from.map(v -> new Action.SetProfileField(f, v)));
            case "change-frequency" -> from.map(Action.ChangeFrequency::new);
            case "set-time-zone" -> from.map(Action.SetTimeZone::new);
            case "set-language" -> from.map(Action.SetLanguage::new);
            case "set-time-of-day" -> from.map(Action.SetTimeOfDay::new);
            case "pause" -> Optional.of(new Action.Pause());
            case "resume" -> Optional.of(new Action.Resume());
            case "next-block-at-once" -> Optional.of(new Action.NextBlockAtOnce());
            default -> Optional.of(new Action.Withdraw());
        };
    }

    private Optional<Action> recordConsent(JsonNode node, String pointer) {
        Optional<Action.ConsentDecision> decision = enumField(
                node.get("decision"),
                NodeReader.child(pointer, "decision"),
                "consent decision",
                Action.ConsentDecision::fromCode,
                () -> codes(Action.ConsentDecision.values(), Action.ConsentDecision::code));
        Optional<DocumentId> document = Optional.empty();
        boolean complete = true;
        if (node.has("document")) {
            String at = NodeReader.child(pointer, "document");
            document =
                    in.text(node.get("document"), at, "a consent document id").flatMap(t -> id(t, at, DocumentId::of));
            complete = document.isPresent();
        }
        List<PurposeId> grants = List.of();
        if (node.has("grants")) {
            String at = NodeReader.child(pointer, "grants");
            Optional<List<PurposeId>> read = in.list(
                    node.get("grants"),
                    at,
                    "the purposes granted",
                    (n, p) -> in.text(n, p, "a purpose id").flatMap(t -> id(t, p, PurposeId::of)));
            if (read.isPresent() && Set.copyOf(read.get()).size() != read.get().size()) {
                in.error("duplicate-value", "Each purpose is granted once.", at);
                read = Optional.empty();
            }
            complete &= read.isPresent();
            grants = read.orElse(List.of());
        }
        if (decision.isEmpty() || !complete) {
            return Optional.empty();
        }
        return Optional.of(new Action.RecordConsent(decision.get(), document, grants));
    }

    private <T> Optional<T> id(String text, String pointer, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            in.error("invalid-id", "Not a valid id: " + e.getMessage() + ".", pointer);
            return Optional.empty();
        }
    }

    private Optional<Placeholder> placeholder(JsonNode node, String pointer, List<Language> declared) {
        if (!in.object(node, pointer, "a placeholder fill", Set.of("from", "cases", "otherwise"), Set.of("from"))) {
            return Optional.empty();
        }
        Optional<String> from = in.text(node.get("from"), NodeReader.child(pointer, "from"), "a variable name");
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (!node.has("cases")) {
            if (node.has("otherwise")) {
                in.error("invalid-fill", "A fill with 'otherwise' needs 'cases' (answer value to text).", pointer);
                return Optional.empty();
            }
            return Optional.of(new Placeholder.Answer(from.get()));
        }
        Optional<Map<String, LocalizedText>> cases = in.map(
                node.get("cases"),
                NodeReader.child(pointer, "cases"),
                "the cases (answer value to text)",
                (n, p) -> in.localized(n, p, "text", declared));
        Optional<LocalizedText> otherwise =
                in.localized(node.get("otherwise"), NodeReader.child(pointer, "otherwise"), "text", declared);
        return cases.map(c -> new Placeholder.ValueMap(from.get(), c, otherwise));
    }

    <E> Optional<E> enumField(
            JsonNode node,
            String pointer,
            String what,
            Function<String, Optional<E>> lookup,
            Supplier<String> choices) {
        Optional<String> code = in.text(node, pointer, "a " + what);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = lookup.apply(code.get());
        if (value.isEmpty()) {
            in.error(
                    "unknown-value",
                    "'" + code.get() + "' is not a " + what + "; write one of: " + choices.get() + ".",
                    pointer);
        }
        return value;
    }

    static <E> String codes(E[] values, Function<E, String> code) {
        List<String> out = new ArrayList<>();
        for (E value : values) {
            out.add(code.apply(value));
        }
        return String.join(", ", out);
    }
}
