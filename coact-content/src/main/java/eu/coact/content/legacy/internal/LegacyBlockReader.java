package eu.coact.content.legacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.coact.content.Action;
import eu.coact.content.Authorship;
import eu.coact.content.BlockKind;
import eu.coact.content.ContentBlock;
import eu.coact.content.DisclosureRole;
import eu.coact.content.FreeText;
import eu.coact.content.Image;
import eu.coact.content.Information;
import eu.coact.content.Media;
import eu.coact.content.MediaKind;
import eu.coact.content.Message;
import eu.coact.content.Next;
import eu.coact.content.Option;
import eu.coact.content.Pacing;
import eu.coact.content.Placeholder;
import eu.coact.content.Sensitivity;
import eu.coact.content.SingleChoice;
import eu.coact.content.SystemRole;
import eu.coact.content.TextFormat;
import eu.coact.content.legacy.BlockMapping;
import eu.coact.content.legacy.FreeTextRoute;
import eu.coact.content.legacy.LegacyMapping;
import eu.coact.core.BlockId;
import eu.coact.core.Language;
import eu.coact.core.LocalizedText;
import eu.coact.core.MessageId;
import eu.coact.core.read.NodeReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one block of the original bot's JSON format into the model, reporting what it cannot
 * carry over (unknown actions, unsupported templates, missing continuations) instead of guessing.
 */
public final class LegacyBlockReader {

    /** Longest free-text answer assumed for legacy {@code WA} messages, which declared none. */
    public static final int LEGACY_FREE_TEXT_LENGTH = 1000;

    private static final Set<String> BLOCK_FIELDS =
            Set.of("_id", "title", "initial_messages", "points", "messages", "repeatable", "skip");
    private static final Set<String> MESSAGE_FIELDS =
            Set.of("type", "text", "vars", "save", "wait", "next", "action", "display");
    private static final Map<String, BlockKind> KINDS = Map.of(
            "compartir_vivencias", BlockKind.SHARE_EXPERIENCE,
            "encontrar_soluciones_juntos", BlockKind.FIND_SOLUTIONS,
            "capacitation", BlockKind.TRAINING,
            "user_settings", BlockKind.SYSTEM,
            "user_engagement", BlockKind.ENGAGEMENT_MILESTONE,
            "textos_informativos", BlockKind.INFORMATION);

    private final NodeReader in;
    private final List<Language> languages;
    private final LegacyMapping mapping;
    private final Authorship authorship;
    private final Map<String, String> renames;
    private BlockFacts facts = BlockFacts.EMPTY;
    private Map<String, String> blockValues = Map.of();
    private final Set<MessageId> broken = new java.util.LinkedHashSet<>();

    /**
     * A reader of one legacy document.
     *
     * @param in         the document's field reader
     * @param languages  the languages imported
     * @param mapping    what the files do not say
     * @param authorship who wrote the content
     * @param renames    answer values to write another way (case and accent drift between blocks)
     */
    public LegacyBlockReader(
            NodeReader in,
            List<Language> languages,
            LegacyMapping mapping,
            Authorship authorship,
            Map<String, String> renames) {
        this.in = in;
        this.languages = languages;
        this.mapping = mapping;
        this.authorship = authorship;
        this.renames = renames;
    }

    /**
     * The messages that could not be imported, or whose continuation is unknown: the causes of
     * follow-on problems in the rest of the block (their own problems are reported).
     */
    public Set<MessageId> broken() {
        return Set.copyOf(broken);
    }

    /**
     * The block of the document, or empty when it has errors (all reported).
     *
     * @param fileId      the file name without {@code .json}
     * @param inSequence  whether the sequence names this block (a settings block in the
     *                    sequence is a questionnaire, e.g. the profile)
     * @param system      whether the block has a system role (welcome, pause, ...)
     */
    public Optional<ContentBlock> read(String fileId, boolean inSequence, boolean system) {
        JsonNode root = in.document().root();
        in.context("block " + fileId);
        if (!in.object(
                root, "", "a legacy block", BLOCK_FIELDS, Set.of("_id", "title", "initial_messages", "messages"))) {
            return Optional.empty();
        }
        Optional<BlockId> id = in.parsed(root.get("_id"), "/_id", "block id", BlockId::of);
        id.ifPresent(b -> {
            if (!b.value().equals(Normalizer.normalize(fileId, Normalizer.Form.NFC))) {
                in.warning(
                        "id-not-file-name",
                        "The block id '" + b + "' differs from its file name '" + fileId + "'.",
                        "/_id");
            }
        });
        BlockMapping said = id.map(mapping::block).orElse(BlockMapping.none());
        blockValues = said.values();
        Optional<BlockKind> kind = in.text(root.get("title"), "/title", "a block category")
                .flatMap(t -> {
                    BlockKind k = KINDS.get(t);
                    if (k == null) {
                        in.error(
                                "unknown-value",
                                "'" + t + "' is not a category of the legacy format; the categories are: "
                                        + String.join(
                                                ", ",
                                                KINDS.keySet().stream().sorted().toList()) + ".",
                                "/title");
                    }
                    return Optional.ofNullable(k);
                })
                .map(k -> k == BlockKind.SYSTEM && inSequence && !system ? BlockKind.QUESTIONNAIRE : k)
                .map(k -> said.kind().orElse(k));
        Optional<List<MessageId>> initial =
                in.list(root.get("initial_messages"), "/initial_messages", "the start messages", in::messageId);
        if (initial.isPresent() && initial.get().isEmpty()) {
            in.error("missing-field", "The block needs a start message in 'initial_messages'.", "/initial_messages");
        } else if (initial.isPresent() && initial.get().size() != 1) {
            in.error(
                    "unsupported-feature",
                    "Only single-participant blocks (one start message) can be imported; " + "this one has "
                            + initial.get().size() + ".",
                    "/initial_messages");
        }
        Optional<Integer> score = score(root.get("points"));
        Map<MessageId, Message> messages = new LinkedHashMap<>();
        JsonNode messageNodes = root.get("messages");
        if (messageNodes != null && messageNodes.isObject() && id.isPresent()) {
            facts = BlockFacts.of(messageNodes);
            for (Map.Entry<String, JsonNode> field : messageNodes.properties()) {
                String at = NodeReader.child("/messages", field.getKey());
                Optional<MessageId> messageId = in.messageIdKey(field.getKey(), at);
                messageId
                        .flatMap(m -> message(id.get(), m, field.getValue(), at, said))
                        .ifPresent(m -> messages.put(m.id(), m));
                // A message that cannot be imported stands in as an end, so that the rest of the
                // block is still checked; what follows from it is its cause's, not reported again.
                messageId.filter(m -> !messages.containsKey(m)).ifPresent(m -> {
                    broken.add(m);
                    messages.put(
                            m,
                            new Information(
                                    m, LocalizedText.empty(), Pacing.standard(), Next.end(), List.of(), Map.of()));
                });
            }
            if (!inSequence) {
                LegacyDefects.unreadAnswers(facts, in);
            }
            LegacyDefects.ratherNotAnswer(messages.values(), in);
        } else if (messageNodes != null && !messageNodes.isObject()) {
            in.error("wrong-type", "Expected the messages as a mapping of message id to message.", "/messages");
        }
        if (messageNodes != null && messageNodes.isObject() && messageNodes.isEmpty()) {
            in.error("no-messages", "A block needs at least one message.", "/messages");
        }
        if (id.isEmpty() || kind.isEmpty() || initial.isEmpty() || initial.get().isEmpty() || messages.isEmpty()) {
            return Optional.empty();
        }
        Sensitivity sensitivity = said.warnings().isEmpty()
                ? Sensitivity.none()
                : Sensitivity.warning(said.warnings(), said.helpNote().orElseThrow());
        Optional<eu.coact.content.Story> story =
                LegacyStories.story(id.get(), kind.get(), said, initial.get().get(0), messages, in);
        return Optional.of(new ContentBlock(
                id.get(),
                kind.get(),
                languages,
                initial.get().get(0),
                messages,
                authorship,
                sensitivity,
                score,
                story));
    }

    private Optional<Integer> score(JsonNode points) {
        if (points == null || points.isNull()) {
            return Optional.empty();
        }
        Optional<List<String>> list = in.list(points, "/points", "the points", (n, p) -> in.text(n, p, "points"));
        if (list.isEmpty() || list.get().isEmpty()) {
            return Optional.empty();
        }
        String first = list.get().get(0).strip();
        if (!first.matches("[0-9]{1,3}")) {
            in.error(
                    "unsupported-feature",
                    "Points written as an expression ('" + first + "') are not evaluated; "
                            + "only whole numbers can be imported.",
                    "/points/0");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(first));
    }

    private Optional<Message> message(BlockId block, MessageId id, JsonNode node, String at, BlockMapping said) {
        int before = in.errors();
        if (!in.object(node, at, "a legacy message", MESSAGE_FIELDS, Set.of("type", "text"))) {
            return Optional.empty();
        }
        String type = in.text(node.get("type"), at + "/type", "a message type").orElse("");
        LocalizedText text = text(node.get("text"), at + "/text");
        Pacing pacing = pacing(node.get("wait"), at + "/wait");
        List<JsonNode> vars = new ArrayList<>();
        JsonNode varNodes = node.get("vars");
        if (varNodes != null && !varNodes.isNull()) {
            if (varNodes.isArray()) {
                varNodes.forEach(vars::add);
            } else {
                in.error("wrong-type", "Expected 'vars' to be a list.", at + "/vars");
            }
        }
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i).has("condition")) {
                in.error(
                        "unsupported-condition",
                        "Conditions on answers are code in the legacy format and are never "
                                + "evaluated; rewrite this check as a free-text format or a branch.",
                        at + "/vars/" + i + "/condition");
            }
        }
        Optional<FreeTextRoute> route = type.equals("WA") ? mapping.continuation(block, id) : Optional.empty();
        Optional<String> variable = route.flatMap(FreeTextRoute::variable)
                .or(() -> vars.isEmpty() ? Optional.empty() : variableName(vars.get(0), at + "/vars/0"));
        Map<String, Placeholder> fills = display(node.get("display"), at + "/display");
        Next next = next(node.get("next"), at + "/next", variable);
        List<Action> actions = new ArrayList<>();
        in.text(node.get("save"), at + "/save", "a profile field")
                .filter(s -> !s.equals("dontsave"))
                .ifPresent(s -> {
                    if (variable.isEmpty()) {
                        in.error(
                                "invalid-save",
                                "'save' needs an answer to store, but this message has no variable.",
                                at + "/save");
                    } else if (s.equals("language")) {
                        // The original program switched the conversation's language at once.
                        actions.add(new Action.SetLanguage(variable.get()));
                    } else {
                        actions.add(new Action.SetProfileField(s, variable.get()));
                    }
                });
        in.text(node.get("action"), at + "/action", "an action")
                .ifPresent(a -> action(a, at + "/action", variable).ifPresent(actions::add));
        said.role()
                .filter(r -> r == SystemRole.TIME_OF_DAY)
                .filter(r -> type.equals("SA"))
                .flatMap(r -> variable)
                .filter(v -> node.has("save"))
                .ifPresent(v -> actions.add(new Action.SetTimeOfDay(v)));
        said.role()
                .filter(r -> r == SystemRole.TIME_ZONE)
                .filter(r -> type.equals("WA"))
                .flatMap(r -> variable)
                .filter(v -> route.flatMap(FreeTextRoute::format)
                        .filter(f -> f == TextFormat.TIME)
                        .isPresent())
                .ifPresent(v -> actions.add(new Action.SetTimeZone(v)));
        Message message;
        boolean missingContinuation = false;
        switch (type) {
            case "NA" -> {
                Optional<JsonNode> media =
                        vars.stream().filter(v -> v.has("file_name")).findFirst();
                if (media.isPresent()) {
                    int index = vars.indexOf(media.get());
                    JsonNode var = media.get();
                    boolean image = "img".equals(var.path("type").asText())
                            || "img".equals(var.path("type2").asText());
                    LocalizedText files = files(var.get("file_name"), at + "/vars/" + index + "/file_name");
                    message = new Media(
                            id,
                            image ? MediaKind.IMAGE : MediaKind.DOCUMENT,
                            files,
                            image ? alt(files, at + "/vars/" + index) : LocalizedText.empty(),
                            text,
                            pacing,
                            next,
                            actions,
                            fills);
                } else {
                    message = new Information(id, text, pacing, next, actions, fills);
                }
            }
            case "SA" -> {
                if (vars.isEmpty() && next instanceof Next.End) {
                    in.warning(
                            "question-without-buttons",
                            "This select-answer (SA) message has no buttons and ends "
                                    + "the block: the original bot waited for a press that could never come. It is imported "
                                    + "as an information message.",
                            at + "/vars");
                    message = new Information(id, text, pacing, next, actions, fills);
                    break;
                }
                if (vars.isEmpty() || !"button".equals(vars.get(0).path("type").asText())) {
                    in.error("invalid-value", "A select-answer (SA) message needs a button variable.", at + "/vars");
                    return Optional.empty();
                }
                JsonNode var = vars.get(0);
                Optional<Image> image = Optional.empty();
                if ("img".equals(var.path("type2").asText())) {
                    LocalizedText files = files(var.get("file_name"), at + "/vars/0/file_name");
                    image = Optional.of(new Image(files, alt(files, at + "/vars/0")));
                }
                message = new SingleChoice(
                        id,
                        text,
                        variable.orElse(""),
                        options(var, at + "/vars/0", variable),
                        image,
                        pacing,
                        next,
                        actions,
                        fills,
                        DisclosureRole.NONE);
            }
            case "WA" -> {
                missingContinuation = route.isEmpty() && next instanceof Next.End;
                message = new FreeText(
                        id,
                        text,
                        variable.orElse(""),
                        LEGACY_FREE_TEXT_LENGTH,
                        route.flatMap(FreeTextRoute::format).orElse(TextFormat.TEXT),
                        route.flatMap(FreeTextRoute::skipWord),
                        pacing,
                        route.map(FreeTextRoute::asNext).orElse(next),
                        actions,
                        fills,
                        DisclosureRole.defaultFor(
                                route.flatMap(FreeTextRoute::format).orElse(TextFormat.TEXT)));
            }
            case "CA" -> {
                in.error(
                        "unsupported-feature",
                        "Comparing the answers of two participants (CA) is not supported.",
                        at + "/type");
                return Optional.empty();
            }
            default -> {
                in.error(
                        "unknown-value", "'" + type + "' is not a legacy message type (NA, SA, WA, CA).", at + "/type");
                return Optional.empty();
            }
        }
        boolean ownErrors = in.errors() > before;
        if (missingContinuation) {
            broken.add(id);
            // Not an error of the message itself: it is kept, so the rest of the block is still checked.
            in.error(
                    "missing-continuation",
                    "Where the conversation goes after this free-text message was "
                            + "written in the original program, not in the file: give it in the mapping file under "
                            + "'continuations: " + block + ": " + id + ": <next message id>'.",
                    at + "/next");
        }
        return ownErrors ? Optional.empty() : Optional.of(message);
    }

    private LocalizedText text(JsonNode node, String at) {
        LocalizedText text = in.localized(node, at, "text", languages).orElse(LocalizedText.empty());
        Map<String, List<Language>> byText = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            text.asMap()
                    .forEach((language, value) -> byText.computeIfAbsent(value, v -> new ArrayList<>())
                            .add(language));
            byText.forEach((value, same) -> {
                if (same.size() > 1 && value.strip().length() >= 12) {
                    in.warning(
                            "same-text-in-languages",
                            "The same text is given for "
                                    + String.join(
                                            ", ",
                                            same.stream().map(Language::tag).toList())
                                    + ": a translation slot may hold another language's text.",
                            at);
                }
            });
        }
        return markup(text, at);
    }

    private LocalizedText markup(LocalizedText text, String at) {
        return LegacyMarkup.convert(text, at, in);
    }

    private LocalizedText files(JsonNode node, String at) {
        LocalizedText files = in.localized(node, at, "file name", languages).orElse(LocalizedText.empty());
        Map<Language, String> nfc = new LinkedHashMap<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        files.asMap().forEach((language, name) -> {
            String normal = Normalizer.normalize(name, Normalizer.Form.NFC);
            if (!normal.equals(name) && reported.add(normal)) {
                in.warning(
                        "media-name-not-nfc",
                        "The file name '" + normal + "' is written in Unicode NFD while ids "
                                + "are NFC; it is imported in NFC: make sure the file on disk is named the same way.",
                        at);
            }
            nfc.put(language, normal);
        });
        return LocalizedText.of(nfc);
    }

    private LocalizedText alt(LocalizedText files, String at) {
        String file = files.asMap().values().stream().findFirst().orElse("");
        LocalizedText alt = mapping.altTexts().get(file);
        if (alt == null) {
            in.error(
                    "missing-alt-text",
                    "The legacy format has no alternative text for the image '" + file
                            + "': give it in the mapping file under 'alt-texts'.",
                    at);
            return LocalizedText.empty();
        }
        return alt;
    }

    private Optional<String> variableName(JsonNode var, String at) {
        if (var.isTextual()) {
            return Optional.of(var.asText());
        }
        return in.text(var.get("name"), at + "/name", "a variable name");
    }

    private List<Option> options(JsonNode var, String at, Optional<String> variable) {
        List<LocalizedText> labels = in.list(
                        var.get("texts"),
                        at + "/texts",
                        "the button texts",
                        (n, p) -> in.localized(n, p, "button text", languages).map(t -> markup(t, p)))
                .orElse(List.of());
        List<String> values = in.list(
                        var.get("values"), at + "/values", "the button values", (n, p) -> in.scalar(n, p, "a value"))
                .orElse(List.of());
        if (labels.size() != values.size()) {
            in.error(
                    "invalid-value",
                    "The button texts (" + labels.size() + ") and values (" + values.size()
                            + ") must be lists of the same length.",
                    at);
            return List.of();
        }
        boolean frequency = variable.filter(facts::isFrequency).isPresent();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = value(variable.orElse(""), values.get(i));
            if (frequency) {
                LegacyFrequencies.check(values.get(i), labels.get(i), at + "/values/" + i, in);
            }
            options.add(new Option(value, labels.get(i), value.equals("nvr")));
        }
        return options;
    }

    /** An answer value as the study writes it: drift between blocks unified, hours as frequencies. */
    private String value(String variable, String raw) {
        if (facts.isFrequency(variable)) {
            Optional<String> frequency = LegacyFrequencies.fromHours(raw).map(Object::toString);
            if (frequency.isPresent()) {
                return frequency.get();
            }
        }
        String said = blockValues.get(raw);
        return said != null ? said : renames.getOrDefault(raw, raw);
    }

    private Pacing pacing(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return Pacing.standard();
        }
        if (!node.isNumber()
                || node.decimalValue().signum() < 0
                || node.decimalValue().compareTo(BigDecimal.valueOf(Pacing.LONGEST.toSeconds())) > 0) {
            in.error("invalid-wait", "Expected the wait in seconds (0 to 86400) or null.", at);
            return Pacing.standard();
        }
        return Pacing.waitFor(
                Duration.ofMillis(node.decimalValue().movePointRight(3).longValue()));
    }

    private Next next(JsonNode node, String at, Optional<String> variable) {
        if (node == null || node.isNull()) {
            return Next.end();
        }
        if (node.isTextual()) {
            return in.messageId(node, at).map(Next::goTo).orElse(Next.end());
        }
        if (!node.isObject()) {
            in.error("wrong-type", "Expected 'next' to be null, a message id or a branch.", at);
            return Next.end();
        }
        Optional<String> replaced = node.has("replace_variable")
                ? in.text(node.get("replace_variable"), at + "/replace_variable", "a variable name")
                : Optional.empty();
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(k -> {
            if (!k.equals("replace_variable")) {
                keys.add(k);
            }
        });
        if (keys.size() != 1) {
            in.error("invalid-value", "A legacy branch names exactly one variable.", at);
            return Next.end();
        }
        String branchVariable = keys.get(0);
        if (replaced.isPresent() && !replaced.get().equals(branchVariable)) {
            in.error(
                    "invalid-value",
                    "'replace_variable' names '" + replaced.get() + "' but the branch is on '" + branchVariable + "'.",
                    at);
            return Next.end();
        }
        Optional<Map<String, MessageId>> read = in.map(
                node.get(branchVariable),
                NodeReader.child(at, branchVariable),
                "the branch cases (value to message id)",
                in::messageId);
        if (read.isEmpty()) {
            return Next.end();
        }
        Map<String, MessageId> written = new LinkedHashMap<>();
        read.get().forEach((value, target) -> written.put(value(branchVariable, value), target));
        Optional<Map<String, MessageId>> cases = Optional.of(written);
        if (replaced.isEmpty() && variable.filter(branchVariable::equals).isPresent()) {
            return Next.onAnswer(cases.get(), Optional.empty());
        }
        return Next.onEarlierAnswer(branchVariable, cases.get(), Optional.empty());
    }

    private Optional<Action> action(String name, String at, Optional<String> variable) {
        switch (name) {
            case "legal_yes":
                return Optional.of(new Action.RecordConsent(Action.ConsentDecision.GIVEN));
            case "legal_no":
                return Optional.of(new Action.RecordConsent(Action.ConsentDecision.REFUSED));
            case "unsubscribe_final":
                return Optional.of(new Action.Withdraw());
            case "update_rhythm":
                // The old program applied the frequency saved earlier in the block, wherever the action sits.
                Optional<String> frequency = variable.filter(facts::isFrequency).or(facts::frequencyVariable);
                if (frequency.isEmpty()) {
                    in.error(
                            "invalid-value",
                            "'update_rhythm' applies a frequency answer, but no message of this "
                                    + "block saves one ('save: freq').",
                            at);
                    return Optional.empty();
                }
                return Optional.of(new Action.ChangeFrequency(frequency.get()));
            default:
                in.warning(
                        "unknown-action",
                        "The action '" + name + "' has no defined meaning (the original program "
                                + "never implemented it); it is not imported.",
                        at);
                return Optional.empty();
        }
    }

    private Map<String, Placeholder> display(JsonNode node, String at) {
        return new LegacyDisplay(in, languages, facts, this::value).fills(node, at);
    }
}
